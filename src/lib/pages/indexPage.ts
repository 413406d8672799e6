import { renderDistribution } from '../charts/index.ts';
import type { Editorial } from '../content/editorial.ts';
import { formatDate, formatNumber, titled } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import { indexDataset } from './datasets.ts';
import { chartFormat, chartLabels, credited, decimalsOf, drawFigure, type Figure } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import { averageLabel, editionTitle, latestComplete, shownAverage } from '../query/editions.ts';
import { groupAveragesView, otherGroupAverages, type GroupAveragesView } from './groupAverages.ts';
import { chartId } from './figures.ts';
import { methodologyTreeView, type MethodologyTreeView } from './methodologyTree.ts';
import { pageHead, type PageHead } from './head.ts';
import { type Link, type PageContext } from './context.ts';
import { rankingView, type RankingView } from './ranking.ts';
import { worldMapView, type WorldMapView } from './worldMap.ts';
import { followView, nextEditionView, type FollowView, type NextEditionView } from './follow.ts';
import { editionProvenance, type ProvenanceView } from './provenance.ts';
import { scatterView, type ScatterView } from './scatter.ts';
import { saidOnce } from './home.ts';

/** A partial edition's ranking with its notice, its summary not repeating its mark. */
const partialOnce = (ctx: PageContext, ranking: RankingView, e: Edition) => (e.status === 'partial' ? saidOnce(ctx, ranking, e, true) : ranking);

/** An edition's composite ranking on its index page. */
export interface IndexEditionView {
  heading: string;
  /** Who the OECD ranked, and the edition's note. */
  note: string;
  ranking: RankingView;
  /** Where the edition's scores were printed, and what the site computed (lib/pages/provenance.ts). */
  provenance: ProvenanceView;
}

export interface IndexPage {
  /** Data last changed, feed, cite (lib/pages/follow.ts); the next edition the OECD announced. */
  follow: FollowView;
  next: NextEditionView;
  index: string;
  head: PageHead;
  /** The index's narrative. */
  text: Editorial<'indices'> | undefined;
  /** The schema.org Dataset of the index. */
  jsonLd: Record<string, unknown>;
  title: string;
  /** The other indices. */
  others: Link[];
  /** The newest edition, then the latest complete one where the newest is partial. */
  first: IndexEditionView[];
  map: WorldMapView;
  /** Every country placed by its DGI and OURdata scores. */
  scatter?: ScatterView | undefined;
  groups?: GroupAveragesView;
  /** The other editions' group averages, folded under the shown one (their ids name their edition). */
  otherGroups: GroupAveragesView[];
  /** The OECD members' composites in the latest complete edition, with their statistics. */
  distribution: { figure: Figure; average: string; sd: string; min: string; max: string; members: number };
  /** Each dimension, with its OECD average in the newest edition. */
  dimensions: { link: Link; average?: string }[];
  editions: { title: string; published: string; citation: Link; methodologyBreak: boolean }[];
  /** Editions the OECD published that the site does not hold, and why. */
  unheld: { edition: string; published: string; citation: string; doi?: string; reason: string }[];
  /** Older editions, as tables. */
  past: IndexEditionView[];
  /** What the composite is made of (dimensions, facets, questions), where a methodology lists questions. */
  tree?: MethodologyTreeView;
}

export function indexPage(ctx: PageContext, { index, text }: { index: string; text?: Editorial<'indices'> | undefined }): IndexPage {
  const { data, lang } = ctx;
  const t = translator(lang);
  const def = data.requireIndex(index);
  const short = def.shortLabel[lang];
  const editions = [...data.editions(index)].reverse();
  const newest = editions[0]!;
  /** The latest complete edition: ranked, and the one whose distribution is drawn (a partial one has no computed figures). */
  const latest = latestComplete(data, index);
  const shownFirst = newest === latest ? [latest] : [newest, latest];
  const rankedText = (e: Edition) => (e.rankedSet === 'all-participants' ? t('index.ranked.all') : t('index.ranked.members'));
  const first = shownFirst.map((e) => ({
    heading: e.status === 'partial' ? `${short} ${editionTitle(e, lang)}` : t('index.latest', { index: short, edition: e.edition }),
    note: `${e.status === 'complete' ? rankedText(e) : ''} ${e.note?.[lang] ?? ''}`,
    // Named by the edition, not "latest": a permalink made today shows the same ranking after the next edition is added.
    ranking: partialOnce(ctx, rankingView(ctx, index, e.edition, 'composite', { id: chartId(index, e.edition) }), e),
    provenance: editionProvenance(ctx, e),
  }));
  const past = editions.filter((e) => !shownFirst.includes(e)).map((e) => ({
    heading: t('index.edition', { edition: editionTitle(e, lang) }),
    note: `${rankedText(e)} ${e.note?.[lang] ?? ''}`,
    ranking: rankingView(ctx, index, e.edition, 'composite', { id: chartId(index, e.edition), tableOnly: true }),
    provenance: editionProvenance(ctx, e),
  }));
  const groups = groupAveragesView(ctx, index, latest.edition, 'composite', `${index}-groups`);
  const otherGroups = otherGroupAverages(ctx, index, latest.edition, 'composite', `${index}-groups`);
  const newestFigure = `${short} ${editionTitle(newest, lang)}`;
  const tree = methodologyTreeView(ctx, index);
  return {
    follow: followView(ctx, { kind: 'index', index }, { title: def.label[lang], path: sitePath.indicator(index), key: index }),
    next: nextEditionView(ctx, index),
    ...(tree ? { tree } : {}),
    index,
    head: pageHead(ctx, {
      title: def.label[lang],
      description: text?.entry.data.summary ?? def.label[lang],
      path: sitePath.indicator(index),
      feeds: [{ kind: 'index', index }],
      section: 'indices',
      pagefindMeta: { title: def.label[lang], type: t('type.index'), figure: newestFigure },
      pagefindFilters: { type: t('type.index'), index: short },
    }),
    text,
    jsonLd: indexDataset(data, lang, index, ctx.absolute),
    title: def.label[lang],
    others: data.dataset.indices.filter((i) => i.id !== index).map((i) => ({ text: i.label[lang], href: ctx.href(sitePath.indicator(i.id)) })),
    first,
    map: worldMapView(ctx, index, chartId(index, 'map')),
    scatter: scatterView(ctx, `${index}-scatter`),
    ...(groups ? { groups } : {}),
    otherGroups,
    distribution: distribution(ctx, index, latest),
    dimensions: data.children(index, 'composite').map((d) => {
      const avg = shownAverage(data, data.stats(index, newest.edition, d.id), lang);
      const link = { text: d.label[lang], href: ctx.href(sitePath.indicator(index, d.id)) };
      return avg ? { link, average: `${newestFigure}, ${averageLabel(avg.printed, lang)} ${avg.text}` } : { link };
    }),
    editions: editions.map((e) => ({
      title: editionTitle(e, lang),
      published: t('index.published', { date: formatDate(e.published, lang) }),
      citation: { text: e.source.citation, href: `https://doi.org/${e.source.doi}` },
      methodologyBreak: !e.comparableWithPrevious && e.previous !== undefined,
    })),
    unheld: data.dataset.unheldEditions.filter((u) => u.index === index).reverse().map((u) => ({
      edition: u.edition,
      published: t('index.published', { date: formatDate(u.published, lang) }),
      citation: u.source.citation,
      ...(u.source.doi ? { doi: `https://doi.org/${u.source.doi}` } : {}),
      reason: u.reason[lang],
    })),
    past,
  };
}

function distribution(ctx: PageContext, index: string, latest: Edition): IndexPage['distribution'] {
  const { data, lang } = ctx;
  const t = translator(lang);
  const stats = data.stats(index, latest.edition, 'composite')!;
  const decimals = decimalsOf(data, index, latest.edition, 'composite');
  const fmt = (v: number | null) => (v === null ? '–' : formatNumber(v, decimals, lang));
  const members = data.ranking(index, latest.edition, 'composite').filter((o) => o.oecdMember);
  const title = titled(lang, t('index.distribution'), `${data.requireIndex(index).shortLabel[lang]} ${latest.edition}`);
  const summary = t('index.distributionSummary', { count: stats.members, mean: fmt(stats.average), sd: fmt(stats.sd), min: fmt(stats.min), max: fmt(stats.max) });
  const figure = drawFigure(ctx.here, renderDistribution, {
    id: `${index}-distribution`, title, summary,
    values: members.map((o) => ({ code: o.iso3, label: data.requireCountry(o.iso3).name[lang], value: o.value })),
    average: stats.average, sd: stats.sd, min: stats.min, max: stats.max,
    formatValue: chartFormat(lang, decimals), labels: chartLabels(lang),
  }, {});
  return { figure: credited(ctx, figure, [latest]), average: fmt(stats.average), sd: fmt(stats.sd), min: fmt(stats.min), max: fmt(stats.max), members: stats.members };
}
