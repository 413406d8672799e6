import { capitalized, groupName } from '../groups/groupStats.ts';
import { formatNumber } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import { scoreCell, type ComparisonData } from '../shared/comparison.ts';
import { comparisonData } from './comparisonData.ts';
import { comparePresets, peerTable, type ComparePreset } from './comparePresets.ts';
import { sitePath } from '../urls/paths.ts';
import { latestComplete } from '../query/editions.ts';
import { pageHead, type PageHead } from './head.ts';
import { type Link, type PageContext } from './context.ts';

/** A table of every country in one index's latest complete edition: a column per dimension, then the OECD average. */
export interface CompareTable {
  caption: string;
  dimensions: string[];
  rows: { country: Link; cells: string[] }[];
  averages: string[];
}

export interface ComparePage {
  head: PageHead;
  /** Where the form sends without JavaScript, and the template of the country links the script writes (`{iso3}` in lower case). */
  action: string;
  countryUrl: string;
  /** Each country and its peers, for the peers preset: `arg chl hrv jpn,aus est col nor,…`. */
  peers: string;
  presets: ComparePreset[];
  /** Every country to choose from, by name in the page's language (`code` lower-case). */
  checklist: { code: string; name: string }[];
  /** The static comparison of each country group, for readers without JavaScript. */
  groups: Link[];
  tables: CompareTable[];
  /** What the script compares: one ComparisonData per index, shipped as JSON. */
  data: ComparisonData[];
  /** The script's wording, shipped as JSON. */
  strings: Record<string, string>;
  indexLabels: Record<string, string>;
}

export function comparePage(ctx: PageContext): ComparePage {
  const { data: site, groups, lang } = ctx;
  const t = translator(lang);
  // Comparisons rank and average: they use each index's newest complete edition.
  const data = site.dataset.indices.map((index) => comparisonData(site, index.id, latestComplete(site, index.id).edition, lang));
  const country = (iso3: string, name: string): Link => ({ text: name, href: ctx.href(sitePath.country(iso3)) });
  return {
    head: pageHead(ctx, { title: t('compare.title'), description: t('compare.intro'), path: sitePath.compare(), section: 'compare', indexed: false }),
    action: ctx.href(sitePath.compare()),
    countryUrl: ctx.href(sitePath.country('{iso3}')),
    // An attribute, so no JSON quotes to escape.
    peers: Object.entries(peerTable(site)).map(([code, list]) => [code, ...list].join(' ')).join(','),
    presets: comparePresets(site, groups, lang),
    checklist: [...site.dataset.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang)).map((c) => ({ code: c.iso3.toLowerCase(), name: c.name[lang] })),
    groups: groups.map((g) => ({ text: capitalized(groupName(g, lang), lang), href: ctx.href(sitePath.group(g.id)) })),
    tables: data.map((d) => ({
      caption: t('compare.allCountries', { index: d.indexLabel, edition: d.edition }),
      dimensions: d.dimensions.map((dim) => dim.label),
      rows: d.countries.map((c) => ({ country: country(c.iso3, c.name), cells: c.scores.map((v, i) => scoreCell(v, c.ranks[i] ?? null, d.decimals[i]!, d.words)) })),
      averages: d.averages.map((v, i) => (v === null ? '–' : formatNumber(v, d.decimals[i]!, lang))),
    })),
    data,
    strings: {
      selected: t('compare.selected'),
      tooFew: t('compare.tooFew'),
      tooMany: t('compare.tooMany'),
      share: t('compare.share'),
      indicator: t('table.indicator'),
      average: t('table.average'),
      result: t('compare.result'),
      peersOf: t('compare.peersOf'),
      filterNone: t('compare.filterNone'),
    },
    indexLabels: Object.fromEntries(site.dataset.indices.map((index) => [index.id, index.label[lang]])),
  };
}
