import type { Link, PageContext } from './context.ts';
import { editionTitle } from '../query/editions.ts';
import { sitePath } from '../urls/paths.ts';
import { formatPercent } from './methodologyFormat.ts';

/**
 * What an index without question-level methodology (OURdata) is made of, from the manifest alone: each
 * part of a mean (or of a sum of equal ranges) weighs the same share of its parent, so a pillar weighs 1/3 of
 * the composite and a sub-pillar 1/3 of its pillar. What the OECD did not publish is said, not guessed.
 */
export interface StructureView {
  /** "In OURdata 2023, … weighs 33.33 % of the composite …" per edition that scores the indicator. */
  sentences: string[];
  /** The indicator's parts with their weight in the composite, where it has parts. */
  parts: { link: Link; weight: string }[];
  partsHeading?: string;
  notPublished: string;
}

export function structureView(ctx: PageContext, index: string, indicator: string): StructureView | undefined {
  const { data, lang, t } = ctx;
  const def = data.index(index);
  const ind = data.indicator(index, indicator);
  if (!def || !ind || ind.level === 'composite') return undefined;
  const siblings = data.children(index, ind.parent ?? 'composite');
  const parent = ind.parent && ind.parent !== 'composite' ? data.indicator(index, ind.parent) : undefined;
  const parentShare = parent ? 100 / data.children(index, 'composite').length : 100;
  const share = parentShare / siblings.length;
  const editions = [...data.editions(index)].reverse().filter((e) => data.ranking(index, e.edition, indicator).length > 0);
  if (editions.length === 0) return undefined;
  const listOf = (of: typeof editions) => new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(of.map((e) => `${def.shortLabel[lang]} ${editionTitle(e, lang)}`));
  const list = listOf(editions);
  const sentences = [
    parent
      ? t('method.structure.sub', { editions: list, count: siblings.length, parent: parent.label[lang], weight: formatPercent(share, lang) })
      : t('method.structure.pillar', { editions: list, count: siblings.length, weight: formatPercent(share, lang) }),
  ];
  const children = data.children(index, indicator);
  const withParts = editions.filter((e) => children.some((c) => data.ranking(index, e.edition, c.id).length > 0));
  const parts = withParts.length === 0 ? [] : children.map((c) => ({ link: { text: c.label[lang], href: ctx.href(sitePath.indicator(index, c.id)) }, weight: formatPercent(share / children.length, lang) }));
  return {
    sentences,
    parts,
    ...(parts.length && withParts.length ? { partsHeading: t('method.structure.parts', { count: parts.length, editions: listOf(withParts) }) } : {}),
    notPublished: t('method.structure.notPublished', { index: def.shortLabel[lang] }),
  };
}
