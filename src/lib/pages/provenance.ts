import type { Edition, Observation, Publication } from '../model/types.ts';
import { parseCitation } from '../output/citations.ts';
import type { PageContext } from './context.ts';

/** Where a headline figure was printed, next to it: the publication and its table, and what the site computed. */
export interface ProvenanceView {
  /** "Source: OECD (2024), 2023 OECD Digital Government Index: Results and key findings, Table A.1". */
  text: string;
  /** The publication (its DOI address). */
  href: string;
  /** "Rank and OECD average computed by this site" (a complete edition), or that the average is the OECD's printed one. */
  computed: string;
}

/** "OECD (2025), Government at a Glance 2025": the author, year and title of a citation, or the citation itself. */
function publicationText(source: Pick<Publication, 'citation'>, published: string): string {
  const parts = parseCitation(source.citation, published);
  return parts.author ? `${parts.author} (${parts.year}), ${parts.title}` : source.citation;
}

/**
 * The provenance of the figures of `edition`, from its manifest entry; `printedIn`, where a figure shown comes
 * from a second source (the OURdata 2023 composite from Government at a Glance 2025), names that publication.
 */
export function editionProvenance(ctx: PageContext, edition: Edition, printedIn?: Publication): ProvenanceView {
  const source = printedIn ?? edition.source;
  const publication = publicationText(source, edition.published);
  return {
    text: source.table ? ctx.t('follow.source', { publication, table: source.table }) : ctx.t('follow.sourceNoTable', { publication }),
    href: `https://doi.org/${source.doi}`,
    computed: ctx.t(edition.status === 'complete' ? 'follow.computed' : 'follow.computedAverage'),
  };
}

/**
 * A table cell's footnote mark: `1` (printed in a second source) or `*` (computed by this site). Drawn by
 * CSS from an attribute, so the cell's text stays the figure (the chart's CSV reads it); the note it
 * stands for describes the cell for screen readers (`aria-describedby`).
 */
export interface SourceMark {
  mark: string;
  /** The id of the note under the table. */
  note: string;
}

/** A note under a table: "¹ Printed in OECD (2025), Government at a Glance 2025, OECD Data Explorer, dataflow …", linked to the DOI. */
export interface TableNote {
  id: string;
  mark: string;
  text: string;
  href?: string;
}

/** What a table says about where its rows' figures come from (see `rowSources`). */
export interface RowSources {
  /** Per row, in the order given: a mark where the figure is not the edition's source's printed one. */
  marks: (SourceMark | undefined)[];
  /** `*` on the rank column and the OECD average, in a complete edition: both computed by this site. */
  computed?: SourceMark;
  /** The notes under the table, one per mark used: the second sources in order of first use, then `*`. */
  notes: TableNote[];
}

const COMPUTED = '*';

/**
 * The source of each row's figure in a table of `edition` (a ranking, a profile's dimension table). A figure
 * the edition's own source printed gets no mark (the page names that source beside the table); one printed
 * in a second source (the OURdata 2023 composite, from Government at a Glance 2025) gets a number and a
 * note naming the publication, its table or dataflow, with its DOI; a score the site computed from its parts,
 * and in a complete edition the ranks and the OECD average, get `*`, "computed by this site".
 */
export function rowSources(ctx: PageContext, edition: Edition, observations: readonly (Observation | undefined)[], id: string): RowSources {
  const printed = new Map<string, { mark: string; note: TableNote }>();
  let anyComputed = false;
  const computedNote = (): TableNote => ({ id: `${id}-computed`, mark: COMPUTED, text: ctx.t(edition.status !== 'complete' ? 'prov.note.computedScores' : anyComputed ? 'prov.note.computedAll' : 'prov.note.computed') });
  const marks = observations.map((o): SourceMark | undefined => {
    if (o?.source) {
      const doi = `${o.source.doi}|${o.source.table ?? ''}`;
      let known = printed.get(doi);
      if (!known) {
        const publication = publicationText(o.source, edition.published);
        const mark = String(printed.size + 1);
        known = { mark, note: { id: `${id}-${mark}`, mark, text: ctx.t('prov.note.printedIn', { publication: o.source.table ? `${publication}, ${o.source.table}` : publication }), href: `https://doi.org/${o.source.doi}` } };
        printed.set(doi, known);
      }
      return { mark: known.mark, note: known.note.id };
    }
    if (o?.origin === 'computed') {
      anyComputed = true;
      return { mark: COMPUTED, note: `${id}-computed` };
    }
    return undefined;
  });
  const complete = edition.status === 'complete';
  const notes = [...[...printed.values()].map((p) => p.note), ...(complete || anyComputed ? [computedNote()] : [])];
  return { marks, ...(complete ? { computed: { mark: COMPUTED, note: `${id}-computed` } } : {}), notes };
}
