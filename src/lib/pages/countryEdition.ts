import { renderDimensionDots, type DimensionDotsOptions } from '../charts/index.ts';
import { formatNumber, titled } from '../i18n/format.ts';
import { translator, type MessageKey } from '../i18n/translate.ts';
import type { IndicatorDefinition } from '../manifest/schema.ts';
import type { Edition } from '../model/types.ts';
import type { Link, PageContext } from './context.ts';
import { methodologyLink } from './methodologyView.ts';
import { headlineEdition } from './headline.ts';
import { chartFormat, chartLabels, decimalsOf, credited, drawCompact, partialMarks, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { averageLabel, scaleMax } from '../query/editions.ts';
import { averageCell, gapCell, rankCell, scoreCell } from '../statements/cells.ts';
import { sayExtremes } from '../statements/say.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import { chartId } from './figures.ts';
import { rowSources, type SourceMark, type TableNote } from './provenance.ts';

/** A row of an edition's dimension table, every figure already in words. */
export interface DimensionTableRow {
  /** The indicator's page. */
  href: string;
  label: string;
  score: string;
  rank: string;
  average: string;
  gap: string;
  /** "What this dimension asks": the questions behind it, where the edition's methodology is held. */
  asks?: Link;
  /** Where the score is not the edition's source's printed figure: its mark (a second source, or computed by this site). */
  source?: SourceMark;
}

export interface DimensionTable {
  caption: string;
  rows: DimensionTableRow[];
}

/** One edition of an index on a country's profile (or its embed): notes, chart and tables. */
export interface CountryEditionView {
  /** "This edition is partial: …", for a partial edition. */
  partialNote?: string;
  /** Where the dimensions are on another scale than 0–1 (OURdata 2019 pillars). */
  scaleNote?: string;
  title: string;
  summary: string;
  /** The dimension chart's options; absent for a past edition, shown as tables only. */
  chart?: DimensionDotsOptions;
  /** The chart drawn, with the embeddable page for the country's headline edition. */
  figure?: Figure;
  /** Heading of the average column: the printed average in a partial edition. */
  averageHeader: string;
  tables: DimensionTable[];
  /** `*` on the rank and average headers of a complete edition: computed by this site. */
  computed?: SourceMark;
  /** The notes of the rows' marks, under the tables (provenance.ts `rowSources`). */
  notes: TableNote[];
}

/** A country's dimensions (and sub-pillars) in one edition that covers it; `tableOnly` for a past edition. */
export function countryEditionView(ctx: PageContext, iso3: string, edition: Edition, tableOnly = false): CountryEditionView {
  const { data, lang } = ctx;
  const t = translator(lang);
  const index = data.requireIndex(edition.index);
  const indexLabel = index.shortLabel[lang];
  const name = data.requireCountry(iso3).name[lang];
  const partial = edition.status === 'partial';
  const statements = statementsOf(data);
  const rowsFor = (defs: IndicatorDefinition[]) =>
    defs.map((d) => {
      const statement = statements.figure(index.id, edition.edition, iso3, d.id)!;
      const o = data.observation(index.id, edition.edition, iso3, d.id);
      const s = data.stats(index.id, edition.edition, d.id);
      const decimals = decimalsOf(data, index.id, edition.edition, d.id);
      return { id: d.id, label: d.label[lang], short: (d.shortLabel ?? d.label)[lang], o, s, decimals, statement, average: statement.average };
    });
  const dims = data.children(index.id, 'composite');
  const dimRows = rowsFor(dims);
  const subGroups = dims.map((d) => ({ parent: d, rows: rowsFor(data.children(index.id, d.id)) })).filter((g) => g.rows.length > 0);
  // Only the levels the edition publishes are drawn and tabled (OURdata 2025 prints pillars, no sub-pillars).
  const publishedSubGroups = subGroups.filter((g) => g.rows.some((r) => data.dataset.countries.some((c) => data.observation(index.id, edition.edition, c.iso3, r.id))));
  const title = titled(lang, `${indexLabel} ${edition.edition}`, t(subGroups.length ? 'country.pillars' : 'country.dimensions').toLowerCase());
  // The chart's legend says what each dimension is drawn against; the summary says what the figures are.
  const summary = sayExtremes(dimRows.map((r) => r.statement), lang, subGroups.length ? 'pillar' : 'dimension') ?? '';
  const dimensionMax = scaleMax(edition, 'dimension');
  const tabled = [...dimRows, ...publishedSubGroups.flatMap((g) => g.rows)];
  const sources = rowSources(ctx, edition, tabled.map((r) => r.o), chartId(index.id, edition.edition, iso3.toLowerCase(), 'sources'));
  const markOf = new Map(tabled.map((r, i) => [r.id, sources.marks[i]]));
  const tableRow = (r: (typeof dimRows)[number]): DimensionTableRow => {
    const asks = methodologyLink(ctx, index.id, edition.edition, r.id);
    const mark = markOf.get(r.id);
    return {
    ...(mark ? { source: mark } : {}),
    href: ctx.href(sitePath.indicator(index.id, r.id)),
    label: r.label,
    score: scoreCell(r.statement, lang),
    rank: rankCell(r.statement, lang),
    average: averageCell(r.statement, lang),
    gap: gapCell(r.statement, lang)?.text ?? '–',
    ...(asks ? { asks } : {}),
    };
  };
  const view: CountryEditionView = {
    ...(edition.completeness.status === 'partial' ? { partialNote: t('edition.partialNote', { missing: edition.completeness.missing[lang] }) } : {}),
    ...(dimensionMax === undefined ? {} : {
      scaleNote: t('country.scaleNote', { index: indexLabel, edition: edition.edition, level: t('level.dimension'), max: formatNumber(dimensionMax, 2, lang), rule: t(`rule.${edition.levels.composite?.aggregation ?? index.aggregation}` as MessageKey) }),
    }),
    title,
    summary,
    averageHeader: averageLabel(partial, lang),
    tables: [
      { caption: title, rows: dimRows.map(tableRow) },
      ...publishedSubGroups.map((g) => ({ caption: titled(lang, g.parent.label[lang], t('area.subPillars').toLowerCase()), rows: g.rows.map(tableRow) })),
    ],
    ...(sources.computed ? { computed: sources.computed } : {}),
    notes: sources.notes,
  };
  if (tableOnly) return view;
  const embed = headlineEdition(data, iso3) === edition ? ctx.href(sitePath.embed(iso3)) : undefined;
  const chartRow = (r: (typeof dimRows)[number]) => ({
    label: r.label,
    value: r.o?.value ?? null,
    average: r.average?.value ?? null,
    min: r.s?.min ?? null,
    max: r.s?.max ?? null,
    rankText: r.statement.rank ? `${r.statement.rank.position}/${r.statement.rank.of}` : '',
    ...(r.o ? {} : { missingText: scoreCell(r.statement, lang) }),
    href: ctx.href(sitePath.indicator(index.id, r.id)),
  });
  const { mark } = partialMarks(data, edition, lang);
  view.chart = {
    id: chartId(index.id, edition.edition, iso3.toLowerCase(), 'dims'),
    title,
    summary,
    countryLabel: name,
    rows: dimRows.map(chartRow),
    formatValue: chartFormat(lang, Math.max(...dimRows.map((r) => r.decimals))),
    labels: { ...chartLabels(lang), ...(partial ? { average: t('chart.printedAverage') } : {}) },
    ...(mark ? { mark } : {}),
  };
  // The dimensions (pillars) only, drawn once at the phone width; the sub-pillars are in the data table under it.
  const drawn = drawCompact(ctx.here, renderDimensionDots, view.chart, embed);
  const noted = publishedSubGroups.length > 0 ? { ...drawn, leftOut: t('chart.subPillarsInTable') } : drawn;
  view.figure = credited(ctx, noted, [edition], name);
  return view;
}
