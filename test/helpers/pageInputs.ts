/** Page contexts on the real data (or a data folder given), with the default deployment base `/`. */
import { groupsOf } from '../../src/lib/groups/readGroups.ts';
import type { Lang } from '../../src/lib/i18n/languages.ts';
import { readInputs } from '../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../src/lib/model/buildDataset.ts';
import { createPageContext, type PageContext } from '../../src/lib/pages/context.ts';
import { indexData, type DataIndex } from '../../src/lib/query/dataIndex.ts';
import { siteAddress } from '../../src/lib/urls/address.ts';
import { realDataDir } from './realData.ts';

export const SITE = 'https://profiles.example.org/';

const loaded = new Map<string, { data: DataIndex; groups: PageContext['groups'] }>();

/** The data and groups of a data folder, read once per test process. */
export function dataOf(dir = realDataDir): { data: DataIndex; groups: PageContext['groups'] } {
  let entry = loaded.get(dir);
  if (!entry) {
    const inputs = readInputs(dir);
    entry = { data: indexData(buildDataset(inputs)), groups: groupsOf(inputs).groups };
    loaded.set(dir, entry);
  }
  return entry;
}

/** The context a page in `lang` is built with (the page at `here`, `/` by default), as the middleware makes it. */
export function pageContext(lang: Lang = 'en', { dir = realDataDir, here = '/' }: { dir?: string; here?: string } = {}): PageContext {
  return createPageContext({ ...dataOf(dir), lang, base: '/', address: siteAddress(SITE), here });
}

/** The three site languages, for describe.each. */
export const langs = ['en', 'fr', 'es'] as const;

/** The URL prefix of a language: '' for the default one. */
export const prefix = (lang: (typeof langs)[number]) => (lang === 'en' ? '' : `/${lang}`);
