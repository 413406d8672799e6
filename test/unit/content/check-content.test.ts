import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/checkContent.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { loadData } from '../../../src/lib/load/loadData.ts';
import { catalogueProblems } from '../../../src/lib/i18n/translate.ts';
import { root } from '../../helpers/buildSite.ts';
import { tempDir } from '../../helpers/temp.ts';

function contentCopy(): string {
  const dir = join(tempDir('content-'), 'content');
  cpSync(join(root, 'content'), dir, { recursive: true });
  return dir;
}

const issuesIn = (dir: string) => checkContent(dir, loadData()).map((i) => formatIssue(i).replace(/^.*content\//, 'content/'));

describe('checkContent()', () => {
  it('accepts the starter content', () => {
    expect(issuesIn(join(root, 'content'))).toEqual([]);
  });

  it.each([
    ['country', '<Score country="XXX" index="dgi" indicator="composite" edition="latest" />', '<Score> country "XXX" is unknown; allowed: "ARG", "AUS"'],
    ['index', '<OecdAverage index="egov" indicator="composite" edition="latest" />', '<OecdAverage> index "egov" is unknown; allowed: "dgi", "ourdata"'],
    ['indicator', '<IndicatorChart index="dgi" indicator="open-data" edition="2023" />', '<IndicatorChart> indicator "open-data" is not part of dgi; allowed: "composite", "digital-by-design"'],
    ['edition', '<Rank country="KOR" index="ourdata" indicator="composite" edition="2021" />', '<Rank> edition "2021" of ourdata is unknown; allowed: "latest", "latest-complete", "2019", "2023", "2025"'],
    ['coverage', '<Score country="DEU" index="dgi" indicator="composite" edition="2023" />', '<Score> country "DEU" has no data in dgi 2023; allowed: "ARG"'],
  ])('reports an unknown %s with its file, line and the allowed values', (_, tag, message) => {
    const dir = contentCopy();
    const file = join(dir, 'countries/kor.mdx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const end = lines.indexOf('---', 1);
    lines.splice(end + 1, 0, '', tag, '');
    writeFileSync(file, lines.join('\n'));
    const issues = issuesIn(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^content/countries/kor\\.mdx:${end + 3}: `));
    expect(issues[0]).toContain(message);
  });

  it('names the file and the field of a frontmatter error', () => {
    const dir = contentCopy();
    const file = join(dir, 'pages/about.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: last week').replace(/^title: .*$/m, 'title: ""'));
    expect(issuesIn(dir)).toMatchInlineSnapshot(`
      [
        "content/pages/about.mdx:2: frontmatter field "title": write a title; it cannot be empty",
        "content/pages/about.mdx:4: frontmatter field "updated": "last week" is not in the form YYYY-MM-DD; write the date as YYYY-MM-DD, e.g. 2026-11-26",
      ]
    `);
  });

  it('fails `npm run check` with the problem listed', () => {
    const dir = contentCopy();
    const file = join(dir, 'indices/dgi.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<Score country="KOR" index="dgi" indicator="nope" />\n`);
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir, SKIP_TYPES: '1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/indices\/dgi\.mdx:\d+: <Score> indicator "nope" is not part of dgi/);
    expect(result.stderr).toContain('1 problem found');
  });
});

describe('translation catalogues', () => {
  it('are complete in both languages', () => {
    expect(catalogueProblems()).toEqual([]);
  });

  it('report a key missing from one language', () => {
    expect(catalogueProblems({ en: { 'a.b': 'A', 'c.d': 'C' }, fr: { 'a.b': 'A' } })).toEqual([
      'src/lib/i18n/fr.json: missing key "c.d" (present in en.json); add its translation',
    ]);
  });
});
