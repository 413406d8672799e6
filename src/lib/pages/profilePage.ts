import { countrySpellings } from '../countries/registry.ts';
import { formatDate, formatNumber, titled } from '../i18n/format.ts';
import { translate, type MessageKey } from '../i18n/translate.ts';
import type { Editorial } from '../content/editorial.ts';
import type { IndexDefinition } from '../manifest/schema.ts';
import type { Edition, RankedObservation } from '../model/types.ts';
import { nearestPeers } from '../query/peers.ts';
import { decimalsOf } from './figures.ts';
import { sitePath } from '../urls/paths.ts';
import type { Link, PageContext } from './context.ts';
import { pageHead, type PageHead } from './head.ts';
import { countryEditionView, type CountryEditionView } from './countryEdition.ts';
import { gapToTargetView, type GapToTargetView } from './gapToTarget.ts';
import { countryHistoryView, type CountryHistoryView } from './countryHistory.ts';
import { sayCoverages } from '../statements/say.ts';
import { sourcesOf } from '../output/citations.ts';
import { listOf } from '../i18n/phrases.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import { groupPeersView, type GroupPeersView } from './groupPeers.ts';
import { profileView, type ProfileLead } from './profileLeads.ts';
import { followView, type FollowView } from './follow.ts';
import { editionProvenance, type ProvenanceView } from './provenance.ts';

/**
 * A verdict card: the lead with the OECD's country notes of the editions that assessed the country
 * without being transcribed, and the data-quality entry where the printed and computed changes differ.
 */
export type ProfileCard = ProfileLead & { notes: Link[]; quality?: Link };

/** One edition of an index on the profile, newest first: its figures where it covers the country, else why not. */
export interface ProfileEdition {
  /** The heading's id (`h-dgi-2023`). */
  id: string;
  /** "DGI 2023". */
  title: string;
  partial: boolean;
  /** The edition the index's section leads with (charted and printed); older ones are tables, folded, screen only. */
  lead: boolean;
  /** The edition's figures; for the lead edition without its partial note, which the section's "about" fold says. */
  figures: CountryEditionView;
}

export interface ProfileSection {
  index: string;
  label: string;
  /** "Scale 0 to 1, 1 is best." and what the score measures, in the section's "about" fold. */
  about: string;
  /** That fold's summary: "DGI 2025 (partial edition): what the scores mean". */
  aboutLabel: string;
  /** The lead edition's partial note ("This edition is partial: …"), in that fold, printed. */
  partialNote?: string;
  /** The editions covering the country, newest first. */
  editions: ProfileEdition[];
  /** The fold's summary for the editions other than the lead: "Earlier editions: DGI 2023, DGI 2019". */
  earlierLabel?: string;
  /** Older editions that do not cover it, each reason said once ("Germany did not take part in DGI 2019."). */
  absences: string[];
  /** Nothing to show: no edition covers the country (the card says why), so the section is left out. */
  empty: boolean;
  /** The countries whose composite is closest, in the lead edition ("DGI 2023"). */
  peers?: { edition: string; countries: { href: string; name: string; score: string }[] };
  history?: CountryHistoryView;
  /** The lead edition's chart and the history are both drawn at the phone width: wide screens show them side by side. */
  pairCharts: boolean;
  /** Gaps to the OECD average, the next rank up and the top quarter, in the newest complete edition covering the country. */
  gapToTarget?: GapToTargetView;
}

/** Everything a country profile shows, in the reader's language. */
export interface ProfilePage {
  head: PageHead;
  iso3: string;
  name: string;
  /** "OECD member" or "Partner country". */
  membership: string;
  /** Every known spelling of the name, for search. */
  spellings: string[];
  /** The names the OECD sources print, where they differ. */
  alsoPublishedAs?: string;
  /** The editions shown with their publication dates, for the printed masthead. */
  printEditions: string;
  /** One per index, the page's opening: the verdict sentence and key figures of its newest edition covering the country. */
  cards: ProfileCard[];
  sections: ProfileSection[];
  groups: GroupPeersView[];
  /** The comparison page with the country and its three nearest peers; none without peers (nobody to compare with). */
  compare?: Link;
  /** How the scores are measured (the methodology page). */
  methodology: string;
  /** The country's data files. */
  downloads: Link[];
  /** The country note, in the reader's language where written. */
  note: Editorial<'countries'> | undefined;
  /** A citation line per edition covering the country. */
  citations: string[];
  /** Per index id: where its lead card's figures were printed (lib/pages/provenance.ts). */
  provenance: Record<string, ProvenanceView>;
  /** Per edition heading id (`h-dgi-2023`): where that edition's figures were printed. */
  editionProvenance: Record<string, ProvenanceView>;
  /** Data last changed, corrections, feed, cite this page (lib/pages/follow.ts). */
  follow: FollowView;
  /** The countries before and after this one in alphabetical order of the reader's language, to read profiles in turn. */
  neighbours: { previous?: Link; next?: Link };
  /** The list of every profile ("All 48 country profiles"), to go to any without JavaScript. */
  countries: Link;
}

const PEERS = 4;
const COMPARED_PEERS = 3;

/** Ends a text with a full stop unless it already ends a sentence ("… covers United States."). */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function section(ctx: PageContext, iso3: string, index: IndexDefinition, lead: ProfileLead, peers: RankedObservation[]): ProfileSection {
  const { data, lang } = ctx;
  const editions = [...data.editions(index.id)].reverse();
  const last = lead.edition ?? editions[0]!;
  const statements = statementsOf(data);
  const composite = (e: Edition) => statements.figure(index.id, e.edition, iso3, 'composite')!;
  const covers = (e: Edition) => ['stated', 'not-stated-in-source'].includes(composite(e).coverage);
  let partialNote: string | undefined;
  const edition = (e: Edition): ProfileEdition => {
    const { partialNote: note, ...figures } = countryEditionView(ctx, iso3, e, e !== last);
    if (e === last) partialNote = note;
    if (e === last) return { id: `h-${index.id}-${e.edition}`, title: `${index.shortLabel[lang]} ${e.edition}`, partial: e.status === 'partial', lead: true, figures };
    // An earlier edition's rows link each dimension's page (which holds every edition's questions), without the
    // "What this dimension asks" link beside it: the folded tables stay out of the profile's 20 kB first view.
    const tables = figures.tables.map((table) => ({ ...table, rows: table.rows.map(({ asks: _asks, ...row }) => row) }));
    return { id: `h-${index.id}-${e.edition}`, title: `${index.shortLabel[lang]} ${e.edition}`, partial: e.status === 'partial', lead: false, figures: { ...figures, tables, ...(note ? { partialNote: note } : {}) } };
  };
  // Editions newer than the lead are said on the card; older ones that do not cover the country, once here.
  const older = editions.slice(lead.edition ? editions.indexOf(lead.edition) + 1 : editions.length);
  const covering = editions.filter(covers).map(edition);
  const earlier = covering.filter((e) => !e.lead);
  const view: ProfileSection = {
    index: index.id,
    label: index.label[lang],
    about: [lead.scale, lead.meaning].filter(Boolean).join(' '),
    aboutLabel: translate(lang, 'profile.about', { edition: lead.heading }),
    ...(partialNote ? { partialNote } : {}),
    editions: covering,
    ...(earlier.length ? { earlierLabel: translate(lang, 'profile.earlier', { editions: listOf(earlier.map((e) => e.title), lang) }) } : {}),
    absences: sayCoverages(older.filter((e) => !covers(e)).map(composite), lang),
    empty: !editions.some(covers),
    pairCharts: false,
  };
  if (peers.length) {
    const decimals = decimalsOf(data, index.id, last.edition, 'composite');
    view.peers = {
      edition: `${index.shortLabel[lang]} ${last.edition}`,
      countries: peers.map((p) => ({ href: ctx.href(sitePath.country(p.iso3)), name: data.requireCountry(p.iso3).name[lang], score: formatNumber(p.value, decimals, lang) })),
    };
  }
  const history = countryHistoryView(ctx, iso3, index.id);
  if (history) view.history = history;
  view.pairCharts = Boolean(history?.figure.compact && view.editions.find((e) => e.lead)?.figures.figure?.compact);
  const gapToTarget = gapToTargetView(ctx, iso3, index.id);
  if (gapToTarget) view.gapToTarget = gapToTarget;
  return view;
}

/**
 * One line per source of the editions shown, each source once (DGI 2025 and OURdata 2025 share one): the
 * editions it holds, its reference, its licence, and what the site computed, said only where it did
 * (ranks and averages of complete editions; a partial edition's figures are as published).
 */
export function citationLines(ctx: PageContext, editions: readonly Edition[]): string[] {
  const { data, lang } = ctx;
  const label = (e: Edition) => `${data.requireIndex(e.index).shortLabel[lang]} ${e.edition}`;
  const lines = sourcesOf(editions).map((source) =>
    translate(lang, 'statement.cite.line', {
      editions: listOf(editions.filter((e) => [e.source, ...(e.sources ?? []).map((x) => x.source)].some((x) => x.doi === source.doi)).map(label), lang),
      citation: source.citation,
      url: source.url,
      licence: translate(lang, `statement.licenceName.${source.license}` as MessageKey),
    }),
  );
  const complete = editions.filter((e) => e.status === 'complete');
  return complete.length ? [...lines, translate(lang, 'statement.cite.computed', { editions: listOf(complete.map(label), lang) })] : lines;
}

/** The profiles before and after `iso3`, by name in the reader's language (none before the first, none after the last). */
function neighbours(ctx: PageContext, iso3: string): ProfilePage['neighbours'] {
  const { data, lang, t } = ctx;
  const byName = [...data.dataset.countries].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  const at = byName.findIndex((c) => c.iso3 === iso3);
  const link = (key: 'country.previous' | 'country.next', c: (typeof byName)[number] | undefined) => (c ? { [key === 'country.previous' ? 'previous' : 'next']: { text: t(key, { country: c.name[lang] }), href: ctx.href(sitePath.country(c.iso3)) } } : {});
  return { ...link('country.previous', byName[at - 1]), ...link('country.next', byName[at + 1]) };
}



/**
 * A country's profile, read like the OECD's country notes: per index a verdict (sentence and key figures of
 * the newest edition covering the country), then a section per index with that edition's chart and the
 * history, the rest (earlier editions, peers, groups, the note) folded; files, citations, other countries.
 */
export function profilePage(ctx: PageContext, { iso3, note }: { iso3: string; note?: Editorial<'countries'> | undefined }): ProfilePage {
  const { data, lang, t } = ctx;
  const country = data.requireCountry(iso3);
  const { name, leads, keyFigure } = profileView(data, lang, iso3);
  const peersOf = leads.map((l) => (l.edition ? nearestPeers(data, iso3, l.index, l.edition.edition, PEERS) : []));
  const comparePeers = (peersOf.find((p) => p.length) ?? []).slice(0, COMPARED_PEERS).map((o) => o.iso3);
  const file = sitePath.download(`countries/${iso3.toLowerCase()}`);
  const printEditions = leads
    .flatMap((l) => (l.edition ? [l.edition] : []))
    .map((e) => translate(lang, 'print.edition', { index: data.requireIndex(e.index).shortLabel[lang], edition: e.edition, date: formatDate(e.published, lang) }))
    .join('; ');
  const membership = translate(lang, country.oecdMember ? 'member.yes' : 'member.no');
  const spellings = countrySpellings(iso3);
  const sections = data.dataset.indices.map((index, i) => section(ctx, iso3, index, leads[i]!, peersOf[i]!));
  const leadFigures = sections.map((s) => s.editions.find((e) => e.lead)?.figures?.figure);
  return {
    head: pageHead(ctx, {
      title: name,
      description: sentence(titled(lang, name, keyFigure)),
      path: sitePath.country(iso3),
      feeds: [{ kind: 'country', iso3 }],
      section: 'countries',
      crumbs: [{ text: t('nav.countries'), href: ctx.href(sitePath.countries()) }],
      pagefindMeta: { title: name, type: t('type.country'), figure: keyFigure, aliases: spellings.join(' · ') },
      pagefindFilters: { type: t('type.country'), membership },
    }),
    iso3,
    name,
    membership,
    spellings,
    ...(country.sourceNames.length > 0 ? { alsoPublishedAs: translate(lang, 'country.alsoPublishedAs', { names: country.sourceNames.join('; ') }) } : {}),
    printEditions,
    cards: leads.map((l) => ({
      ...l,
      notes: l.assessedIn.map((e) => ({ text: t('statement.card.oecdNote', { index: l.indexLabel, edition: e.edition }), href: e.source.url ?? `https://doi.org/${e.source.doi}` })),
      ...(l.changeDiffers ? { quality: { text: t('statement.card.qualityLink'), href: `${ctx.href(sitePath.page('data-quality'))}#quality-change` } } : {}),
    })),
    sections,
    groups: groupPeersView(ctx, iso3),
    ...(comparePeers.length ? { compare: { text: t('country.compareWithPeers', { country: name }), href: ctx.href(sitePath.compare([iso3, ...comparePeers])) } } : {}),
    methodology: ctx.href(sitePath.page('methodology')),
    downloads: [
      { text: t('country.downloadCsv', { country: name }), href: ctx.file(`${file}.csv`) },
      { text: t('country.downloadJson', { country: name }), href: ctx.file(`${file}.json`) },
    ],
    note,
    neighbours: neighbours(ctx, iso3),
    countries: { text: t('profile.allCountries', { count: data.dataset.countries.length }), href: ctx.href(sitePath.countries()) },
    citations: citationLines(ctx, data.dataset.editions.filter((e) => data.coverage(iso3, e.index).includes(e))),
    provenance: Object.fromEntries(leads.flatMap((l) => (l.edition ? [[l.index, editionProvenance(ctx, l.edition, data.observation(l.index, l.edition.edition, iso3, 'composite')?.source)]] : []))),
    editionProvenance: Object.fromEntries(data.dataset.editions.map((e) => [`h-${e.index}-${e.edition}`, editionProvenance(ctx, e)])),
    follow: followView(ctx, { kind: 'country', iso3 }, { title: name, path: sitePath.country(iso3), key: iso3.toLowerCase(), figures: leadFigures }),
  };
}
