import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { root } from './buildSite.ts';
import { addEdition, copyData } from './dataCopy.ts';
import { recordFixtureChanges } from './changesFixture.ts';
import { sharedBuild } from './sharedBuild.ts';

/**
 * A DGI 2027 edition as an editor would add it: one CSV in the long layout plus one manifest entry, no code.
 * Korea and Denmark swap places; Germany appears for the first time.
 */
function addNewDgiEdition(dir: string): void {
  const scores: Record<string, number[]> = {
    KOR: [0.8, 0.8, 0.8, 0.8, 0.8, 0.8],
    DNK: [0.95, 0.9, 0.92, 0.9, 0.93, 0.94],
    DEU: [0.7, 0.6, 0.65, 0.7, 0.6, 0.55],
    PER: [0.99, 0.99, 0.99, 0.99, 0.99, 0.99],
  };
  const variables = ['digital_design', 'data_driven', 'govt_as_platform', 'open_default', 'user_driven', 'proactiveness'];
  const rows = ['"cc_iso3c","ref_year","variable","value"'];
  for (const [iso3, values] of Object.entries(scores)) {
    values.forEach((v, i) => rows.push(`"${iso3}",2027,"${variables[i]}",${v}`));
  }
  writeFileSync(join(dir, 'dgi-2027.csv'), `${rows.join('\n')}\n`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const previous = manifest.editions.find((e: { edition: string; index: string }) => e.index === 'dgi' && e.edition === '2023');
  addEdition(dir, {
    ...previous,
    edition: '2027',
    file: 'dgi-2027.csv',
    // An edition whose methodology nobody has transcribed: its pages say so.
    methodology: undefined,
    published: '2028-02',
    comparableWithPrevious: true,
    source: { citation: 'OECD (2026), fixture edition', doi: '10.1787/00000000-en' },
    // DGI 2023's second source (Government at a Glance 2025) prints DGI 2023, not this edition.
    sources: [],
  });
}

/** Hostile `Reference area` labels: markup, and cells a spreadsheet would run as formulas. */
export const hostileLabels: Record<string, string> = {
  KOR: '<img src=x onerror=alert(1)>',
  DNK: '"><script>alert(2)</script>',
  EST: '=HYPERLINK("http://evil.example","x")',
  FRA: '@SUM(A1:A2)',
  ESP: '+1-2',
};

/** The SDMX sample with the hostile labels, added as an OURdata 2027 edition (composite only). */
function addHostileOurdataEdition(dir: string): void {
  const lines = readFileSync(join(root, 'test/fixtures/formats/sdmx-dgi-2023-composite.csv'), 'utf8').split('\r\n');
  const out = lines.map((line) => {
    const cells = line.split(',');
    const label = hostileLabels[cells[6] ?? ''];
    if (label === undefined) return line;
    cells[7] = `"${label.replace(/"/g, '""')}"`;
    return cells.join(',');
  });
  writeFileSync(join(dir, 'ourdata-sdmx.csv'), out.join('\r\n'));
  addEdition(dir, {
    index: 'ourdata', edition: '2027', file: 'ourdata-sdmx.csv', published: '2028-06',
    layout: { type: 'sdmx', variables: { DG: 'composite' } },
    source: { citation: 'Hostile fixture', doi: '10.1787/1a89ed5e-en' },
    rankedSet: 'oecd-members', comparableWithPrevious: true, decimals: { composite: 3, dimension: 3 },
  });
}

/**
 * The real data plus both added editions, built once per run for test/build/new-edition.test.ts and
 * test/build/hostile.test.ts (the two additions are in different indices, so neither changes what the
 * other's tests read). Their tests read pages and the CSV download only: no search index (a test-only
 * option of scripts/build.ts). The global teardown removes the build (`test/.output/site-*`).
 */
const addedEditionsBuild = () => sharedBuild('added-editions', () => {
  const dir = copyData();
  addNewDgiEdition(dir);
  recordFixtureChanges(dir);
  addHostileOurdataEdition(dir);
  // Built as on the last day of 2028, after both editions' publication (SOURCE_DATE_EPOCH: the build's today).
  const today = String(Date.UTC(2028, 11, 31) / 1000);
  return { outDir: join(mkdtempSync(join(root, 'test/.output/site-')), 'dist'), dataDir: dir, env: { DGP_TEST_NO_SEARCH_INDEX: '1', SOURCE_DATE_EPOCH: today } };
});

/** Builds (or joins) the added-editions site before the calling file's tests; gives its output folder. */
export function useAddedEditionsBuild(): () => string {
  let out: string | undefined;
  beforeAll(async () => {
    const result = await addedEditionsBuild();
    expect(result.status, result.stderr).toBe(0);
    out = result.outDir;
  }, 300_000);
  return () => {
    if (out === undefined) throw new Error('the added-editions build is read before it ran: call useAddedEditionsBuild() at the top of a describe');
    return out;
  };
}
