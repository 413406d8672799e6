import type { EditionEntry } from '../manifest/schema.ts';

/** A licence as a Frictionless Data Package names it. */
export interface License {
  name: string;
  title: string;
  path: string;
}

/** The terms a source can be published under (manifest `source.license`). */
export const licenses: Record<EditionEntry['source']['license'], License> = {
  'oecd-terms': { name: 'OECD-Terms', title: 'OECD Terms and Conditions', path: 'https://www.oecd.org/en/about/terms-conditions.html' },
  'CC-BY-4.0': { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' },
};
