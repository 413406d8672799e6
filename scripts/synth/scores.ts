import { roundTo } from '../../src/lib/model/round.ts';
import { DGI_DIMENSIONS, OURDATA_PILLARS } from './indices.ts';
import { clamp01, noise, stream } from './random.ts';

interface CountryTraits {
  base: number;
  trend: number;
  offsets: Map<string, number>;
}

export function traitsFor(iso3: string, member: boolean, seed: number): CountryTraits {
  const random = stream(seed, `traits-${iso3}`);
  const base = (member ? 0.45 : 0.3) + random() * 0.3;
  const trend = -0.01 + random() * 0.035;
  const offsets = new Map<string, number>();
  for (const d of DGI_DIMENSIONS) offsets.set(d.id, noise(random, 0.1));
  for (const p of OURDATA_PILLARS) for (const s of p.subs) offsets.set(s.id, noise(random, 0.12));
  return { base, trend, offsets };
}

export interface Value {
  value: number;
  text: string;
}

function scored(raw: number, decimals: number): Value {
  const value = roundTo(clamp01(raw), decimals);
  return { value, text: value.toFixed(decimals) };
}

/** Mean of already rounded values, rounded to `decimals` (the index's aggregation rule). */
function meanOf(values: readonly Value[], decimals: number): Value {
  return scored(values.reduce((sum, v) => sum + v.value, 0) / values.length, decimals);
}

/** A country's raw score for an indicator in the edition being scored. */
type RawScore = (iso3: string, id: string) => number;

interface DgiRow {
  iso3: string;
  dims: Value[];
  composite: Value;
}

export interface DgiScores {
  /** By composite score, best first, as published tables list countries. */
  rows: DgiRow[];
  average: { dims: Value[]; composite: Value } | undefined;
}

export function scoreDgi(iso3s: readonly string[], at: RawScore, decimals: { composite: number; dimension: number }, isMember: (iso3: string) => boolean): DgiScores {
  const rows = iso3s.map((iso3) => {
    const dims = DGI_DIMENSIONS.map((d) => scored(at(iso3, d.id), decimals.dimension));
    return { iso3, dims, composite: meanOf(dims, decimals.composite) };
  });
  const members = rows.filter((r) => isMember(r.iso3));
  const average = members.length
    ? {
        dims: DGI_DIMENSIONS.map((_, i) => meanOf(members.map((r) => r.dims[i]!), decimals.dimension)),
        composite: meanOf(members.map((r) => r.composite), decimals.composite),
      }
    : undefined;
  rows.sort((a, b) => b.composite.value - a.composite.value || a.iso3.localeCompare(b.iso3));
  return { rows, average };
}

export interface OurdataRow {
  iso3: string;
  /** Variable name and score: every sub-pillar, and the pillars when the edition prints them. */
  cells: [string, Value][];
}

export function scoreOurdata(iso3s: readonly string[], at: RawScore, decimals: { dimension: number; sub: number }, pillarsGiven: boolean): OurdataRow[] {
  return [...iso3s].sort().map((iso3) => {
    const cells: [string, Value][] = [];
    for (const pillar of OURDATA_PILLARS) {
      const subs = pillar.subs.map((s) => scored(at(iso3, s.id), decimals.sub));
      pillar.subs.forEach((s, i) => cells.push([s.variable, subs[i]!]));
      if (pillarsGiven) cells.push([pillar.variable, meanOf(subs, decimals.dimension)]);
    }
    return { iso3, cells };
  });
}
