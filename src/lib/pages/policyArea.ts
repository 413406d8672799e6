import { followView, type FollowView } from './follow.ts';
import { editionProvenance, type ProvenanceView } from './provenance.ts';
import { formatNumber, formatOrdinal } from '../i18n/format.ts';
import { changeCell, scoreCell } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import { translator } from '../i18n/translate.ts';
import { decimalsOf } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { averageLabel, editionTitle, shownAverage } from '../query/editions.ts';
import { groupAveragesView, otherGroupAverages, type GroupAveragesView } from './groupAverages.ts';
import { chartId } from './figures.ts';
import { pageHead, type PageHead } from './head.ts';
import type { Editorial } from '../content/editorial.ts';
import { type Link, type PageContext } from './context.ts';
import { rankingView, type RankingView } from './ranking.ts';
import { methodologyView, type MethodologyView } from './methodologyView.ts';

/** Changes since the previous edition, largest rise first (never across a methodology break). */
interface AreaChanges {
  previous: string;
  latest: string;
  rows: { country: Link; before: string; after: string; change: string }[];
}

export interface PolicyAreaPage {
  /** Data last changed, corrections, feed, cite this page (lib/pages/follow.ts); where the latest ranking was printed. */
  follow: FollowView;
  provenance: ProvenanceView;
  index: string;
  indicator: string;
  head: PageHead;
  /** The policy area's narrative. */
  text: Editorial<'indices'> | undefined;
  indexLabel: string;
  title: string;
  /** The top three of the latest edition that scores the area. */
  top: { score: string; country: Link; rank: string }[];
  rankingHeading: string;
  ranking: RankingView;
  groups?: GroupAveragesView;
  /** The other editions' group averages, folded under the shown one (their ids name their edition). */
  otherGroups: GroupAveragesView[];
  /** Sub-pillars, with their OECD average in the same edition. */
  subs: { link: Link; average?: string }[];
  changeHeading: string;
  /** The edition compared with, none for a first edition. */
  previous?: string;
  /** Why no change is listed: the editions are not comparable. */
  changeBreakHidden?: string;
  changes: AreaChanges | undefined;
  /** Older editions that score the area, as tables. */
  past: { heading: string; ranking: RankingView; provenance: ProvenanceView }[];
  /** How this score is built: facets, questions and weights per edition (see methodologyView.ts). */
  methodology?: MethodologyView;
}

export function policyAreaPage(ctx: PageContext, { index, indicator, text }: { index: string; indicator: string; text?: Editorial<'indices'> | undefined }): PolicyAreaPage {
  const { data, lang } = ctx;
  const t = translator(lang);
  const def = data.requireIndex(index);
  const short = def.shortLabel[lang];
  const ind = data.requireIndicator(index, indicator);
  const label = ind.label[lang];
  const parent = ind.parent && ind.parent !== 'composite' ? data.indicator(index, ind.parent) : undefined;
  const editions = [...data.editions(index)].reverse();
  const latest = editions.find((e) => data.ranking(index, e.edition, indicator).length > 0) ?? editions[0]!;
  const ranking = data.ranking(index, latest.edition, indicator);
  const decimals = decimalsOf(data, index, latest.edition, indicator);
  const country = (iso3: string): Link => ({ text: data.requireCountry(iso3).name[lang], href: ctx.href(sitePath.country(iso3)) });
  const averageText = (id: string) => {
    const avg = shownAverage(data, data.stats(index, latest.edition, id), lang);
    return avg && `${averageLabel(avg.printed, lang)} ${avg.text}`;
  };
  const previous = latest.previous;
  const groups = groupAveragesView(ctx, index, latest.edition, indicator, `${index}-${indicator}-groups`);
  const otherGroups = otherGroupAverages(ctx, index, latest.edition, indicator, `${index}-${indicator}-groups`);
  // Named by the edition, so the chart's permalink and files keep showing this edition after the next is added.
  const latestRanking = rankingView(ctx, index, latest.edition, indicator, { id: chartId(index, indicator, latest.edition) });
  const methodology = methodologyView(ctx, index, indicator);
  return {
    ...(methodology ? { methodology } : {}),
    follow: followView(ctx, { kind: 'index', index, indicator }, { title: `${label} (${def.label[lang]})`, path: sitePath.indicator(index, indicator), key: `${index}-${indicator}`, figures: [latestRanking.figure] }),
    provenance: editionProvenance(ctx, latest),
    index,
    indicator,
    head: pageHead(ctx, {
      title: label,
      description: text?.entry.data.summary ?? `${label} (${def.label[lang]})`,
      path: sitePath.indicator(index, indicator),
      feeds: [{ kind: 'index', index }],
      section: 'indices',
      crumbs: [
        { text: def.label[lang], href: ctx.href(sitePath.indicator(index)) },
        ...(parent ? [{ text: parent.label[lang], href: ctx.href(sitePath.indicator(index, parent.id)) }] : []),
      ],
      pagefindMeta: { title: label, type: t('type.policyArea'), figure: `${short} ${editionTitle(latest, lang)} · ${averageText(indicator) ?? `${t('table.average')} –`}` },
      pagefindFilters: { type: t('type.policyArea'), index: short },
    }),
    text,
    indexLabel: def.label[lang],
    title: label,
    top: ranking.filter((o) => o.rank !== null && o.rank <= 3).map((o) => ({ score: formatNumber(o.value, decimals, lang), country: country(o.iso3), rank: formatOrdinal(o.rank!, lang) })),
    rankingHeading: latest.status === 'partial' ? t('index.partialScores', { index: short, edition: latest.edition }) : t('area.ranking', { index: short, edition: latest.edition }),
    ranking: latestRanking,
    ...(groups ? { groups } : {}),
    otherGroups,
    subs: data.children(index, indicator).map((s) => {
      const link = { text: s.label[lang], href: ctx.href(sitePath.indicator(index, s.id)) };
      const average = averageText(s.id);
      return average ? { link, average } : { link };
    }),
    changeHeading: previous ? t('area.change', { edition: previous }) : t('index.editions'),
    ...(previous ? { previous } : {}),
    ...(previous && !latest.comparableWithPrevious ? { changeBreakHidden: t('area.changeBreakHidden', { from: previous, to: latest.edition }) } : {}),
    changes: previous && latest.comparableWithPrevious ? changesSince(ctx, index, indicator, latest.edition, previous) : undefined,
    past: editions
      .filter((e) => e !== latest && data.ranking(index, e.edition, indicator).length > 0)
      .map((e) => ({ heading: t('index.edition', { edition: editionTitle(e, lang) }), ranking: rankingView(ctx, index, e.edition, indicator, { id: chartId(index, indicator, e.edition), tableOnly: true }), provenance: editionProvenance(ctx, e) })),
  };
}

/** Each country's change since `previous` as its statement says it (printed where printed), largest rise first. */
function changesSince(ctx: PageContext, index: string, indicator: string, latest: string, previous: string): AreaChanges | undefined {
  const { data, lang } = ctx;
  const statements = statementsOf(data);
  const changed = statements
    .edition(index, latest, indicator)
    .flatMap((s) => (s.change?.kind === 'stated' && s.change.since === previous ? [{ s, change: s.change }] : []))
    .sort((a, b) => b.change.value - a.change.value || a.s.iso3.localeCompare(b.s.iso3));
  if (changed.length === 0) return undefined;
  return {
    previous,
    latest,
    rows: changed.map(({ s }) => ({
      country: { text: data.requireCountry(s.iso3).name[lang], href: ctx.href(sitePath.country(s.iso3)) },
      before: scoreCell(statements.figure(index, previous, s.iso3, indicator)!, lang),
      after: scoreCell(s, lang),
      change: changeCell(s, lang),
    })),
  };
}
