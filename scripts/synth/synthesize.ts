import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isOecdMember } from '../../src/lib/countries/membership.ts';
import { chooseCountries, MAX_COUNTRIES } from './countries.ts';
import { MAX_EDITIONS, planEditions, type EditionPlan } from './editions.ts';
import { writeDgiFile, writeOurdataFile } from './layouts.ts';
import { describeEdition, writeManifest } from './manifest.ts';
import { noise, stream } from './random.ts';
import { scoreDgi, scoreOurdata, traitsFor, type Value } from './scores.ts';

interface SynthOptions {
  /** Number of distinct countries in the data (1–249). */
  countries: number;
  /** Editions of each index (1–40). */
  editions: number;
  seed?: number;
}

/** The synthetic data folder as file name → contents (manifest.json and one CSV per edition). */
export function synthesize(options: SynthOptions): Map<string, string> {
  const seed = options.seed ?? 1;
  const n = options.countries;
  const e = options.editions;
  if (!Number.isInteger(n) || n < 1 || n > MAX_COUNTRIES) throw new RangeError(`--countries must be a whole number from 1 to ${MAX_COUNTRIES}, got ${n}`);
  if (!Number.isInteger(e) || e < 1 || e > MAX_EDITIONS) throw new RangeError(`--editions must be a whole number from 1 to ${MAX_EDITIONS}, got ${e}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`--seed must be a whole number from 0 to 4294967295, got ${seed}`);

  const chosen = chooseCountries(n, seed);
  const traits = new Map(chosen.map((c) => [c.iso3, traitsFor(c.iso3, c.member, seed)]));
  const plans = [...planEditions('dgi', e, seed), ...planEditions('ourdata', e, seed)];

  // Who takes part in which edition: members always; others in about 70 % of editions, at least one.
  const participation = new Map<EditionPlan, string[]>(plans.map((p) => [p, []]));
  const taking = stream(seed, 'participation');
  for (const { iso3, member } of chosen) {
    const joined = plans.filter(() => member || taking() < 0.7);
    for (const plan of joined.length ? joined : [plans[Math.floor(taking() * plans.length)]!]) participation.get(plan)!.push(iso3);
  }

  const files = new Map<string, string>();
  const editions: object[] = [];
  const dgiComposites = new Map<string, Map<string, Value>>();
  for (const plan of plans) {
    const random = stream(seed, `scores-${plan.index}-${plan.label}`);
    const iso3s = participation.get(plan)!;
    const at = (iso3: string, id: string) => {
      const t = traits.get(iso3)!;
      return t.base + t.offsets.get(id)! + t.trend * plan.k + noise(random, 0.04);
    };
    if (plan.index === 'dgi') {
      const decimals = plan.layout === 'wide' ? { composite: 3, dimension: 2 } : { composite: 3, dimension: 3 };
      const scores = scoreDgi(iso3s, at, decimals, (iso3) => isOecdMember(iso3, plan.published));
      dgiComposites.set(plan.label, new Map(scores.rows.map((r) => [r.iso3, r.composite])));
      files.set(plan.file, writeDgiFile(plan, scores, dgiComposites));
      editions.push(describeEdition(plan, decimals, seed));
    } else {
      const decimals = { composite: 2, dimension: 2, sub: 2 };
      files.set(plan.file, writeOurdataFile(plan, scoreOurdata(iso3s, at, decimals, plan.pillarsGiven)));
      editions.push(describeEdition(plan, decimals, seed));
    }
  }
  files.set('manifest.json', writeManifest(editions));
  return files;
}

/** Writes the folder (replacing the CSVs and manifest a previous run left there); returns the file names. */
export function writeSynth(options: SynthOptions, outDir: string): string[] {
  const files = synthesize(options);
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (name === 'manifest.json' || name.endsWith('.csv')) rmSync(join(outDir, name));
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  return [...files.keys()];
}
