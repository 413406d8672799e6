/**
 * No prototype surprises: `constructor`, `__proto__`, `toString` and `hasOwnProperty` fed as column,
 * variable, country, alias and id through the whole check (data, groups, content). Every map from a name
 * in the data is a Map or has no prototype, so each is read as the name it is: the valid ones build, the
 * invalid ones get their exact message, nothing is dropped silently and nothing crashes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/checkContent.ts';
import { readGroups } from '../../../src/lib/groups/readGroups.ts';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { DataValidationError, formatIssue } from '../../../src/lib/issues.ts';
import { buildDataset } from '../../../src/lib/model/buildDataset.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { root } from '../../helpers/buildSite.ts';

const label = (en: string) => ({ en, fr: en, es: en });
const source = { citation: 'Test source', doi: '10.1787/test-en' };
const common = { published: '2024-01', source, rankedSet: 'all-participants', comparableWithPrevious: true, decimals: { composite: 2, dimension: 2 } };

/** A data folder whose index, indicators, edition labels, columns, variables, aliases and group carry the names. */
function names(): { dir: string; data: string; content: string } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-proto-'));
  made.push(dir);
  const data = join(dir, 'data');
  const content = join(dir, 'content');
  mkdirSync(data);
  mkdirSync(join(content, 'countries'), { recursive: true });
  const manifest = {
    indices: [
      {
        id: 'constructor',
        label: label('Constructor index'),
        shortLabel: label('CI'),
        indicators: [
          { id: 'composite', level: 'composite', label: label('Composite') },
          { id: 'constructor', level: 'dimension', parent: 'composite', label: label('Constructor') },
          { id: 'valueof', level: 'dimension', parent: 'composite', label: label('Value of') },
        ],
      },
    ],
    editions: [
      { ...common, index: 'constructor', edition: 'toString', file: 'wide.csv', layout: { type: 'wide', countryColumn: 'Country', columns: { constructor: 'constructor', toString: 'valueof', hasOwnProperty: 'composite' } }, countryAliases: { constructor: 'KOR' } },
      { ...common, index: 'constructor', edition: 'hasOwnProperty', published: '2025-01', file: 'long.csv', layout: { type: 'long', variables: { constructor: 'constructor', toString: 'valueof', hasOwnProperty: 'composite' } } },
    ],
  };
  writeFileSync(join(data, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(data, 'wide.csv'), 'Country,constructor,toString,hasOwnProperty\nconstructor,0.80,0.60,0.70\nDenmark,0.50,0.30,0.40\nOECD,0.65,0.45,0.55\n');
  writeFileSync(join(data, 'long.csv'), 'cc_iso3c,ref_year,variable,value\nKOR,2024,constructor,0.9\nKOR,2024,toString,0.7\nDNK,2024,constructor,0.4\nDNK,2024,toString,0.2\nOECD,2024,hasOwnProperty,0.55\n');
  writeFileSync(join(data, 'groups.json'), JSON.stringify({ groups: [{ id: 'constructor', source: 'test', members: ['KOR', 'DNK'] }] }));
  return { dir, data, content };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Runs `fn` with the working directory seen as `cwd`, so messages name `data/…` and `content/…`. */
function seenFrom<T>(cwd: string, fn: () => T): T {
  const spy = vi.spyOn(process, 'cwd').mockReturnValue(cwd);
  try {
    return fn();
  } finally {
    spy.mockRestore();
  }
}

const problems = (dir: string, data: string): string[] => {
  try {
    seenFrom(dir, () => buildDataset(readInputs(data)));
    return [];
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.issues.map(formatIssue);
  }
};

describe('corpus: constructor, __proto__, toString and hasOwnProperty as names', () => {
  it('as index, indicator and edition ids, columns, variables and an alias: read as the names they are', () => {
    const { dir, data } = names();
    const queries = indexData(seenFrom(dir, () => buildDataset(readInputs(data))));
    expect(queries.index('constructor')?.label.en).toBe('Constructor index');
    expect(queries.index('toString')).toBeUndefined();
    expect(queries.indicator('constructor', 'constructor')?.label.en).toBe('Constructor');
    expect(queries.indicator('constructor', 'hasOwnProperty')).toBeUndefined();
    expect(queries.editions('constructor').map((e) => e.edition)).toEqual(['toString', 'hasOwnProperty']);
    const at = (edition: string, iso3: string, indicator: string) => queries.observation('constructor', edition, iso3, indicator);
    expect(at('toString', 'KOR', 'constructor')).toMatchObject({ text: '0.80', rank: 1, sourceLabel: 'constructor' });
    expect(at('toString', 'KOR', 'valueof')).toMatchObject({ text: '0.60' });
    expect(at('toString', 'DNK', 'composite')).toMatchObject({ text: '0.40', rank: 2 });
    expect(at('hasOwnProperty', 'KOR', 'composite')).toMatchObject({ text: '0.80', origin: 'computed' });
    expect(queries.stats('constructor', 'hasOwnProperty', 'composite')?.printed?.text).toBe('0.55');
    expect(queries.edition('constructor', 'constructor')).toBeUndefined();
    expect(queries.country('constructor')).toBeUndefined();
  });

  it('as countries, a variable and a column no layout maps: each named, none dropped', () => {
    const { dir, data } = names();
    writeFileSync(join(data, 'long.csv'), 'cc_iso3c,ref_year,variable,value\nKOR,2024,constructor,0.9\nKOR,2024,toString,0.7\nconstructor,2024,constructor,0.5\n__proto__,2024,toString,0.5\ntoString,2024,constructor,0.5\nhasOwnProperty,2024,constructor,0.5\nKOR,2024,__proto__,0.5\nKOR,2024,valueOf,0.5\n');
    writeFileSync(join(data, 'wide.csv'), 'Country,constructor,toString,hasOwnProperty,__proto__,valueOf\nconstructor,0.80,0.60,0.70,1,1\ntoString,0.50,0.30,0.40,1,1\n');
    const known = '(known: "constructor", "toString", "hasOwnProperty")';
    const columns = 'map it to an indicator in layout.columns of data/manifest.json (known: "constructor", "toString", "hasOwnProperty"), list it under "ignore", or remove it';
    expect(problems(dir, data)).toEqual([
      `data/wide.csv:1: unknown column "__proto__"; ${columns}`,
      `data/wide.csv:1: unknown column "valueOf"; ${columns}`,
      'data/wide.csv:3: unknown country name "toString"; correct the spelling or add it to countryAliases of this edition in data/manifest.json, e.g. {"toString": "KOR"}',
      `data/long.csv:4: unknown country code "constructor"; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`,
      `data/long.csv:5: unknown country code "__proto__"; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`,
      `data/long.csv:6: unknown country code "toString"; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`,
      `data/long.csv:7: unknown country code "hasOwnProperty"; use an ISO 3166-1 alpha-3 code such as "KOR", or "OECD" for the OECD average row`,
      `data/long.csv:8: unknown variable "__proto__"; map it to an indicator in layout.variables of data/manifest.json ${known} or remove its rows`,
      `data/long.csv:9: unknown variable "valueOf"; map it to an indicator in layout.variables of data/manifest.json ${known} or remove its rows`,
    ]);
  });

  it('as a group id and as component attributes: the group needs its names, the attributes are named', () => {
    const { dir, data, content } = names();
    expect(readGroups(data, dir).issues.map(formatIssue)).toEqual([
      'data/groups.json:1: group "constructor" has no name in src/lib/i18n/en.json, src/lib/i18n/fr.json, src/lib/i18n/es.json; add the key "group.constructor" with the group\'s name to every catalogue (en, fr, es)',
    ]);
    const queries = indexData(seenFrom(dir, () => buildDataset(readInputs(data))));
    writeFileSync(
      join(content, 'countries', 'kor.mdx'),
      '---\ntitle: "Korea"\nsummary: "A note."\nupdated: 2026-11-26\n---\n\n<Score country="KOR" index="constructor" indicator="constructor" edition="toString" />\n\n<Score country="KOR" index="constructor" indicator="composite" constructor="x" __proto__="y" toString="z" />\n\n<Constructor />\n\n<Score country="KOR" index="toString" indicator="hasOwnProperty" />\n',
    );
    expect(seenFrom(dir, () => checkContent(content, queries, join(root, 'src/pages')).map(formatIssue))).toEqual([
      'content/countries/kor.mdx:9: <Score> has no attribute constructor; it takes country, index, indicator, edition',
      'content/countries/kor.mdx:9: <Score> has no attribute __proto__; it takes country, index, indicator, edition',
      'content/countries/kor.mdx:9: <Score> has no attribute toString; it takes country, index, indicator, edition',
      'content/countries/kor.mdx:11: unknown component <Constructor>; use one of <Score>, <Rank>, <OecdAverage>, <IndicatorChart>, <CountryCompare>, <Editions>, <NewestEdition>, <LatestComplete>, <CountryCount>, <MethodologyEditions>',
      'content/countries/kor.mdx:13: <Score> index "toString" is unknown; allowed: "constructor"',
    ]);
  });
});
