import { formatNumber, formatRank } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { signedNumber } from '../i18n/phrases.ts';
import { translate, type MessageKey } from '../i18n/translate.ts';
import { roundTo } from '../model/round.ts';
import type { CoverageCode, FigureStatement } from './types.ts';

/**
 * A statement in the short forms tables, charts and cards print: the score or why there is none, the
 * rank or why there is none, the average, the change with its sign. Every page formats statements with
 * these, so one figure reads the same in a profile, an index page, a group table and a preview image.
 */

/** Why there is no score, in a few words for a table cell ("did not take part", "not stated in the source"). */
export function coverageWord(code: Exclude<CoverageCode, 'stated'>, lang: Lang): string {
  return translate(lang, `statement.cell.${code}` as MessageKey);
}

/** Why there is no score, short enough for a chart label ("not transcribed here" for an assessment not transcribed). */
export function chartCoverageWord(code: Exclude<CoverageCode, 'stated'>, lang: Lang): string {
  return code === 'assessed-not-transcribed' ? translate(lang, 'statement.chart.assessed-not-transcribed') : coverageWord(code, lang);
}

/** "0.83" at the edition's decimals, or why there is no score. */
export function scoreCell(s: FigureStatement, lang: Lang): string {
  return s.score ? formatNumber(s.score.value, s.score.decimals, lang) : coverageWord(s.coverage as Exclude<CoverageCode, 'stated'>, lang);
}

/** "8th of 36 OECD members", "not ranked (partial edition)", "not ranked (non-member)"; "–" without a score. */
export function rankCell(s: FigureStatement, lang: Lang): string {
  if (s.rank) return formatRank(s.rank.position, s.rank.of, s.rank.set, lang);
  if (s.notRanked === 'partial-edition') return translate(lang, 'country.notRankedPartial');
  if (s.notRanked === 'outside-ranked-set') return formatRank(null, null, 'oecd-members', lang);
  return '–';
}

/** The OECD average the statement says ("0.70"), or "–". */
export function averageCell(s: FigureStatement, lang: Lang): string {
  return s.average ? formatNumber(s.average.value, s.average.decimals, lang) : '–';
}

/**
 * Score minus the average said, each rounded as printed (half away from zero, as Intl prints them) at the
 * fewer decimals of the two, so the gap equals the difference of the printed figures; undefined without
 * both. The one gap every table, card and verdict says.
 */
export function statedGap(s: FigureStatement): { value: number; decimals: number } | undefined {
  if (!s.score || !s.average) return undefined;
  const decimals = Math.min(s.score.decimals, s.average.decimals);
  return { value: roundTo(roundTo(s.score.value, decimals) - roundTo(s.average.value, decimals), decimals), decimals };
}

/** The stated gap, signed, in the reader's language; undefined without both figures. */
export function gapCell(s: FigureStatement, lang: Lang): { text: string; up: boolean } | undefined {
  const gap = statedGap(s);
  return gap && { text: signedNumber(gap.value, gap.decimals, lang), up: gap.value >= 0 };
}

/** The change said (printed where printed), with its sign: "+0.13"; "–" across a break or scale change, or without one. */
export function changeCell(s: FigureStatement, lang: Lang): string {
  const c = s.change;
  return c?.kind === 'stated' ? signedNumber(c.value, c.decimals, lang) : '–';
}
