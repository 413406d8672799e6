import type { APIRoute } from 'astro';
import { observationRows } from '../../lib/output/observationRows.ts';
import { renderObservationsCsv } from '../../lib/output/renderCsv.ts';
import { loadData } from '../../lib/load/loadData.ts';

export const GET: APIRoute = () => {
  const site = loadData();
  return new Response(renderObservationsCsv(observationRows(site, site.dataset.observations)));
};
