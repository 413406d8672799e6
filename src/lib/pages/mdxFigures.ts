import { checkReference, editionOf, type DataReference } from '../content/references.ts';
import { formatDate } from '../i18n/format.ts';
import { rankCell, scoreCell } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { Lang } from '../i18n/languages.ts';
import { phrase } from '../i18n/phrases.ts';
import { translator } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { latestComplete, shownAverage } from '../query/editions.ts';
import { comparisonView, type ComparisonView } from './comparison.ts';
import type { PageContext } from './context.ts';
import { notCoveredText, rankText } from './figureText.ts';
import { rankingView, type RankingView } from './ranking.ts';

/**
 * What the MDX data components (`<Score>`, `<Rank>`, `<OecdAverage>`, `<IndicatorChart>`, `<CountryCompare>`,
 * `<Editions>`, `<NewestEdition>`, `<LatestComplete>`, `<CountryCount>`) show, from the page context the
 * middleware made: editors place them inside content, where no route can hand them a model, so each builds
 * its own small one here. Every figure and edition name a text gives goes through one of them, so the words
 * follow the data when an edition is added.
 */

/**
 * The context a component of a text written in `textLang` works in: its figures and words in the text's
 * language (an English note shown on a Spanish page keeps English numbers and words, never spliced with
 * Spanish ones), its links still to pages in the reader's language.
 */
export function textContext(ctx: PageContext, textLang: Lang | undefined): PageContext {
  if (!textLang || textLang === ctx.lang) return ctx;
  return { ...ctx, lang: textLang, t: translator(textLang) };
}

/** Resolves a component's props with the same checkReference `npm run check` runs first. */
function resolve(ctx: PageContext, component: string, props: object): { ref: DataReference; edition: Edition } {
  const { textLang: _, ...rest } = props as { textLang?: unknown };
  const ref = rest as DataReference;
  const problems = checkReference(ctx.data, component, rest as Record<string, unknown>);
  if (problems.length) throw new Error(`${problems.join('; ')} (run "npm run check" for the file and line)`);
  const edition = editionOf(ctx.data, ref.index!, ref.edition);
  if (!edition) throw new Error(`${component}: no edition "${ref.edition ?? 'latest'}" of ${ref.index} (run "npm run check" for the file and line)`);
  return { ref, edition };
}

/** A score in running text: the figure with its machine-readable value, or why there is none. */
interface ScoreText {
  /** The source's text of the value, for `<data value>`. */
  value?: string;
  text: string;
  /** "(partial edition 2025)" after the figure. */
  note?: string;
}

export function scoreText(ctx: PageContext, props: { country: string; index: string; indicator: string; edition?: string }): ScoreText {
  const { data, lang, t } = ctx;
  const { edition } = resolve(ctx, 'Score', props);
  // What the site says of this figure everywhere (lib/statements): the score at the edition's decimals, or why there is none.
  const said = statementsOf(data).figure(props.index, edition.edition, props.country, props.indicator);
  const partial = edition.status === 'partial';
  if (!said?.score) return { text: said ? scoreCell(said, lang) : partial ? t('country.notStated') : notCoveredText(data, edition, lang) };
  return {
    value: said.score.text,
    text: scoreCell(said, lang),
    ...(partial ? { note: `(${t('edition.partial')} ${edition.edition})` } : {}),
  };
}

export function rankInText(ctx: PageContext, props: { country: string; index: string; indicator: string; edition?: string }): string {
  const { edition } = resolve(ctx, 'Rank', props);
  // The rank the statements give (one tie rule everywhere); without a score or a stated reason, why there is none.
  const said = statementsOf(ctx.data).figure(props.index, edition.edition, props.country, props.indicator);
  return said?.score && (said.rank || said.notRanked) ? rankCell(said, ctx.lang) : rankText(ctx.data, edition, props.country, props.indicator, ctx.lang);
}

/** The OECD average: computed in a complete edition; in a partial one the OECD's printed figure, said to be so. */
export function averageText(ctx: PageContext, props: { index: string; indicator: string; edition?: string }): ScoreText | undefined {
  const { data, lang } = ctx;
  const { edition: named } = resolve(ctx, 'OecdAverage', props);
  // Without an edition: the newest that gives this indicator an average (OURdata 2025 publishes no sub-pillars).
  const candidates = props.edition === undefined ? [...data.editions(props.index)].reverse() : [named];
  const found = candidates
    .map((e) => ({ edition: e, average: shownAverage(data, data.stats(props.index, e.edition, props.indicator), lang) }))
    .find((c) => c.average);
  if (!found) return undefined;
  const { edition, average } = found as { edition: Edition; average: NonNullable<typeof found.average> };
  return {
    value: average.printed ? String(average.value) : average.value.toFixed(6),
    text: average.text,
    // The edition always: an average without its year goes stale the day another edition is added.
    note: phrase(lang, 'mdx.averageOf', { index: data.requireIndex(edition.index).shortLabel[lang], edition: edition.edition, partial: edition.status === 'partial' ? 'yes' : 'no', printed: average.printed ? 'yes' : 'no' }),
  };
}

/** "DGI 2023", "DGI 2025 (partial edition)". */
function editionName(data: DataIndex, edition: Edition, lang: Lang): string {
  return phrase(lang, 'mdx.editionName', { index: data.requireIndex(edition.index).shortLabel[lang], edition: edition.edition, partial: edition.status === 'partial' ? 'yes' : 'no' });
}

/** Countries with at least one value in the edition. */
function coveredCountries(data: DataIndex, edition: Edition): string[] {
  const covered = new Set<string>();
  for (const indicator of data.requireIndex(edition.index).indicators) {
    for (const o of data.ranking(edition.index, edition.edition, indicator.id)) covered.add(o.iso3);
  }
  return [...covered];
}

/** `<NewestEdition index="dgi" />`: the newest edition, complete or not: "DGI 2025 (partial edition)". */
export function newestEdition(ctx: PageContext, props: { index: string }): string {
  const { edition } = resolve(ctx, 'NewestEdition', { ...props, edition: 'latest' });
  return editionName(ctx.data, edition, ctx.lang);
}

/** `<LatestComplete index="dgi" />`: the newest complete edition, the one ranks and computed averages come from: "DGI 2023". */
export function latestCompleteEdition(ctx: PageContext, props: { index: string }): string {
  resolve(ctx, 'LatestComplete', props);
  return editionName(ctx.data, latestComplete(ctx.data, props.index), ctx.lang);
}

/** `<CountryCount index="dgi" edition="2023" />`: "38 countries", the countries with a value in the edition. */
export function countryCount(ctx: PageContext, props: { index: string; edition?: string }): string {
  const { edition } = resolve(ctx, 'CountryCount', props);
  return phrase(ctx.lang, 'mdx.countries', { count: coveredCountries(ctx.data, edition).length });
}

/** One edition in `<Editions>`: its name, then what it covers, who is ranked and whether it compares with the one before. */
interface EditionItem {
  name: string;
  text: string;
}

/** `<Editions index="dgi" />`: every edition of an index the site holds, oldest first, from the manifest and the data. */
export function editionList(ctx: PageContext, props: { index: string }): EditionItem[] {
  const { data, lang } = ctx;
  resolve(ctx, 'Editions', props);
  return data.editions(props.index).map((edition) => {
    const covered = coveredCountries(data, edition);
    const ranked = new Set(data.ranking(edition.index, edition.edition, 'composite').filter((o) => o.rank !== null).map((o) => o.iso3)).size;
    const previous = edition.previous ? data.edition(edition.index, edition.previous) : undefined;
    return {
      name: editionName(data, edition, lang),
      text: phrase(lang, 'mdx.editionItem', {
        published: formatDate(edition.published, lang),
        count: covered.length,
        ranking: edition.status === 'partial' ? 'partial' : edition.rankedSet === 'all-participants' ? 'all' : 'members',
        ranked,
        others: covered.length - ranked,
        untranscribed: edition.assessedNotTranscribed.length,
        comparable: previous && !edition.comparableWithPrevious ? 'no' : 'yes',
        previous: previous ? editionName(data, previous, lang) : '',
      }),
    };
  });
}

export function indicatorChart(ctx: PageContext, props: { index: string; indicator: string; edition?: string }): RankingView {
  const { edition } = resolve(ctx, 'IndicatorChart', props);
  return rankingView(ctx, props.index, edition.edition, props.indicator, { id: `mdx-${props.index}-${edition.edition}-${props.indicator}` });
}

export function countryComparison(ctx: PageContext, props: { countries: string[]; index: string; edition?: string }): ComparisonView {
  const { edition } = resolve(ctx, 'CountryCompare', props);
  return comparisonView(ctx, props.countries, props.index, edition.edition, `mdx-compare-${props.index}-${props.countries.join('-').toLowerCase()}`);
}
