import type { APIRoute } from 'astro';
import { observationRows } from '../../lib/output/observationRows.ts';
import { renderObservationsCsv } from '../../lib/output/renderCsv.ts';
import { loadSite } from '../../lib/site/loadSite.ts';

export const GET: APIRoute = () => {
  const site = loadSite();
  return new Response(renderObservationsCsv(observationRows(site, site.dataset.observations)));
};
