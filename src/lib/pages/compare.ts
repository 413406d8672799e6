import { capitalized, groupName } from '../groups/groupStats.ts';
import { formatNumber } from '../i18n/format.ts';
import { translator, type Lang } from '../i18n/translate.ts';
import { scoreCell, type ComparisonData } from '../shared/comparison.ts';
import { comparisonData } from './comparisonData.ts';
import { comparePresets, peerTable, type ComparePreset } from './comparePresets.ts';
import { sitePath } from '../urls/paths.ts';
import { latestComplete } from '../query/editions.ts';
import { pageHead, type Anchor, type PageHead, type PageInputs } from './inputs.ts';

/** A table of every country in one index's latest complete edition: a column per dimension, then the OECD average. */
export interface CompareTable {
  caption: string;
  dimensions: string[];
  rows: { country: Anchor; cells: string[] }[];
  averages: string[];
}

export interface ComparePageView {
  head: PageHead;
  /** Where the form sends without JavaScript, and the base of the country links the script writes. */
  action: string;
  countriesBase: string;
  /** Each country and its peers, for the peers preset: `arg chl hrv jpn,aus est col nor,…`. */
  peers: string;
  presets: ComparePreset[];
  /** Every country to choose from, by name in the page's language (`code` lower-case). */
  checklist: { code: string; name: string }[];
  /** The static comparison of each country group, for readers without JavaScript. */
  groups: Anchor[];
  tables: CompareTable[];
  /** What the script compares: one ComparisonData per index, shipped as JSON. */
  data: ComparisonData[];
  /** The script's wording, shipped as JSON. */
  strings: Record<string, string>;
  indexLabels: Record<string, string>;
}

export function comparePage(inputs: PageInputs, lang: Lang): ComparePageView {
  const { site, groups } = inputs;
  const t = translator(lang);
  // Comparisons rank and average: they use each index's newest complete edition.
  const data = site.dataset.indices.map((index) => comparisonData(site, index.id, latestComplete(site, index.id).edition, lang));
  const country = (iso3: string, name: string): Anchor => ({ text: name, href: inputs.href(lang, sitePath.country(iso3)) });
  return {
    head: pageHead(site, lang, { title: t('compare.title'), description: t('compare.intro'), path: sitePath.compare() }),
    action: inputs.href(lang, sitePath.compare()),
    countriesBase: inputs.href(lang, sitePath.countries()),
    // An attribute, so no JSON quotes to escape.
    peers: Object.entries(peerTable(site)).map(([code, list]) => [code, ...list].join(' ')).join(','),
    presets: comparePresets(site, groups, lang),
    checklist: [...site.dataset.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang)).map((c) => ({ code: c.iso3.toLowerCase(), name: c.name[lang] })),
    groups: groups.map((g) => ({ text: capitalized(groupName(g, lang), lang), href: inputs.href(lang, sitePath.group(g.id)) })),
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
