import type { APIRoute } from 'astro';
import { observationRows } from '../../lib/output/observationRows.ts';
import { loadData } from '../../lib/load/loadData.ts';

export const GET: APIRoute = () => {
  const site = loadData();
  const citations = site.dataset.editions.map((e) => ({ index: e.index, edition: e.edition, citation: e.source.citation, doi: e.source.doi }));
  return new Response(`${JSON.stringify({ citations, observations: observationRows(site, site.dataset.observations) }, null, 1)}\n`);
};
