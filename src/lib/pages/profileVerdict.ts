import type { Lang } from '../i18n/languages.ts';
import { listOf, signedNumber } from '../i18n/phrases.ts';
import { translate } from '../i18n/translate.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { averageCell, changeCell, rankCell, scoreCell, statedGap } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { FigureStatement } from '../statements/types.ts';
import { dimensionExtremes, sayVerdict } from '../statements/verdict.ts';

/** Which figure of the verdict row a cell is (the page marks it `data-figure`, so tests find it by what it is). */
export type KeyFigureKind = 'score' | 'average' | 'gap' | 'rank' | 'change' | 'strongest' | 'weakest';

/** One cell of the verdict's row of key figures: "OECD average (printed)" / "0.70". */
export interface KeyFigure {
  kind: KeyFigureKind;
  label: string;
  value: string;
  /** Above or below the average: the word says it, the colour only repeats it. */
  tone?: 'up' | 'down';
}

/** An index's verdict on a profile: one sentence and one row of key figures from the newest edition covering the country. */
export interface VerdictView {
  sentence: string;
  figures: KeyFigure[];
}

/** The level a verdict compares: OURdata's pillars (they have sub-pillars), DGI's dimensions. */
function unitOf(data: DataIndex, index: string): 'dimension' | 'pillar' {
  return data.requireIndex(index).indicators.some((i) => i.level === 'sub') ? 'pillar' : 'dimension';
}

function changeFigure(s: FigureStatement, lang: Lang): KeyFigure {
  const c = s.change;
  const printed = c?.kind === 'stated' && c.basis === 'printed';
  const label = translate(lang, printed ? 'verdict.changePrinted' : 'verdict.change');
  if (!c) return { kind: 'change', label, value: translate(lang, 'verdict.changeNone') };
  if (c.kind === 'not-comparable') return { kind: 'change', label, value: translate(lang, 'verdict.changeBreak', { edition: c.since }) };
  return { kind: 'change', label, value: translate(lang, 'country.since', { change: changeCell(s, lang), edition: c.since }) };
}

/**
 * The verdict of `composite` (the composite's statement in the newest edition covering the country): the
 * sentence of lib/statements/verdict.ts and its figures in the short forms of cells.ts, so the row and
 * the sentence say the same numbers as every table. Figures the edition does not give are left out.
 */
export function verdictView(data: DataIndex, lang: Lang, composite: FigureStatement): VerdictView {
  const statements = statementsOf(data);
  const dims = data.children(composite.index, 'composite').flatMap((d) => statements.figure(composite.index, composite.edition, composite.iso3, d.id) ?? []);
  const unit = unitOf(data, composite.index);
  const figures: KeyFigure[] = [];
  if (composite.score) {
    figures.push({ kind: 'score', label: translate(lang, 'verdict.score'), value: scoreCell(composite, lang) });
    const gap = statedGap(composite);
    if (composite.average) figures.push({ kind: 'average', label: translate(lang, composite.average.basis === 'printed' ? 'verdict.averagePrinted' : 'verdict.average'), value: averageCell(composite, lang) });
    if (gap) {
      const side = gap.value > 0 ? 'above' : gap.value < 0 ? 'below' : 'level';
      figures.push({ kind: 'gap', label: translate(lang, `verdict.gap.${side}`), value: signedNumber(gap.value, gap.decimals, lang), ...(side === 'level' ? {} : { tone: side === 'above' ? 'up' : 'down' }) });
    }
    figures.push({ kind: 'rank', label: translate(lang, 'verdict.rank'), value: rankCell(composite, lang) });
    figures.push(changeFigure(composite, lang));
  }
  const extremes = dimensionExtremes(dims);
  if (extremes) {
    const named = (list: FigureStatement[], gap: NonNullable<ReturnType<typeof statedGap>>) =>
      translate(lang, 'verdict.named', { names: listOf(list.map((s) => s.about.indicator[lang]), lang), gap: signedNumber(gap.value, gap.decimals, lang) });
    // Labelled as the sentence says them: "strongest" and "weakest" only where the gaps lie on both sides.
    const [strongLabel, weakLabel] =
      extremes.side === 'above' ? (['verdict.mostAbove', 'verdict.leastAbove'] as const)
      : extremes.side === 'below' ? (['verdict.leastBelow', 'verdict.mostBelow'] as const)
      : ([`verdict.strongest.${unit}`, `verdict.weakest.${unit}`] as const);
    figures.push({ kind: 'strongest', label: translate(lang, strongLabel), value: named(extremes.strongest, extremes.strongGap) });
    figures.push({ kind: 'weakest', label: translate(lang, weakLabel), value: named(extremes.weakest, extremes.weakGap) });
  }
  return { sentence: sayVerdict(composite, dims, lang, unit), figures };
}
