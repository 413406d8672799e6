/**
 * scripts/synth.ts: the synthetic data folder is reproducible, has the size asked for, and the real data
 * pipeline (buildDataset) accepts it with ranks and OECD averages in every edition.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryCodeForName, isCountryCode } from '../../../src/lib/countries/registry.ts';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../../src/lib/model/buildDataset.ts';
import type { Dataset } from '../../../src/lib/model/types.ts';
import { ISO_CODES, MAX_COUNTRIES, resolvableName, synthesize, writeSynth } from '../../../scripts/synth.ts';
import { root } from '../../helpers/buildSite.ts';

const COUNTRIES = 45;
const EDITIONS = 5;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'synth-test-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Every file of a folder, by name. */
function readFolder(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

function runCli(out: string, ...extra: string[]) {
  const result = spawnSync(process.execPath, ['scripts/synth.ts', '--countries', String(COUNTRIES), '--editions', String(EDITIONS), '--out', out, ...extra], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

describe('npm run synth', () => {
  it('writes byte-identical folders for the same arguments, and different scores for another seed', () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    const c = join(work, 'c');
    runCli(a, '--seed', '7');
    runCli(b, '--seed', '7');
    runCli(c, '--seed', '8');
    const first = readFolder(a);
    const second = readFolder(b);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes), name).toBe(true);
    expect(readFolder(c).get('dgi-2019.csv')!.equals(first.get('dgi-2019.csv')!)).toBe(false);
  });

  it('refuses sizes it cannot produce', () => {
    expect(() => synthesize({ countries: 0, editions: 2 })).toThrow(/--countries/);
    expect(() => synthesize({ countries: MAX_COUNTRIES + 1, editions: 2 })).toThrow(/--countries/);
    expect(() => synthesize({ countries: 10, editions: 0 })).toThrow(/--editions/);
  });

  it('draws from 249 real ISO 3166-1 alpha-3 codes, each with a name the registry resolves', () => {
    expect(ISO_CODES).toHaveLength(249);
    for (const code of ISO_CODES) {
      expect(isCountryCode(code), code).toBe(true);
      expect(countryCodeForName(resolvableName(code)), code).toBe(code);
    }
  });
});

describe('a synthetic data folder', () => {
  let dir: string;
  let dataset: Dataset;
  let files: Map<string, string>;
  beforeAll(() => {
    dir = join(work, 'data');
    writeSynth({ countries: COUNTRIES, editions: EDITIONS, seed: 3 }, dir);
    files = new Map([...readFolder(dir)].map(([name, bytes]) => [name, bytes.toString('utf8')]));
    dataset = buildDataset(readInputs(dir));
  });

  it('is accepted by buildDataset without warnings', () => {
    expect(dataset.warnings).toEqual([]);
  });

  it('has the requested countries and editions of each index', () => {
    expect(dataset.countries).toHaveLength(COUNTRIES);
    expect(dataset.countries.filter((c) => c.oecdMember).length).toBeGreaterThan(0);
    expect(dataset.countries.filter((c) => !c.oecdMember).length).toBeGreaterThan(0);
    for (const index of ['dgi', 'ourdata']) {
      const editions = dataset.editions.filter((e) => e.index === index);
      expect(editions.map((e) => e.edition)).toEqual(['2015', '2017', '2019', '2021', '2023']);
      const dates = editions.map((e) => e.published);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
    }
  });

  it('mixes the real layouts, ranked sets and methodology breaks', () => {
    const manifest = JSON.parse(files.get('manifest.json')!);
    const dgi = manifest.editions.filter((e: any) => e.index === 'dgi');
    expect(dgi.map((e: any) => e.layout.type)).toEqual(['wide', 'long', 'sdmx', 'long', 'wide']);
    expect(manifest.editions.filter((e: any) => e.index === 'ourdata').every((e: any) => e.layout.type === 'long')).toBe(true);
    expect(new Set(manifest.editions.map((e: any) => e.rankedSet))).toEqual(new Set(['all-participants', 'oecd-members']));
    expect(manifest.editions.some((e: any) => e.comparableWithPrevious === false)).toBe(true);
    // Wide: names, CRLF, no BOM. Long: BOM, quoted strings, ISO3 codes.
    const wide = files.get('dgi-2015.csv')!;
    expect(wide.startsWith('Country,Digital by design,')).toBe(true);
    expect(wide).toContain('\r\n');
    const long = files.get('ourdata-2017.csv')!;
    expect(long.startsWith('\uFEFF"cc_iso3c","ref_year","variable","value"\n')).toBe(true);
    expect(long).toMatch(/^"[A-Z]{3}",2016,"availability_policy",\d/m);
    expect(long).toContain('"availability_score"');
    expect(files.get('ourdata-2015.csv')).not.toContain('"availability_score"');
  });

  it('keeps every score in [0, 1] with 2 or 3 decimals, and DGI composites at the mean of the dimensions', () => {
    const where = (o: { index: string; edition: string; iso3: string; indicator: string }) => `${o.index} ${o.edition} ${o.iso3} ${o.indicator}`;
    const outOfRange = dataset.observations.filter((o) => !(o.value >= 0 && o.value <= 1) || !/^[01](\.\d{1,3})?$/.test(o.text));
    expect(outOfRange.map((o) => `${where(o)}: ${o.text}`)).toEqual([]);
    // Published values keep the file's decimals: 3 for DGI composites, 2 or 3 for the rest.
    const published = dataset.observations.filter((o) => o.origin === 'published');
    expect(new Set(published.map((o) => o.text.split('.')[1]?.length ?? 0))).toEqual(new Set([1, 2, 3]));
    const byKey = new Map(dataset.observations.map((o) => [`${o.index}|${o.edition}|${o.iso3}|${o.indicator}`, o]));
    const dimensions = dataset.indices.find((i) => i.id === 'dgi')!.indicators.filter((i) => i.parent === 'composite');
    const composites = dataset.observations.filter((x) => x.index === 'dgi' && x.indicator === 'composite');
    expect(composites.length).toBeGreaterThan(0);
    const offMean = composites.filter((o) => {
      const values = dimensions.map((d) => byKey.get(`dgi|${o.edition}|${o.iso3}|${d.id}`)!.value);
      return Math.abs(o.value - values.reduce((a, b) => a + b, 0) / values.length) > 0.0005 + 1e-9;
    });
    expect(offMean.map(where)).toEqual([]);
  });

  it('ranks countries and has an OECD average for every indicator of every edition', () => {
    for (const edition of dataset.editions) {
      const index = dataset.indices.find((i) => i.id === edition.index)!;
      for (const indicator of index.indicators) {
        const stat = dataset.stats.find((s) => s.index === edition.index && s.edition === edition.edition && s.indicator === indicator.id)!;
        const where = `${edition.index} ${edition.edition} ${indicator.id}`;
        expect(stat.average, where).not.toBeNull();
        expect(stat.members, where).toBeGreaterThan(0);
        expect(stat.rankedOf, where).toBeGreaterThan(0);
        const ranked = dataset.observations.filter((o) => o.index === edition.index && o.edition === edition.edition && o.indicator === indicator.id && o.rank !== null);
        expect(ranked.length, where).toBe(stat.rankedOf);
        expect(Math.min(...ranked.map((o) => o.rank!)), where).toBe(1);
      }
    }
  });

  it('includes printed OECD averages that agree with the computed ones', () => {
    const withAverage = dataset.stats.filter((s) => s.printed !== null);
    expect(withAverage.length).toBeGreaterThan(0);
  });
});
