import { titled } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { listOf } from '../i18n/phrases.ts';
import { translate, type MessageKey } from '../i18n/translate.ts';
import type { EditionEntry } from '../manifest/schema.ts';
import type { Edition } from '../model/types.ts';

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

/**
 * The terms each edition is published under, in one sentence for the page footer: "Data: OECD. DGI 2019,
 * DGI 2023, OURdata 2019 and OURdata 2023: re-use under the OECD terms and conditions; DGI 2025 and
 * OURdata 2025: Creative Commons Attribution 4.0 (CC BY 4.0)."
 */
export function licenceNote(editions: readonly Edition[], indexLabel: (index: string) => string, lang: Lang): string {
  const byLicence = new Map<EditionEntry['source']['license'], string[]>();
  for (const e of editions) {
    const list = byLicence.get(e.source.license) ?? [];
    list.push(`${indexLabel(e.index)} ${e.edition}`);
    byLicence.set(e.source.license, list);
  }
  const parts = [...byLicence].map(([licence, labels]) => titled(lang, listOf(labels, lang), translate(lang, `statement.licence.${licence}` as MessageKey)));
  return translate(lang, 'statement.footer', { licences: parts.join(lang === 'fr' ? '\u202f; ' : '; ') });
}
