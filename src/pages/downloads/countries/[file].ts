import type { APIRoute } from 'astro';
import { observationRows } from '../../../lib/output/observationRows.ts';
import { renderObservationsCsv } from '../../../lib/output/renderCsv.ts';
import type { RankedObservation } from '../../../lib/model/types.ts';
import { loadData } from '../../../lib/load/loadData.ts';

/** `downloads/countries/{iso3}.csv` and `.json`: one country's observations with citations. */
export function getStaticPaths() {
  return loadData().dataset.countries.flatMap((c) => ['csv', 'json'].map((ext) => ({ params: { file: `${c.iso3.toLowerCase()}.${ext}` }, props: { iso3: c.iso3, ext } })));
}

/** Each country's observations, grouped once for all of its files. */
const byCountry = new WeakMap<object, Map<string, RankedObservation[]>>();

function observationsOf(iso3: string): RankedObservation[] {
  const { dataset } = loadData();
  let groups = byCountry.get(dataset);
  if (!groups) {
    groups = new Map();
    for (const o of dataset.observations) {
      if (!groups.has(o.iso3)) groups.set(o.iso3, []);
      groups.get(o.iso3)!.push(o);
    }
    byCountry.set(dataset, groups);
  }
  return groups.get(iso3) ?? [];
}

export const GET: APIRoute = ({ props }) => {
  const site = loadData();
  const rows = observationRows(site, observationsOf(props.iso3));
  if (props.ext === 'csv') return new Response(renderObservationsCsv(rows));
  const editions = new Set(rows.map((r) => `${r.index}|${r.edition}`));
  const citations = site.dataset.editions.filter((e) => editions.has(`${e.index}|${e.edition}`)).map((e) => ({ index: e.index, edition: e.edition, citation: e.source.citation, doi: e.source.doi }));
  return new Response(`${JSON.stringify({ country: props.iso3, citations, observations: rows }, null, 1)}\n`);
};
