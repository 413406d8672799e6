import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapShape } from '../charts/renderWorldMap.ts';

/** Natural Earth's numeric ids are ISO 3166-1 numeric codes ("208"); a few territories have none (Kosovo). */
function iso3ForNumeric(id: string | number | undefined): string {
  if (id === undefined) return '';
  return countries.numericToAlpha3(String(id).padStart(3, '0')) ?? '';
}

let shapes: MapShape[] | undefined;

/** Every country outline of Natural Earth 1:110m (world-atlas), keyed by ISO3, without Antarctica. */
export function worldShapes(): MapShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  shapes = collection.features
    .map((f) => ({ code: iso3ForNumeric(f.id), geometry: f.geometry }))
    .filter((s) => s.code !== 'ATA' && s.geometry !== null);
  return shapes;
}
