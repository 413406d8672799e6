import { oecdAccession } from '../countries/membership.ts';
import { countryNumber, countryPhrase } from '../countries/grammar.ts';
import { formatDate, formatNumber, formatOrdinal } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { listOf, phrase, sentenceCase, signedNumber, unsignedNumber, type SentenceKey } from '../i18n/phrases.ts';
import type { FigureStatement } from './types.ts';

/**
 * Sentences for statements, one per situation, in the reader's language: the figure (score, rank, tie),
 * the OECD average, the change, the coverage, and a country's highest and lowest dimension. Each says
 * what its statement says and nothing more; none decides anything (see stateFigure).
 */

/** "DGI 2025 (partial edition)", "l'édition 2025 (partielle) de l'indice DGI", "DGI 2025 (edición parcial)". */
export function sayEdition(s: FigureStatement, lang: Lang): string {
  return phrase(lang, 'edition', { index: s.about.index[lang], edition: s.edition, partial: s.editionStatus === 'partial' ? 'yes' : 'no' });
}

const country = (iso3: string, lang: Lang) => ({ country: countryPhrase(iso3, lang), countryTo: countryPhrase(iso3, lang, 'to'), num: countryNumber(iso3, lang) });

/**
 * The figure in one sentence: "The Netherlands scores 0.76 in DGI 2025 (partial edition); no rank is
 * computed in a partial edition." A statement without a score gets its coverage sentence.
 */
export function sayFigure(s: FigureStatement, lang: Lang): string {
  if (!s.score) return sayCoverage(s, lang);
  const rank = s.rank ? (s.rank.set === 'oecd-members' ? 'members' : 'all') : s.notRanked === 'partial-edition' ? 'partial' : s.notRanked === 'outside-ranked-set' ? 'outside' : 'none';
  const tied = s.rank !== null && s.rank.tiedWith.length > 0;
  return sentenceCase(
    phrase(lang, 'figure', {
      ...country(s.iso3, lang),
      score: formatNumber(s.score.value, s.score.decimals, lang),
      hasIndicator: s.about.level === 'composite' ? 'no' : 'yes',
      indicator: s.about.indicator[lang],
      edition: sayEdition(s, lang),
      rank,
      ordinal: s.rank ? formatOrdinal(s.rank.position, lang) : '',
      position: s.rank?.position ?? 0,
      total: s.rank?.of ?? 0,
      tied: tied ? 'yes' : 'no',
      others: tied ? listOf(s.rank!.tiedWith.map((iso3) => countryPhrase(iso3, lang)), lang) : '',
    }),
    lang,
  );
}

/** "The OECD average is 0.605." / "The OECD average, as printed by the OECD, is 0.70."; undefined without one. */
export function sayAverage(s: FigureStatement, lang: Lang): string | undefined {
  const a = s.average;
  if (!a) return undefined;
  return phrase(lang, 'average', { basis: a.basis, average: formatNumber(a.value, a.decimals, lang), differs: a.printedDiffers ? 'yes' : 'no', printed: a.printedDiffers ? formatNumber(Number(a.printedDiffers), a.decimals, lang) : '' });
}

/**
 * The change in one sentence: with a word and no sign ("Up 0.13 since 2023, as printed by the OECD."),
 * or, where the printed and computed changes differ beyond rounding, both with their signs; across a
 * methodology break or a change of scale, why none is shown. Undefined without an earlier score.
 */
export function sayChange(s: FigureStatement, lang: Lang): string | undefined {
  const c = s.change;
  if (!c) return undefined;
  if (c.kind === 'not-comparable') {
    const reason = c.reasons.length > 1 ? 'both' : c.reasons[0] === 'scale-change' ? 'scale' : 'break';
    return phrase(lang, 'change.none', { since: c.since, reason });
  }
  if (c.computed) {
    return phrase(lang, 'change.differs', { printed: signedNumber(c.value, c.decimals, lang), computed: signedNumber(c.computed.value, c.decimals, lang), since: c.since, reason: c.computed.reason === 'printed-differs-from-parts' ? 'parts' : 'scores' });
  }
  const shown = Number(c.value.toFixed(c.decimals));
  return phrase(lang, 'change.stated', { direction: shown > 0 ? 'up' : shown < 0 ? 'down' : 'same', amount: unsignedNumber(c.value, c.decimals, lang), since: c.since, basis: c.basis });
}

/** Why a statement has no score, in one sentence ("The United States did not take part in DGI 2025."). */
export function sayCoverage(s: FigureStatement, lang: Lang): string {
  if (s.coverage === 'stated') return sayFigure(s, lang);
  const joined = oecdAccession[s.iso3];
  return sentenceCase(
    phrase(lang, `coverage.${s.coverage}` as SentenceKey, {
      ...country(s.iso3, lang),
      edition: sayEdition(s, lang),
      indicator: s.about.indicator[lang],
      date: formatDate(s.about.membershipAsOf, lang),
      joined: joined ? formatDate(joined.slice(0, 7), lang) : '',
    }),
    lang,
  );
}

/**
 * A country's dimensions in one edition in a sentence: none, one ("has a score on 1 dimension: …",
 * never "highest: X; lowest: X"), all equal, or the highest and lowest (ties listed together).
 * `unit` names the level: DGI dimensions, OURdata pillars.
 */
export function sayExtremes(statements: readonly FigureStatement[], lang: Lang, unit: 'dimension' | 'pillar' = 'dimension'): string | undefined {
  const first = statements[0];
  if (!first) return undefined;
  const scored = statements.filter((s) => s.score !== null);
  const shown = (s: FigureStatement) => Number(s.score!.text);
  const max = Math.max(...scored.map(shown));
  const min = Math.min(...scored.map(shown));
  const labelled = (value: number) => {
    const at = scored.filter((s) => shown(s) === value);
    return phrase(lang, 'labelled', { label: listOf(at.map((s) => s.about.indicator[lang]), lang), score: formatNumber(value, at[0]!.score!.decimals, lang) });
  };
  return sentenceCase(
    phrase(lang, 'extremes', {
      ...country(first.iso3, lang),
      count: scored.length,
      unit,
      edition: sayEdition(first, lang),
      spread: scored.length > 1 && max === min ? 'same' : 'other',
      score: scored.length ? formatNumber(max, scored[0]!.score!.decimals, lang) : '',
      best: scored.length ? labelled(max) : '',
      worst: scored.length ? labelled(min) : '',
    }),
    lang,
  );
}

/**
 * Why a country has no score in several editions of one index, each reason said once: editions with the
 * same reason side by side share one sentence ("The United States did not take part in DGI 2019, 2023
 * and 2025."); others get their own. `statements` are the composite's, in the order they are to be read.
 */
export function sayCoverages(statements: readonly FigureStatement[], lang: Lang): string[] {
  const runs: FigureStatement[][] = [];
  for (const s of statements) {
    const last = runs.at(-1);
    if (last && last[0]!.coverage === s.coverage && last[0]!.index === s.index) last.push(s);
    else runs.push([s]);
  }
  return runs.map((run) => {
    const first = run[0]!;
    if (run.length === 1 || (first.coverage !== 'did-not-take-part' && first.coverage !== 'not-in-edition')) return run.map((s) => sayCoverage(s, lang)).join(' ');
    const years = [...run].sort((a, b) => a.edition.localeCompare(b.edition)).map((s) => s.edition);
    return sentenceCase(phrase(lang, `coverage.many.${first.coverage}`, { ...country(first.iso3, lang), index: first.about.index[lang], editions: listOf(years, lang) }), lang);
  });
}
