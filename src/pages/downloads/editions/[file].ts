import type { APIRoute } from 'astro';
import { editionCsvPath } from '../../../lib/output/dataPackage.ts';
import { observationRows } from '../../../lib/output/observationRows.ts';
import { renderObservationsCsv } from '../../../lib/output/renderCsv.ts';
import { loadData } from '../../../lib/load/loadData.ts';

/** `downloads/editions/{index}-{edition}.csv`: one file per index and edition in the dataset. */
export function getStaticPaths() {
  return loadData().dataset.editions.map((e) => ({ params: { file: editionCsvPath(e).replace(/^editions\//, '') }, props: { index: e.index, edition: e.edition } }));
}

export const GET: APIRoute = ({ props }) => {
  const site = loadData();
  const observations = site.dataset.observations.filter((o) => o.index === props.index && o.edition === props.edition);
  return new Response(renderObservationsCsv(observationRows(site, observations)));
};
