import type { Lang } from '../i18n/languages.ts';
import { translator } from '../i18n/translate.ts';
import type { DimensionMethodology, EditionMethodology } from '../methodology/schema.ts';
import type { Edition } from '../model/types.ts';
import { METHODOLOGY_CSV } from '../output/methodologyCsv.ts';
import { editionTitle } from '../query/editions.ts';
import { sitePath } from '../urls/paths.ts';
import type { Link, PageContext } from './context.ts';
import { formatPercent, localPercent } from './methodologyFormat.ts';
import { structureView, type StructureView } from './methodologyStructure.ts';

/** The id of the "How this score is built" section of a policy-area page (profiles link to it). */
export const METHODOLOGY_ANCHOR = 'how-built';

/** The id of one edition's part of that section. */
const methodologySectionId = (edition: string) => `${METHODOLOGY_ANCHOR}-${edition}`.replace(/[^a-z0-9-]/gi, '-').toLowerCase();

/**
 * "What this dimension asks": the part of the policy-area page listing the questions (or items) behind a
 * dimension in an edition; undefined where the edition's methodology does not describe the dimension.
 */
export function methodologyLink(ctx: PageContext, index: string, edition: string, indicator: string): Link | undefined {
  const held = ctx.data.dataset.methodology?.editions.find((m) => m.index === index && m.edition === edition);
  if (!held?.dimensions.some((d) => d.dimension === indicator)) return undefined;
  return { text: ctx.t('method.asks'), href: `${ctx.href(sitePath.indicator(index, indicator))}#${methodologySectionId(edition)}` };
}

/** One facet row of the facet table. */
interface FacetRow {
  facet: string;
  weight?: string;
  count: string;
  /** Sum of the printed weights of its questions, where they are listed. */
  sum?: string;
  oecdAverage?: string;
}

/** One question row, its facet repeated so that the table still reads when sorted. */
interface QuestionRow {
  facet: string;
  number: string;
  /** Sort key of the number: 40 < 40a < 41. */
  numberKey: string;
  label: string;
  type: string;
  weight: string;
  page: string;
}

/** How one dimension was built in one edition. */
interface EditionMethodologyView {
  id: string;
  heading: string;
  kind: 'questions' | 'items' | 'unknown';
  definition?: string;
  /** Points, averages, weights: how a score is obtained. */
  scoring?: string;
  period?: string;
  facets?: { caption: string; countHeading: string; hasAverage: boolean; hasSum: boolean; rows: FacetRow[]; total: FacetRow };
  questions?: { caption: string; rows: QuestionRow[]; sumLine: string };
  parameters?: { heading: string; items: string[] };
  /** Where the methodology was not read: what to say and the publication to read instead. */
  unknown?: { text: string; link: Link };
  source?: string;
}

export interface MethodologyView {
  id: string;
  heading: string;
  /** methodology.csv, where a methodology is held. */
  download?: Link;
  editions: EditionMethodologyView[];
  /** For an index without question-level methodology (OURdata): its equal weights and what is not published. */
  structure?: StructureView;
}

/** The "How this score is built" section of a policy-area page, newest edition first; undefined for the composite. */
export function methodologyView(ctx: PageContext, index: string, indicator: string): MethodologyView | undefined {
  const { data, t } = ctx;
  const all = data.dataset.methodology?.editions.filter((e) => e.index === index) ?? [];
  const editions = [...data.editions(index)].reverse();
  if (all.length === 0) {
    const structure = structureView(ctx, index, indicator);
    return structure && { id: METHODOLOGY_ANCHOR, heading: t('method.heading'), editions: [], structure };
  }
  if (data.indicator(index, indicator)?.level !== 'dimension') return undefined;
  const views = editions.flatMap((edition) => {
    const found = all.find((m) => m.edition === edition.edition);
    const dimension = found?.dimensions.find((d) => d.dimension === indicator);
    if (found && dimension) return [editionView(ctx, edition, found, dimension)];
    if (found) return [];
    return [unknownView(ctx, edition)];
  });
  const download = { text: t('method.download'), href: ctx.file(sitePath.download(METHODOLOGY_CSV)) };
  return views.length ? { id: METHODOLOGY_ANCHOR, heading: t('method.heading'), download, editions: views } : undefined;
}

/** What the editions file says of an edition's reference period, in the page's language. */
function periodOf(ctx: PageContext, edition: Edition): string | undefined {
  const note = ctx.data.dataset.methodology?.notes.find((n) => n.index === edition.index && n.edition === edition.edition);
  const period = note?.fields.reference_period[ctx.lang];
  return period && !/^not found/.test(note!.fields.reference_period.en) ? ctx.t('method.period', { period }) : undefined;
}

function editionView(ctx: PageContext, edition: Edition, methodology: EditionMethodology, dim: DimensionMethodology): EditionMethodologyView {
  const { lang, data: data } = ctx;
  const t = translator(lang);
  const short = data.requireIndex(edition.index).shortLabel[lang];
  const label = data.requireIndicator(edition.index, dim.dimension).label[lang];
  const heading = `${short} ${editionTitle(edition, lang)}`;
  const pct = (n: number | undefined) => (n === undefined ? undefined : formatPercent(n, lang));
  const withQuestions = methodology.kind === 'questions';
  const count = (n: number) => String(n);
  const rows: FacetRow[] = dim.facets.map((f) => {
    const sum = f.questions.length ? f.questions.reduce((s, q) => s + q.weight, 0) : undefined;
    return { facet: f.name[lang], ...(f.weight !== undefined ? { weight: pct(f.weight)! } : {}), count: count(f.count), ...(sum !== undefined ? { sum: pct(sum)! } : {}), ...(f.oecdAverage ? { oecdAverage: localPercent(f.oecdAverage, lang) } : {}) };
  });
  const questionSum = dim.facets.reduce((s, f) => s + f.questions.reduce((a, q) => a + q.weight, 0), 0);
  const total: FacetRow = {
    facet: t('method.total', { dimension: label }),
    ...(dim.weight !== undefined ? { weight: pct(dim.weight)! } : {}),
    count: count(dim.count),
    ...(withQuestions ? { sum: pct(questionSum)! } : {}),
    ...(dim.oecdAverage?.dimension ? { oecdAverage: localPercent(dim.oecdAverage.dimension, lang) } : {}),
  };
  const citation = methodology.source.citation;
  const period = periodOf(ctx, edition);
  return {
    id: methodologySectionId(edition.edition),
    heading,
    kind: methodology.kind,
    definition: dim.definition[lang],
    scoring: withQuestions ? t('method.scoring.questions', { count: dim.count }) : t('method.scoring.items', { count: dim.count }),
    ...(period ? { period } : {}),
    facets: {
      caption: t(withQuestions ? 'method.facetsCaption' : 'method.itemsCaption', { dimension: label, edition: heading }),
      countHeading: t(withQuestions ? 'method.col.questions' : 'method.col.items'),
      hasAverage: rows.some((r) => r.oecdAverage),
      hasSum: withQuestions,
      rows,
      total,
    },
    ...(withQuestions
      ? {
          questions: {
            caption: t('method.questionsCaption', { count: dim.count, dimension: label, edition: heading }),
            rows: questionRows(dim, lang),
            sumLine: pct(questionSum) === pct(dim.weight) ? t('method.sumLine.equal', { count: dim.count, sum: pct(questionSum)! }) : t('method.sumLine.rounded', { count: dim.count, sum: pct(questionSum)!, weight: pct(dim.weight) ?? '–' }),
          },
        }
      : {}),
    ...(dim.parameters.length ? { parameters: { heading: t('method.parameters', { count: dim.parameters.length }), items: dim.parameters.map((p) => p.text[lang]) } } : {}),
    source: t('method.source', { citation, tables: dim.tables[lang], pages: dim.pages[lang] }),
  };
}

function questionRows(dim: DimensionMethodology, lang: Lang): QuestionRow[] {
  const base = (n: string) => Number(/^\d+/.exec(n)![0]);
  const numbers = dim.facets.flatMap((f) => f.questions.map((q) => q.number)).sort((a, b) => base(a) - base(b) || a.localeCompare(b));
  const key = (n: string) => (base(n) + numbers.filter((m) => base(m) === base(n)).indexOf(n) / 100).toFixed(2);
  return dim.facets.flatMap((f) =>
    f.questions.map((q) => ({ facet: f.name[lang], number: q.number, numberKey: key(q.number), label: q.label[lang], type: q.type[lang], weight: formatPercent(q.weight, lang), page: String(q.page) })),
  );
}

function unknownView(ctx: PageContext, edition: Edition): EditionMethodologyView {
  const { lang, data: data, t } = ctx;
  const heading = `${data.requireIndex(edition.index).shortLabel[lang]} ${editionTitle(edition, lang)}`;
  const href = edition.source.url ?? `https://doi.org/${edition.source.doi}`;
  return {
    id: methodologySectionId(edition.edition),
    heading,
    kind: 'unknown',
    unknown: { text: t('method.unknown', { edition: `${data.requireIndex(edition.index).shortLabel[lang]} ${edition.edition}` }), link: { text: edition.source.citation, href } },
  };
}
