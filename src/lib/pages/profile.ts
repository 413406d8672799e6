import { formatNumber, formatRank, formatSigned } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import { decimalsFor } from '../model/levels.ts';
import type { IndexDefinition } from '../manifest/schema.ts';
import type { Edition, RankedObservation } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { absenceText, coverageStatus, shownAverage, type ShownAverage } from '../query/editions.ts';

/** One index's lead on a profile: the newest edition that covers the country, and the newer ones that do not. */
export interface ProfileLead {
  index: string;
  indexLabel: string;
  /** Newer editions that do not include the country, said in words ("DGI 2025 does not include Korea."). */
  absentFrom: string[];
  /** The newest edition covering the country; undefined when none does. */
  edition?: Edition;
  /** "DGI 2025 (partial edition)". */
  heading: string;
  /** Formatted composite, or undefined when the edition gives only parts. */
  score?: string;
  partial: boolean;
  /** The partial edition's sentence on what is missing. */
  partialNote?: string;
  /** "1st of 33 OECD members", "not ranked (partial edition)". */
  rank?: string;
  average: (ShownAverage & { label: string }) | null;
  /** Signed gap to the shown average, and whether above it. */
  gap?: { text: string; up: boolean };
  /** "+0.02 since 2023"; across a methodology break it says so. */
  change?: string;
  /** The change in words with a sign and an arrow ("▲ Up +0.02 since 2023"), or why there is no comparable one. */
  trend?: string;
  /** True when `trend` says there is no comparable earlier edition (the fact sheet leaves that sentence out for space). */
  trendAcrossBreak?: boolean;
  /** "Scale 0 to 1, 1 is best." */
  scale: string;
  /** What the score measures, from the manifest. */
  meaning?: string;
  /** "Top quarter of the 33 ranked countries". */
  quartile?: string;
  /** Why the country has no rank, where it has none. */
  whyNotRanked?: string;
  /** Figures the OECD printed beside the computed ones. */
  printed: string[];
  /** "No edition of the DGI held here covers the United States." */
  none?: string;
}

export interface ProfileView {
  iso3: string;
  name: string;
  member: boolean;
  leads: ProfileLead[];
  /** Short "DGI 2025 0.83 (partial edition)" figure for the page description and search. */
  keyFigure: string;
}

function lead(queries: DataIndex, lang: Lang, iso3: string, index: string): ProfileLead {
  const def = queries.requireIndex(index);
  const indexLabel = def.shortLabel[lang];
  const country = queries.requireCountry(iso3).name[lang];
  const newestFirst = [...queries.editions(index)].reverse();
  const absentFrom: string[] = [];
  let edition: Edition | undefined;
  for (const e of newestFirst) {
    const status = coverageStatus(queries, e, iso3);
    if (status === 'covered' || status === 'partial') {
      edition = e;
      break;
    }
    absentFrom.push(absenceText(queries, e, iso3, lang));
  }
  if (!edition) {
    return { index, indexLabel, absentFrom, heading: indexLabel, partial: false, average: null, printed: [], none: translate(lang, 'country.inNoEdition', { index: indexLabel, country }), ...explain(def, lang) };
  }
  const partial = edition.status === 'partial';
  const o = queries.observation(index, edition.edition, iso3, 'composite');
  const decimals = decimalsFor(edition, def, 'composite');
  const average = shownAverage(queries, queries.stats(index, edition.edition, 'composite'), lang);
  const view: ProfileLead = {
    index,
    indexLabel,
    absentFrom,
    edition,
    heading: `${indexLabel} ${edition.edition}${partial ? ` (${translate(lang, 'edition.partial')})` : ''}`,
    partial,
    ...(partial && edition.completeness.status === 'partial' ? { partialNote: edition.completeness.missing[lang] } : {}),
    average: average && { ...average, label: translate(lang, average.printed ? 'country.printedAverage' : 'country.oecdAverage') },
    printed: [],
    ...explain(def, lang),
  };
  if (!o) return view;
  view.score = formatNumber(o.value, decimals, lang);
  view.rank = partial ? translate(lang, 'country.notRankedPartial') : formatRank(o.rank, o.rankedOf, edition.rankedSet, lang);
  if (average) view.gap = { text: formatSigned(o.value - average.value, decimals, lang), up: o.value >= average.value };
  if (o.change) {
    const places = changePlaces(queries, o, decimals);
    view.change = changeText(lang, o, places);
    view.trend = trendText(lang, o, places);
    view.trendAcrossBreak = o.change.methodologyBreak;
  }
  if (o.rank !== null && o.rankedOf) view.quartile = translate(lang, `card.quartile.${quartile(o.rank, o.rankedOf)}`, { count: o.rankedOf });
  else view.whyNotRanked = translate(lang, partial ? 'card.whyNotRanked.partial' : 'card.whyNotRanked.member', { country });
  view.printed = printedTexts(lang, o, decimals);
  return view;
}

/** The quarter (1 = top) a rank falls in among `of` ranked countries: ranks 1–8 of 33 are the top quarter; first is always top. */
export function quartile(rank: number, of: number): 1 | 2 | 3 | 4 {
  if (rank <= 1) return 1;
  return Math.min(4, Math.max(1, Math.ceil((4 * rank) / of))) as 1 | 2 | 3 | 4;
}

function explain(def: IndexDefinition, lang: Lang): Pick<ProfileLead, 'scale' | 'meaning'> {
  const scale = translate(lang, 'card.scale', { min: formatNumber(def.scale.min, 0, lang), max: formatNumber(def.scale.max, 0, lang) });
  return { scale, ...(def.meaning ? { meaning: def.meaning[lang] } : {}) };
}

/** The change in words: up, down or unchanged, with its sign and an arrow, so colour is never the only carrier. */
function trendText(lang: Lang, o: RankedObservation, places: number): string {
  const change = o.change!;
  if (change.methodologyBreak) return translate(lang, 'card.noComparable', { edition: change.fromEdition });
  const shown = Number(change.delta.toFixed(places));
  const key = shown > 0 ? 'card.up' : shown < 0 ? 'card.down' : 'card.same';
  return translate(lang, key, { change: formatSigned(change.delta, places, lang), edition: change.fromEdition });
}

/** Decimals a change is shown with: the fewer of the two editions' (2023's 3 against 2025's 2 gives 2). */
function changePlaces(queries: DataIndex, o: RankedObservation, decimals: number): number {
  const before = queries.requireEdition(o.index, o.change!.fromEdition);
  return Math.min(decimals, decimalsFor(before, queries.requireIndex(o.index), o.indicator));
}

function changeText(lang: Lang, o: RankedObservation, places: number): string {
  const change = o.change!;
  return translate(lang, change.methodologyBreak ? 'country.sinceBreak' : 'country.since', { change: formatSigned(change.delta, places, lang), edition: change.fromEdition });
}

function printedTexts(lang: Lang, o: RankedObservation, decimals: number): string[] {
  const texts: string[] = [];
  if (o.printedRank && o.printedRank.value !== o.rank) texts.push(translate(lang, 'country.printedRank', { rank: o.printedRank.text }));
  if (o.printedChange && !(o.change && o.change.fromEdition === o.printedChange.since && Number(o.change.delta.toFixed(decimals)) === o.printedChange.value)) {
    texts.push(translate(lang, 'country.printedChange', { edition: o.printedChange.since, change: formatSigned(o.printedChange.value, decimals, lang) }));
  }
  return texts;
}

/** The figures a country profile leads with, per index, in the reader's language. */
export function profileView(queries: DataIndex, lang: Lang, iso3: string): ProfileView {
  const country = queries.requireCountry(iso3);
  const name = country.name[lang];
  const leads = queries.dataset.indices.map((index) => lead(queries, lang, iso3, index.id));
  const first = leads[0]!;
  const keyFigure = first.score
    ? `${first.heading} ${first.score}${first.rank && !first.partial ? `, ${first.rank}` : ''}`
    : first.none ?? first.absentFrom[0] ?? first.heading;
  return { iso3, name, member: country.oecdMember, leads, keyFigure };
}
