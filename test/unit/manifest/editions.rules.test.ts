/**
 * The edition rules on small purpose-made data folders: one rejection per rule, with its exact message,
 * and what partial editions, printed ranks and sums do.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues.ts';
import { parseManifest } from '../../../src/lib/manifest/parseManifest.ts';
import { buildFrom, rejectionOf } from '../../helpers/realData.ts';

const label = (en: string) => ({ en, fr: en, es: en });
const index = {
  id: 'tix',
  label: label('Test index'),
  shortLabel: label('TIX'),
  indicators: [
    { id: 'composite', level: 'composite', label: label('Composite') },
    { id: 'alpha', level: 'dimension', parent: 'composite', label: label('Alpha') },
    { id: 'beta', level: 'dimension', parent: 'composite', label: label('Beta') },
  ],
};
const source = { citation: 'Test (2024)', doi: '10.1787/test-en' };
const wide = (extra: object = {}) => ({
  index: 'tix', edition: '2023', file: 'wide.csv', published: '2024-01', source,
  layout: { type: 'wide', columns: { Alpha: 'alpha', Beta: 'beta', Composite: 'composite' } },
  rankedSet: 'oecd-members', comparableWithPrevious: true, decimals: { composite: 2, dimension: 2 }, ...extra,
});
const long = (extra: object = {}) => ({
  index: 'tix', edition: '2025', file: 'long.csv', published: '2026-02', source,
  layout: { type: 'long', variables: { alpha: 'alpha', beta: 'beta', comp: 'composite' } },
  rankedSet: 'oecd-members', comparableWithPrevious: true, decimals: { composite: 2, dimension: 2 }, ...extra,
});
const WIDE = 'Country,Alpha,Beta,Composite\r\nKorea,0.80,0.60,0.70\r\nSpain,0.50,0.50,0.50\r\nGreece,0.40,0.60,0.50\r\nOECD,0.57,0.57,0.57\r\n';
const LONG = ['"cc_iso3c","ref_year","variable","value"', '"KOR",2025,"alpha",0.90', '"KOR",2025,"beta",0.70', '"KOR",2025,"comp",0.80', '"ESP",2025,"alpha",0.60', '"ESP",2025,"beta",0.60', '"ESP",2025,"comp",0.60', ''].join('\n');

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oecd-rules-'));
  dir = join(root, 'data');
  mkdirSync(dir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(editions: object[], files: Record<string, string>, manifestExtra: object = {}): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ indices: [index], editions, ...manifestExtra }, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
const rejection = () => rejectionOf(root, dir).lines;
const build = () => buildFrom(root, dir);

describe('a complete edition rejects a missing value', () => {
  it('an empty cell, naming line, column, country and indicator', () => {
    folder([wide()], { 'wide.csv': WIDE.replace('Spain,0.50,0.50', 'Spain,0.50,') });
    expect(rejection()).toMatchInlineSnapshot(`
      [
        "data/wide.csv:3: Spain (ESP) has no value in column "Beta" (indicator "beta"); this edition is declared complete in data/manifest.json: restore the value, or declare the edition "partial" under "completeness" with a sentence saying what is missing and why",
      ]
    `);
  });

  it('a missing column, naming it, its indicator and the countries', () => {
    folder([wide()], { 'wide.csv': WIDE.replace(/,(0\.\d\d),(0\.\d\d),(0\.\d\d)/g, ',$1,$3').replace('Alpha,Beta,', 'Alpha,') });
    expect(rejection()).toMatchInlineSnapshot(`
      [
        "data/wide.csv:1: column "Beta" (indicator "beta") is missing, so none of the 3 countries (ESP, GRC, KOR) has a value for it; this edition is declared complete in data/manifest.json: restore the column, or declare the edition "partial" under "completeness" with a sentence saying what is missing and why",
      ]
    `);
  });

  it('a missing variable of one country, at the line where its rows start', () => {
    folder([long()], { 'long.csv': LONG.replace('"ESP",2025,"beta",0.60\n', '') });
    expect(rejection()).toMatchInlineSnapshot(`
      [
        "data/long.csv:5: Spain (ESP) has no row for variable "beta" (indicator "beta"); its rows start on this line; this edition is declared complete in data/manifest.json: restore the value, or declare the edition "partial" under "completeness" with a sentence saying what is missing and why",
      ]
    `);
  });
});

describe('a partial edition', () => {
  const partial = { completeness: { status: 'partial', missing: label('Spain states no beta.') } };

  it('keeps a missing value missing: not 0, not imputed, no composite computed from parts', () => {
    folder([long({ ...partial, layout: { type: 'long', variables: { alpha: 'alpha', beta: 'beta' } } })], { 'long.csv': LONG.replace('"ESP",2025,"beta",0.60\n', '').replaceAll(/^.*"comp".*\n/gm, '') });
    const dataset = build();
    expect(dataset.observations.map((o) => `${o.iso3} ${o.indicator} ${o.text}`)).toEqual(['ESP alpha 0.60', 'KOR alpha 0.90', 'KOR beta 0.70']);
  });

  it('ranks nobody and computes no average, keeping the printed one', () => {
    folder([long(partial)], { 'long.csv': `${LONG}"OECD",2025,"comp",0.65\n` });
    const dataset = build();
    expect(dataset.observations.every((o) => o.rank === null && o.rankedOf === null)).toBe(true);
    expect(dataset.stats.find((s) => s.indicator === 'composite')).toMatchObject({ average: null, min: null, max: null, printed: { value: 0.65, text: '0.65' } });
    expect(dataset.editions[0]?.status).toBe('partial');
  });
});

describe('printed ranks and sums', () => {
  it('keeps printed ranks beside computed ones: equal scores share a computed rank', () => {
    const text = 'Country,Rank,Alpha,Beta,Composite\r\nKorea,1,0.40,0.30,0.70\r\nSpain,2,0.30,0.20,0.50\r\nGreece,3,0.20,0.30,0.50\r\n';
    folder([wide({ printed: { rank: { Rank: 'composite' } }, levels: { composite: { aggregation: 'sum' }, dimension: { scale: { min: 0, max: '1/2' } } } })], { 'wide.csv': text });
    const dataset = build();
    const composite = dataset.observations.filter((o) => o.indicator === 'composite');
    expect(composite.map((o) => [o.iso3, o.rank, o.printedRank?.value])).toEqual([['ESP', 2, 2], ['GRC', 2, 3], ['KOR', 1, 1]]);
    expect(dataset.differences.map((d) => [d.kind, d.iso3, d.printed, d.computed])).toEqual([['rank', 'GRC', '3', '2']]);
  });

  it('rejects a pillar above its edition scale (0 to 1/2)', () => {
    const text = 'Country,Alpha,Beta,Composite\r\nKorea,0.60,0.30,0.90\r\n';
    folder([wide({ levels: { composite: { aggregation: 'sum' }, dimension: { scale: { min: 0, max: '1/2' } } } })], { 'wide.csv': text });
    expect(rejection()).toEqual(['data/wide.csv:2: value "0.60" is above the index maximum 0.5; tix scores run from 0 to 0.5']);
  });
});

describe('other rejections', () => {
  it('an undeclared composite that differs from its parts beyond rounding', () => {
    folder([wide()], { 'wide.csv': WIDE.replace('Korea,0.80,0.60,0.70', 'Korea,0.80,0.60,0.79') });
    expect(rejection()).toMatchInlineSnapshot(`
      [
        "data/wide.csv:2: Korea (KOR) composite is 0.79 but the mean of its 2 parts is 0.700, more than the published rounding allows (±0.010); correct the value, or, if the source prints it so, declare it in knownDiscrepancies of tix 2023 in data/manifest.json: {"country": "KOR", "indicator": "composite", "reason": {"en": "…", "fr": "…", "es": "…"}}",
      ]
    `);
  });

  it('accepts the same composite once declared, and reports it as a difference', () => {
    const known = { knownDiscrepancies: [{ country: 'KOR', indicator: 'composite', reason: label('The source prints it so.') }] };
    folder([wide(known)], { 'wide.csv': WIDE.replace('Korea,0.80,0.60,0.70', 'Korea,0.80,0.60,0.79') });
    expect(build().differences.filter((d) => d.kind === 'composite')).toMatchObject([{ kind: 'composite', iso3: 'KOR', printed: '0.79', computed: '0.700', shown: 'printed' }]);
  });

  it('an ambiguous country name, listing the candidates', () => {
    folder([wide()], { 'wide.csv': WIDE.replace('Greece,', 'Congo,') });
    expect(rejection()).toMatchInlineSnapshot(`
      [
        "data/wide.csv:4: country name "Congo" is ambiguous: it may be COD (Democratic Republic of the Congo) or COG (Republic of the Congo); add the one meant to countryAliases of this edition in data/manifest.json, e.g. {"Congo": "COD"}",
      ]
    `);
  });

  const problems = (editions: object[]) => {
    const result = parseManifest(JSON.stringify({ indices: [index], editions }), 'data/manifest.json');
    return result.issues.map(formatIssue);
  };

  it('an alias that points to no ISO 3166-1 code', () => {
    expect(problems([wide({ countryAliases: { 'Rep. of Korea': 'KOX' } })])).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[0].countryAliases["Rep. of Korea"]: "KOX" is not an ISO 3166-1 alpha-3 country code; point the alias to a real code such as "KOR", or to "OECD" for the row of the OECD average",
      ]
    `);
  });

  it('an unknown manifest key, naming the closest known one', () => {
    expect(problems([wide({ countryAlias: { Korea: 'KOR' } })])).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[0]: unknown key "countryAlias"; did you mean "countryAliases"?",
      ]
    `);
  });

  it('an edition published before the year it is named for', () => {
    expect(problems([long({ published: '2024-11' })])).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[0].published: tix 2025 is dated "2024-11", before the year it is named for (2025); an edition is published in or after its label year: correct "published" or "edition"",
      ]
    `);
  });

  it('editions whose order by label and by date disagree', () => {
    expect(problems([wide({ published: '2026-05' }), long()])).toMatchInlineSnapshot(`
      [
        "data/manifest.json: editions[1].published: the editions of "tix" are in one order by label (2023 (2026-05), 2025 (2026-02)) and in another by publication date (2025 (2026-02), 2023 (2026-05)); correct the "published" date of the edition that is out of place",
      ]
    `);
  });
});
