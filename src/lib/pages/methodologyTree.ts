import { renderIcicle, type IcicleNode } from '../charts/index.ts';
import { editionTitle } from '../query/editions.ts';
import { sitePath } from '../urls/paths.ts';
import type { Link, PageContext } from './context.ts';
import { drawFigure, type Figure } from './figures.ts';
import { formatPercent } from './methodologyFormat.ts';
import { METHODOLOGY_ANCHOR } from './methodologyView.ts';

/** One row of the tree's table: a dimension (its facets follow) or a facet. */
interface TreeRow {
  level: 'dimension' | 'facet';
  /** A dimension links to its section; a facet names its dimension for a sorted table. */
  part: Link;
  dimension: string;
  weight: string;
  questions: string;
}

/** The index page's "What the composite is made of": a sentence, the tree drawn, and its table. */
export interface MethodologyTreeView {
  heading: string;
  intro: string;
  figure: Figure;
  caption: string;
  rows: TreeRow[];
  /** How many questions in all, for tests and the search index. */
  count: number;
}

/** The tree of the newest edition of `index` whose methodology lists weighted questions; undefined when none does. */
export function methodologyTreeView(ctx: PageContext, index: string): MethodologyTreeView | undefined {
  const { data, lang, t } = ctx;
  const held = data.dataset.methodology?.editions.filter((m) => m.index === index && m.kind === 'questions') ?? [];
  const edition = [...data.editions(index)].reverse().find((e) => held.some((m) => m.edition === e.edition));
  if (!edition) return undefined;
  const methodology = held.find((m) => m.edition === edition.edition)!;
  const title = `${data.requireIndex(index).shortLabel[lang]} ${editionTitle(edition, lang)}`;
  const pct = (n: number | undefined) => (n === undefined ? '–' : formatPercent(n, lang));
  const count = methodology.dimensions.reduce((s, d) => s + d.facets.reduce((a, f) => a + f.questions.length, 0), 0);
  const section = (id: string) => `${ctx.href(sitePath.indicator(index, id))}#${METHODOLOGY_ANCHOR}`;
  const nodes: IcicleNode[] = methodology.dimensions.map((d) => {
    const label = data.requireIndicator(index, d.dimension).label[lang];
    return {
      label,
      figure: pct(d.weight),
      value: d.weight ?? 1,
      href: section(d.dimension),
      children: d.facets.map((f) => ({
        label: f.name[lang],
        figure: pct(f.weight),
        value: f.weight ?? f.count,
        href: section(d.dimension),
        children: f.questions.map((q) => ({ label: `${q.number} ${q.label[lang]}`, figure: pct(q.weight), value: q.weight })),
      })),
    };
  });
  const perDimension = methodology.dimensions.map((d) => t('method.tree.dimension', { dimension: data.requireIndicator(index, d.dimension).label[lang], count: d.facets.reduce((a, f) => a + f.questions.length, 0) }));
  const list = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(perDimension);
  const figure = drawFigure(
    ctx.here,
    renderIcicle,
    {
      id: `${index}-methodology-tree`,
      title: t('method.tree.title', { edition: title }),
      summary: t('method.tree.summary', { list }),
      nodes,
      levels: [t('method.tree.level.dimension'), t('method.tree.level.facet'), t('method.tree.level.question')] as const,
      height: 720,
    },
    { height: 900 },
  );
  const first = methodology.dimensions[0];
  const rows: TreeRow[] = methodology.dimensions.flatMap((d) => {
    const label = data.requireIndicator(index, d.dimension).label[lang];
    const own = (n: number) => String(n);
    return [
      { level: 'dimension' as const, part: { text: label, href: section(d.dimension) }, dimension: label, weight: pct(d.weight), questions: own(d.facets.reduce((a, f) => a + f.questions.length, 0)) },
      ...d.facets.map((f) => ({ level: 'facet' as const, part: { text: f.name[lang], href: section(d.dimension) }, dimension: label, weight: pct(f.weight), questions: own(f.questions.length) })),
    ];
  });
  return {
    heading: t('method.tree.heading'),
    intro: t('method.tree.intro', { edition: title, count, dimensions: methodology.dimensions.length, weight: pct(first?.weight) }),
    figure,
    caption: t('method.tree.tableCaption', { edition: title }),
    rows,
    count,
  };
}
