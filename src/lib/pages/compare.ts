import { capitalized, groupName } from '../groups/groupStats.ts';
import { formatNumber } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import { scoreCell, type ComparisonData } from '../shared/comparison.ts';
import { comparisonData } from './comparisonData.ts';
import { comparePresets, peerTable, type ComparePreset } from './comparePresets.ts';
import { sitePath } from '../urls/paths.ts';
import { averageLabel, latestComplete } from '../query/editions.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { pageHead, type PageHead } from './head.ts';
import { type Link, type PageContext } from './context.ts';

/** A table of every country in one index's latest complete edition: a column per dimension, then the OECD average. */
interface CompareTable {
  caption: string;
  /** "OECD average" or, in a partial edition, "OECD average, as printed by the OECD". */
  averageLabel: string;
  dimensions: string[];
  rows: { country: Link; cells: string[] }[];
  averages: string[];
}

/** One choice of editions: the latest complete ones (`compare/`), or every index's edition of one label. */
interface EditionChoice {
  /** "Latest complete: DGI 2023, OURdata 2023", "2025 (partial editions)". */
  text: string;
  href: string;
  current: boolean;
}

export interface ComparePage {
  head: PageHead;
  /** "Latest complete editions" or "2025 (partial editions)": what this page compares, said in its heading and table summary. */
  editionsTitle: string;
  /** A sentence where the editions compared are partial: no ranks, the OECD's printed averages. */
  partialNote?: string;
  /** The other edition choices, as links (they work without JavaScript; the script adds the chosen countries). */
  editionChoices: EditionChoice[];
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

/** The editions a compare page shows: the latest complete of each index, or each index's edition labelled `label`. */
function compareEditions(data: DataIndex, label?: string): Edition[] {
  return data.dataset.indices.flatMap((index) => {
    const edition = label === undefined ? latestComplete(data, index.id) : data.edition(index.id, label);
    return edition ? [edition] : [];
  });
}

/**
 * The edition labels that get a compare page of their own (`compare/editions/{label}/`): every label an index
 * has, except one whose editions are exactly the latest complete ones (that is `compare/`).
 */
export function compareEditionLabels(data: DataIndex): string[] {
  const latest = compareEditions(data).map((e) => `${e.index}|${e.edition}`).join(',');
  const labels = [...new Set(data.dataset.editions.map((e) => e.edition))];
  return labels
    .filter((label) => compareEditions(data, label).map((e) => `${e.index}|${e.edition}`).join(',') !== latest)
    .sort((a, b) => Math.min(...compareEditions(data, a).map((e) => e.order)) - Math.min(...compareEditions(data, b).map((e) => e.order)) || a.localeCompare(b));
}

/** What a choice of editions is called: "Latest complete editions (DGI 2023, OURdata 2023)", "2025 (partial editions)". */
function choiceTitle(data: DataIndex, editions: Edition[], label: string | undefined, lang: PageContext['lang']): string {
  const t = translator(lang);
  const list = editions.map((e) => `${data.requireIndex(e.index).shortLabel[lang]} ${e.edition}`).join(', ');
  if (label === undefined) return t('compare.latestComplete', { editions: list });
  const partial = editions.some((e) => e.status === 'partial');
  return t(partial ? 'compare.editionsPartial' : 'compare.editionsOf', { label, editions: list });
}

/** The compare page: the latest complete editions (no `edition`), or every index's edition labelled `edition`. */
export function comparePage(ctx: PageContext, { edition: label }: { edition?: string } = {}): ComparePage {
  const { data, groups, lang } = ctx;
  const t = translator(lang);
  const editions = compareEditions(data, label);
  const comparisons = editions.map((e) => comparisonData(data, e.index, e.edition, lang));
  const country = (iso3: string, name: string): Link => ({ text: name, href: ctx.href(sitePath.country(iso3)) });
  const path = label === undefined ? sitePath.compare() : sitePath.compareEditions(label);
  const editionsTitle = choiceTitle(data, editions, label, lang);
  const choices = [undefined, ...compareEditionLabels(data)].map((l) => ({
    text: choiceTitle(data, compareEditions(data, l), l, lang),
    href: ctx.href(l === undefined ? sitePath.compare() : sitePath.compareEditions(l)),
    current: l === label,
  }));
  const partial = editions.some((e) => e.status === 'partial');
  return {
    head: pageHead(ctx, {
      title: label === undefined ? t('compare.title') : `${t('compare.title')}: ${editionsTitle}`,
      description: t('compare.intro'),
      path,
      section: 'compare',
      indexed: false,
      ...(label === undefined ? {} : { crumbs: [{ text: t('compare.title'), href: ctx.href(sitePath.compare()) }] }),
    }),
    editionsTitle,
    ...(partial ? { partialNote: t('compare.partialNote') } : {}),
    editionChoices: choices,
    action: ctx.href(path),
    countryUrl: ctx.href(sitePath.country('{iso3}')),
    // An attribute, so no JSON quotes to escape.
    peers: Object.entries(peerTable(data)).map(([code, list]) => [code, ...list].join(' ')).join(','),
    presets: comparePresets(data, groups, lang, editions),
    checklist: [...data.dataset.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang)).map((c) => ({ code: c.iso3.toLowerCase(), name: c.name[lang] })),
    groups: groups.map((g) => ({ text: capitalized(groupName(g, lang), lang), href: ctx.href(sitePath.group(g.id)) })),
    tables: comparisons.map((d) => ({
      caption: t('compare.allCountries', { index: d.indexLabel, edition: d.editionTitle }),
      averageLabel: averageLabel(d.partial, lang),
      dimensions: d.dimensions.map((dim) => dim.label),
      // A partial edition's table lists the countries it states something for; the script still gets them all.
      rows: (d.partial ? d.countries.filter((c) => c.scores.some((v) => v !== null)) : d.countries).map((c) => ({ country: country(c.iso3, c.name), cells: c.scores.map((v, i) => scoreCell(v, c.ranks[i] ?? null, d.decimals[i]!, d.words)) })),
      averages: d.averages.map((v, i) => (v === null ? '–' : formatNumber(v, d.decimals[i]!, lang))),
    })),
    data: comparisons,
    strings: {
      selected: t('compare.selected'),
      tooFew: t('compare.tooFew'),
      tooMany: t('compare.tooMany'),
      share: t('compare.share'),
      indicator: t('table.indicator'),
      average: t('table.average'),
      averagePrinted: t('country.printedAverage'),
      result: t('compare.result'),
      peersOf: t('compare.peersOf'),
      filterNone: t('compare.filterNone'),
    },
    indexLabels: Object.fromEntries(data.dataset.indices.map((index) => [index.id, index.label[lang]])),
  };
}
