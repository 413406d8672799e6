import { formatNumber, formatSigned } from '../i18n/format.ts';
import { translate, type Lang, type MessageKey } from '../i18n/translate.ts';
import type { Difference, DifferenceKind } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { editionTitle } from '../query/editions.ts';
import { coverageWord } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { CoverageCode } from '../statements/types.ts';
import { sitePath } from '../urls/paths.ts';
import { pageHead, type PageHead } from './head.ts';
import type { Link, PageContext } from './context.ts';
import { changeItems } from './changeItems.ts';
import { titled } from '../i18n/format.ts';
import { listOf } from '../i18n/phrases.ts';

interface QualityRow {
  edition: Link;
  country?: Link;
  indicator: Link;
  printed: string;
  computed: string;
  difference: string;
  shown: string;
  cause: string;
}

/** One publication an edition is read from or compared with, and what comparing it found. */
interface SourceRow {
  edition: Link;
  /** As the publication is cited, in English (the view marks it `lang="en"`). */
  publication: { citation: string; doi: Link };
  /** The table or dataflow, as the publication names it (English). */
  table: string;
  role: string;
  /** For a second source: figures both print, those within rounding, those taken from it ('' for the edition's own source). */
  inBoth: string;
  agree: string;
  filled: string;
}

interface QualityView {
  /** One table per kind of difference, in a fixed order; a kind without differences has no rows. */
  tables: { kind: DifferenceKind; title: string; rows: QualityRow[]; columns: { printed: string; computed: string } }[];
  /** Every edition's source and second sources. */
  sources: SourceRow[];
  /** Partial editions and what they lack. */
  partial: { edition: Link; missing: string }[];
  /** Per edition: the countries it does not hold, by reason. */
  coverage: { edition: Link; notTakingPart: Link[]; notInData: Link[] }[];
  /** Printed changes measured from an edition the site does not hold. */
  unchecked: string[];
}

const titles: Record<DifferenceKind, MessageKey> = { average: 'quality.averages', rank: 'quality.ranks', change: 'quality.changes', composite: 'quality.composites', source: 'sources.differences' };
const shownKey = { printed: 'quality.shown.printed', computed: 'quality.shown.computed', both: 'quality.shown.both', primary: 'sources.shown.primary', second: 'prov.shown.second' } as const;

/** A number as text in the reader's locale, with the decimals it was written with. */
function localized(text: string, lang: Lang): string {
  const value = Number(text);
  return Number.isFinite(value) ? formatNumber(value, text.split('.')[1]?.length ?? 0, lang) : text;
}

function causeText(data: DataIndex, d: Difference, lang: Lang): string {
  if (!d.cause) return translate(lang, 'cause.unknown');
  if ('text' in d.cause) return d.cause.text[lang];
  const param = (k: string, v: string | number) => {
    if (k === 'rule') return translate(lang, `rule.${v}` as MessageKey);
    if (k === 'level') return translate(lang, `prov.level.${v}` as MessageKey);
    if (k === 'countries') return String(v).split(', ').map((iso3) => data.country(iso3)?.name[lang] ?? iso3).join(', ');
    return typeof v === 'string' && /^-?\d+\.\d+$/.test(v) ? localized(v, lang) : v;
  };
  const params = Object.fromEntries(Object.entries(d.cause.params ?? {}).map(([k, v]) => [k, param(k, v)]));
  return translate(lang, d.cause.key as MessageKey, params);
}

/**
 * The data-quality page for readers: the sources of each edition, every printed-vs-computed difference and
 * difference between sources, partial edition and coverage gap.
 */
export function qualityView(ctx: PageContext): QualityView {
  const { data, lang } = ctx;
  const editionLink = (index: string, edition: string): Link => ({ text: `${data.requireIndex(index).shortLabel[lang]} ${editionTitle(data.requireEdition(index, edition), lang)}`, href: ctx.href(sitePath.indicator(index)) });
  const countryLink = (iso3: string): Link => ({ text: data.country(iso3)?.name[lang] ?? iso3, href: ctx.href(sitePath.country(iso3)) });
  const row = (d: Difference): QualityRow => {
    const places = Math.max(d.printed.split('.')[1]?.length ?? 0, d.computed.split('.')[1]?.length ?? 0);
    return {
      edition: editionLink(d.index, d.edition),
      ...(d.iso3 ? { country: countryLink(d.iso3) } : {}),
      indicator: { text: data.requireIndicator(d.index, d.indicator).label[lang], href: ctx.href(sitePath.indicator(d.index, d.indicator)) },
      printed: localized(d.printed, lang),
      computed: localized(d.computed, lang),
      difference: formatSigned(d.difference, places, lang),
      shown: translate(lang, shownKey[d.shown]),
      cause: causeText(data, d, lang),
    };
  };
  const differences = data.dataset.differences;
  const columns = (kind: DifferenceKind) =>
    kind === 'source'
      ? { printed: translate(lang, 'sources.secondPrinted'), computed: translate(lang, 'sources.ownPrinted') }
      : { printed: translate(lang, 'quality.printed'), computed: translate(lang, 'quality.computed') };
  const tables = (['average', 'rank', 'change', 'composite', 'source'] as const).map((kind) => ({ kind, title: translate(lang, titles[kind]), columns: columns(kind), rows: differences.filter((d) => d.kind === kind).map(row) }));
  const editions = data.dataset.editions;
  const count = (n: number) => formatNumber(n, 0, lang);
  const publication = (p: { citation: string; doi: string }) => ({ citation: p.citation, doi: { text: `https://doi.org/${p.doi}`, href: `https://doi.org/${p.doi}` } });
  // "the composite", "the dimensions and pillars": the levels a second source is primary for (manifest `primaryFor`).
  const levels = (list: readonly string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(list.map((l) => translate(lang, `prov.level.${l}` as MessageKey)));
  const sources = editions.flatMap((e): SourceRow[] => {
    const checks = (data.dataset.sourceChecks ?? []).filter((c) => c.index === e.index && c.edition === e.edition);
    const switched = checks.flatMap((c) => c.primaryFor ?? []);
    return [
      { edition: editionLink(e.index, e.edition), publication: publication(e.source), table: e.source.table ?? '', role: switched.length ? translate(lang, 'prov.role.primaryExcept', { levels: levels(switched) }) : translate(lang, 'sources.role.primary'), inBoth: '', agree: '', filled: '' },
      ...checks.map((c) => ({ edition: editionLink(e.index, e.edition), publication: publication(c.source), table: c.source.table ?? '', role: c.primaryFor?.length ? translate(lang, 'prov.role.primaryFor', { levels: levels(c.primaryFor) }) : translate(lang, 'sources.role.second'), inBoth: count(c.compared), agree: count(c.agree), filled: count(c.filled) })),
    ];
  });
  const partial = editions.flatMap((e) => (e.completeness.status === 'partial' ? [{ edition: editionLink(e.index, e.edition), missing: e.completeness.missing[lang] }] : []));
  const members = data.dataset.countries.filter((c) => c.oecdMember);
  const coverage = editions.map((e) => {
    const statuses = members.map((c) => ({ c, code: statementsOf(data).figure(e.index, e.edition, c.iso3, 'composite')!.coverage }));
    const absent = statuses.filter((s) => !['stated', 'not-stated-in-source', 'did-not-take-part'].includes(s.code));
    return {
      edition: editionLink(e.index, e.edition),
      notTakingPart: statuses.filter((s) => s.code === 'did-not-take-part').map((s) => countryLink(s.c.iso3)),
      // Today's members without a score, with why: not transcribed, or not yet a member at the edition's membership date.
      notInData: absent.map((s) => ({ ...countryLink(s.c.iso3), text: `${countryLink(s.c.iso3).text} (${coverageWord(s.code as Exclude<CoverageCode, 'stated'>, lang)})` })),
    };
  });
  const held = new Set(editions.map((e) => `${e.index}|${e.edition}`));
  const unchecked = [...new Set(data.dataset.observations.flatMap((o) => (o.printedChange && !held.has(`${o.index}|${o.printedChange.since}`) ? [`${o.index}|${o.printedChange.since}`] : [])))]
    .map((k) => {
      const [index, since] = k.split('|') as [string, string];
      return translate(lang, 'quality.unchecked', { index: data.requireIndex(index).shortLabel[lang], edition: since });
    });
  return { tables, sources, partial, coverage, unchecked };
}

/** The data-quality page: its tables, with what the page layout needs. */
export interface DataQualityPage extends QualityView {
  head: PageHead;
  /** The countries page, with its coverage table. */
  countries: string;
  /** Values corrected since they were added, from the record of changes, newest first: "1 March 2028: … is 0.8 (it was 0.08)." */
  corrections: { line: string; look: Link }[];
}

export function dataQualityPage(ctx: PageContext): DataQualityPage {
  const { lang } = ctx;
  const head = pageHead(ctx, { title: translate(lang, 'quality.title'), description: translate(lang, 'quality.intro'), path: sitePath.page('data-quality'), indexed: false });
  const corrections = changeItems(ctx, { kind: 'site' })
    .filter((item) => item.kind === 'value-corrected')
    .map((item) => ({ line: titled(lang, item.dateText, `${item.text} ${listOf(item.corrections, lang)}.`), look: item.look }));
  return { head, countries: ctx.href(sitePath.countries()), corrections, ...qualityView(ctx) };
}
