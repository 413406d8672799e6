import { countryNumber, countryPhrase } from '../countries/grammar.ts';
import { formatNumber, formatOrdinal } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { listOf, phrase, sentenceCase, signedNumber, unsignedNumber } from '../i18n/phrases.ts';
import { statedGap } from './cells.ts';
import { sayChange, sayCoverage, sayEdition } from './say.ts';
import type { FigureStatement } from './types.ts';

/**
 * A country's verdict in one edition, as the OECD's country notes give it at a glance: the score against
 * the OECD average (as printed where the edition prints it) and the rank or why there is none, then the
 * dimensions furthest above and below that average. Every figure is one the statements already say
 * (`statedGap` is the gap every table shows); nothing is decided here.
 */

type Gap = NonNullable<ReturnType<typeof statedGap>>;

/** The dimensions with the largest and the smallest gap to the edition's average (ties kept together, in the order given). */
export interface DimensionExtremes {
  strongest: FigureStatement[];
  weakest: FigureStatement[];
  strongGap: Gap;
  weakGap: Gap;
  /** Every gap at or above the average, every one at or below it, or some on each side. */
  side: 'above' | 'below' | 'mixed';
}

/**
 * The strongest and weakest dimensions against the edition's averages, computed or printed alike (a
 * partial edition prints its dimension averages). None where fewer than two dimensions have a gap, or
 * where every gap is the same (a strongest would also be the weakest).
 */
export function dimensionExtremes(dimensions: readonly FigureStatement[]): DimensionExtremes | undefined {
  const gaps = dimensions.flatMap((s) => {
    const gap = statedGap(s);
    return gap ? [{ s, gap }] : [];
  });
  if (gaps.length < 2) return undefined;
  const max = Math.max(...gaps.map((g) => g.gap.value));
  const min = Math.min(...gaps.map((g) => g.gap.value));
  if (max === min) return undefined;
  const strong = gaps.filter((g) => g.gap.value === max);
  const weak = gaps.filter((g) => g.gap.value === min);
  const [strongGap, weakGap] = [strong[0]?.gap, weak[0]?.gap];
  if (!strongGap || !weakGap) return undefined;
  const side = weakGap.value >= 0 ? 'above' : strongGap.value <= 0 ? 'below' : 'mixed';
  return { strongest: strong.map((g) => g.s), weakest: weak.map((g) => g.s), strongGap, weakGap, side };
}

/** A dimension's name as running text quotes it: plain in English, « … » in French, «…» in Spanish. */
function quoted(label: string, lang: Lang): string {
  return lang === 'fr' ? `«\u202f${label}\u202f»` : lang === 'es' ? `«${label}»` : label;
}

const names = (statements: readonly FigureStatement[], lang: Lang) => listOf(statements.map((s) => quoted(s.about.indicator[lang], lang)), lang);

/**
 * The composite in one sentence: "Korea scores 0.935 in DGI 2023, 0.300 above the OECD average (0.635),
 * and ranks 1st of 33 OECD members." A composite without a score gets its coverage sentence.
 */
export function sayVerdictFigure(s: FigureStatement, lang: Lang): string {
  if (!s.score) return sayCoverage(s, lang);
  const gap = statedGap(s);
  const side = !gap ? 'none' : gap.value > 0 ? 'above' : gap.value < 0 ? 'below' : 'level';
  const rank = s.rank ? (s.rank.set === 'oecd-members' ? 'members' : 'all') : s.notRanked === 'partial-edition' ? 'partial' : s.notRanked === 'outside-ranked-set' ? 'outside' : 'none';
  const tiedWith = s.rank?.tiedWith ?? [];
  const tied = tiedWith.length > 0;
  return sentenceCase(
    phrase(lang, 'verdict.figure', {
      country: countryPhrase(s.iso3, lang),
      num: countryNumber(s.iso3, lang),
      score: formatNumber(s.score.value, s.score.decimals, lang),
      edition: sayEdition(s, lang),
      side,
      gap: gap ? unsignedNumber(gap.value, gap.decimals, lang) : '',
      average: s.average ? formatNumber(s.average.value, s.average.decimals, lang) : '',
      basis: s.average?.basis ?? 'computed',
      rank,
      ordinal: s.rank ? formatOrdinal(s.rank.position, lang) : '',
      position: s.rank?.position ?? 0,
      total: s.rank?.of ?? 0,
      tied: tied ? 'yes' : 'no',
      others: tied ? listOf(tiedWith.map((iso3) => countryPhrase(iso3, lang)), lang) : '',
    }),
    lang,
  );
}

/**
 * The dimensions furthest above and below the average in one sentence: "Its strongest dimension against
 * the OECD average is User-driven (+0.318); its weakest is Data-driven public sector (−0.035)." Where every
 * gap has one sign: "The lead over the OECD average is largest in … and smallest in …" (or the shortfall).
 * `unit` names the level (DGI dimensions, OURdata pillars); undefined where there is no such pair.
 */
export function sayVerdictDimensions(dimensions: readonly FigureStatement[], lang: Lang, unit: 'dimension' | 'pillar' = 'dimension'): string | undefined {
  const extremes = dimensionExtremes(dimensions);
  if (!extremes) return undefined;
  const { strongest, weakest, strongGap, weakGap, side } = extremes;
  const [first] = strongest;
  if (!first) return undefined;
  // "Strongest" and "weakest" only read right with gaps on both sides; otherwise the sentence speaks of the
  // largest and smallest lead (or shortfall).
  return phrase(lang, 'verdict.dimensions', {
    side,
    num: countryNumber(first.iso3, lang),
    unit,
    strongCount: strongest.length,
    weakCount: weakest.length,
    strongest: names(strongest, lang),
    weakest: names(weakest, lang),
    strongGap: signedNumber(strongGap.value, strongGap.decimals, lang),
    weakGap: signedNumber(weakGap.value, weakGap.decimals, lang),
  });
}

/**
 * The verdict: the composite's sentence, its change in words where one is said (printed where the OECD
 * prints one; across a methodology break the key figures say "not comparable"), then its dimensions'
 * where there is a strongest and a weakest.
 */
export function sayVerdict(composite: FigureStatement, dimensions: readonly FigureStatement[], lang: Lang, unit: 'dimension' | 'pillar' = 'dimension'): string {
  const change = composite.change?.kind === 'stated' ? sayChange(composite, lang) : undefined;
  const parts = [sayVerdictFigure(composite, lang), change, sayVerdictDimensions(dimensions, lang, unit)];
  return parts.filter((p): p is string => p !== undefined).join(' ');
}
