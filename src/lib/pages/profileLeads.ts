import { formatNumber } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { IndexDefinition } from '../manifest/schema.ts';
import type { Edition } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import type { ShownAverage } from '../query/editions.ts';
import { averageCell, changeCell, gapCell, rankCell, scoreCell } from '../statements/cells.ts';
import { sayChange, sayCoverages } from '../statements/say.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { FigureStatement } from '../statements/types.ts';
import { verdictView, type VerdictView } from './profileVerdict.ts';

/** One index's lead on a profile: the newest edition that covers the country, and the newer ones that do not. */
export interface ProfileLead {
  index: string;
  indexLabel: string;
  /** Newer editions that do not include the country, each reason said once ("The United States did not take part in DGI 2023 and 2025."). */
  absentFrom: string[];
  /** Newer editions in which the OECD assessed the country but whose results are not transcribed here (their notes are linked). */
  assessedIn: Edition[];
  /** The newest edition covering the country; undefined when none does. */
  edition?: Edition;
  /** What the site says about the composite in that edition. */
  statement?: FigureStatement;
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
  /** "+0.13 since 2023" (the printed change where the OECD prints one), or why none is shown. */
  change?: string;
  /** The change in one sentence, with a word and no sign ("Up 0.13 since 2023, as printed by the OECD."), or why there is none. */
  trend?: string;
  /** The printed and the computed change differ beyond rounding: the trend says both, and links the data-quality entry. */
  changeDiffers?: boolean;
  /** True when `trend` says there is no comparable earlier edition (the fact sheet leaves that sentence out for space). */
  trendAcrossBreak?: boolean;
  /** "Scale 0 to 1, 1 is best." */
  scale: string;
  /** What the score measures, from the manifest. */
  meaning?: string;
  /** Figures the OECD printed beside the computed ones. */
  printed: string[];
  /** "No edition of the DGI held here covers the United States." */
  none?: string;
  /** The sentence and the row of key figures the profile opens with (lib/pages/profileVerdict.ts). */
  verdict?: VerdictView;
}

export interface ProfileView {
  iso3: string;
  name: string;
  member: boolean;
  leads: ProfileLead[];
  /** Short "DGI 2025 0.83 (partial edition)" figure for the page description and search. */
  keyFigure: string;
}

function lead(data: DataIndex, lang: Lang, iso3: string, index: string): ProfileLead {
  const def = data.requireIndex(index);
  const statements = statementsOf(data);
  const indexLabel = def.shortLabel[lang];
  const country = data.requireCountry(iso3).name[lang];
  const newestFirst = [...data.editions(index)].reverse();
  const absent: FigureStatement[] = [];
  let edition: Edition | undefined;
  let s: FigureStatement | undefined;
  for (const e of newestFirst) {
    const composite = statements.figure(index, e.edition, iso3, 'composite')!;
    if (composite.coverage === 'stated' || composite.coverage === 'not-stated-in-source') {
      edition = e;
      s = composite;
      break;
    }
    absent.push(composite);
  }
  const absentFrom = sayCoverages(absent, lang);
  const assessedIn = absent.filter((a) => a.coverage === 'assessed-not-transcribed').map((a) => data.requireEdition(index, a.edition));
  if (!edition || !s) {
    return { index, indexLabel, absentFrom, assessedIn, heading: indexLabel, partial: false, average: null, printed: [], ...(absentFrom.length ? {} : { none: translate(lang, 'country.inNoEdition', { index: indexLabel, country }) }), ...explain(def, lang) };
  }
  const partial = edition.status === 'partial';
  const average = s.average && { value: s.average.value, text: averageCell(s, lang), printed: s.average.basis === 'printed' };
  const view: ProfileLead = {
    index,
    indexLabel,
    absentFrom,
    assessedIn,
    edition,
    statement: s,
    heading: `${indexLabel} ${edition.edition}${partial ? ` (${translate(lang, 'edition.partial')})` : ''}`,
    partial,
    ...(partial && edition.completeness.status === 'partial' ? { partialNote: edition.completeness.missing[lang] } : {}),
    average: average && { ...average, label: translate(lang, average.printed ? 'country.printedAverage' : 'country.oecdAverage') },
    printed: [],
    verdict: verdictView(data, lang, s),
    ...explain(def, lang),
  };
  if (!s.score) return view;
  view.score = scoreCell(s, lang);
  view.rank = rankCell(s, lang);
  const gap = gapCell(s, lang);
  if (gap) view.gap = gap;
  if (s.change) {
    view.change = s.change.kind === 'stated' ? translate(lang, 'country.since', { change: changeCell(s, lang), edition: s.change.since }) : sayChange(s, lang)!;
    view.trend = sayChange(s, lang)!;
    view.trendAcrossBreak = s.change.kind === 'not-comparable';
    view.changeDiffers = s.change.kind === 'stated' && s.change.computed !== undefined;
  }
  if (s.printedRank?.differs) view.printed.push(translate(lang, 'country.printedRank', { rank: s.printedRank.text }));
  return view;
}

function explain(def: IndexDefinition, lang: Lang): Pick<ProfileLead, 'scale' | 'meaning'> {
  const scale = translate(lang, 'card.scale', { min: formatNumber(def.scale.min, 0, lang), max: formatNumber(def.scale.max, 0, lang) });
  return { scale, ...(def.meaning ? { meaning: def.meaning[lang] } : {}) };
}

/** The figures a country profile leads with, per index, in the reader's language. */
export function profileView(data: DataIndex, lang: Lang, iso3: string): ProfileView {
  const country = data.requireCountry(iso3);
  const name = country.name[lang];
  const leads = data.dataset.indices.map((index) => lead(data, lang, iso3, index.id));
  const first = leads[0]!;
  const keyFigure = first.score
    ? `${first.heading} ${first.score}${first.rank && !first.partial ? `, ${first.rank}` : ''}`
    : first.none ?? first.absentFrom[0] ?? first.heading;
  return { iso3, name, member: country.oecdMember, leads, keyFigure };
}
