import type { Edition, RankedObservation } from '../model/types.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { observationRows, type ObservationRow } from './observationRows.ts';
import { renderObservationsCsv } from './renderCsv.ts';
import { versionOfData } from './version.ts';

/** The citation of each edition, as the JSON downloads list them. */
function citations(editions: readonly Edition[]) {
  return editions.map((e) => ({ index: e.index, edition: e.edition, citation: e.source.citation, doi: e.source.doi }));
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

/** Each country's observations, grouped once per dataset for all of its files. */
const byCountry = new WeakMap<object, Map<string, RankedObservation[]>>();

function observationsOf(data: DataIndex, iso3: string): RankedObservation[] {
  let groups = byCountry.get(data.dataset);
  if (!groups) {
    groups = new Map();
    for (const o of data.dataset.observations) {
      const list = groups.get(o.iso3) ?? [];
      if (list.length === 0) groups.set(o.iso3, list);
      list.push(o);
    }
    byCountry.set(data.dataset, groups);
  }
  return groups.get(iso3) ?? [];
}

/** The data version and its date (lib/output/version.ts) that the JSON downloads carry, as the data package does. */
function versionOf(data: DataIndex): { version: string; created?: string } {
  const { version, created } = versionOfData(data.dataset);
  return { version, ...(created ? { created } : {}) };
}

/** `downloads/countries/{iso3}.csv` or `.json`: one country's observations, the JSON with the citations of its editions. */
export function countryFile(data: DataIndex, iso3: string, ext: 'csv' | 'json'): string {
  const rows = observationRows(data, observationsOf(data, iso3));
  if (ext === 'csv') return renderObservationsCsv(rows);
  const held = new Set(rows.map((r: ObservationRow) => `${r.index}|${r.edition}`));
  return json({ country: iso3, ...versionOf(data), citations: citations(data.dataset.editions.filter((e) => held.has(`${e.index}|${e.edition}`))), observations: rows });
}

/** `downloads/editions/{index}-{edition}.csv`: one edition's observations. */
export function editionFile(data: DataIndex, index: string, edition: string): string {
  return renderObservationsCsv(observationRows(data, data.dataset.observations.filter((o) => o.index === index && o.edition === edition)));
}

/** `downloads/observations.csv`: every observation. */
export function observationsCsv(data: DataIndex): string {
  return renderObservationsCsv(observationRows(data, data.dataset.observations));
}

/** `downloads/observations.json`: every observation, with every edition's citation. */
export function observationsJson(data: DataIndex): string {
  return json({ ...versionOf(data), citations: citations(data.dataset.editions), observations: observationRows(data, data.dataset.observations) });
}
