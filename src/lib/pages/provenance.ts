import type { Edition, Publication } from '../model/types.ts';
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

/**
 * The provenance of the figures of `edition`, from its manifest entry; `printedIn`, where a figure shown comes
 * from a second source (the OURdata 2023 composite from Government at a Glance 2025), names that publication.
 */
export function editionProvenance(ctx: PageContext, edition: Edition, printedIn?: Publication): ProvenanceView {
  const source = printedIn ?? edition.source;
  const parts = parseCitation(source.citation, edition.published);
  const publication = parts.author ? `${parts.author} (${parts.year}), ${parts.title}` : source.citation;
  return {
    text: source.table ? ctx.t('follow.source', { publication, table: source.table }) : ctx.t('follow.sourceNoTable', { publication }),
    href: `https://doi.org/${source.doi}`,
    computed: ctx.t(edition.status === 'complete' ? 'follow.computed' : 'follow.computedAverage'),
  };
}
