/**
 * check and build agree: what `npm run build` refuses, `npm run check` refuses first, in the same words.
 * Each case breaks a fixture and runs both scripts on it; their problem lines must be the same.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRONT, put } from './contentCases.ts';
import { text, write } from './dataCases.ts';
import { makeFixture, type Fixture } from './fixture.ts';
import { root } from '../../helpers/buildSite.ts';
import { runScript } from './run.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The lines that state a problem: the listed ones and a "Nothing was …" refusal (its verb left out). */
const problems = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith('  ') || line.startsWith('Nothing was checked: ') || line.startsWith('Nothing was built: '))
    .map((line) => line.replace(/^Nothing was (checked|built): /, 'Nothing was …: '));

const cases: { name: string; arrange: (f: Fixture) => Record<string, string> | void; first: (f: Fixture) => string }[] = [
  {
    name: 'a new group without its name in the catalogues',
    arrange: (f) => write(f, 'groups.json', text(f, 'groups.json').replace('"groups": [', '"groups": [\n    { "id": "baltic", "source": "https://example.org/", "members": ["EST", "LVA", "LTU"] },')),
    first: (f) => `  ${join(f.data, 'groups.json')}:4: group "baltic" has no name in src/lib/i18n/en.json, src/lib/i18n/fr.json, src/lib/i18n/es.json; add the key "group.baltic" with the group's name to every catalogue (en, fr, es)`,
  },
  {
    name: 'a !!js/function tag in frontmatter',
    arrange: (f) => put(f, 'countries/kor.mdx', FRONT.replace('title: "Note"', 'title: !!js/function "function () {}"')),
    first: (f) => `  ${relative(root, join(f.content, 'countries/kor.mdx'))}:2: frontmatter uses the YAML tag !!js/function; remove it and write a plain value (text, a date, a list)`,
  },
  {
    name: 'a SITE_URL the site cannot be published at',
    arrange: () => ({ SITE_URL: 'ftp://profiles.example.org/' }),
    first: () => 'Nothing was …: SITE_URL="ftp://profiles.example.org/" uses ftp:; give an http(s) address, e.g. SITE_URL=https://profiles.example.org/.',
  },
  {
    name: 'a BASE_PATH given as a URL',
    arrange: () => ({ BASE_PATH: 'https://evil.example/' }),
    first: () => 'Nothing was …: BASE_PATH "https://evil.example/" is a URL, not a path; write the sub-path the site is served under, e.g. BASE_PATH=/profiles/.',
  },
];

describe('corpus: check refuses first whatever the build refuses, in the same words', () => {
  it.concurrent.each(cases)('$name', async ({ arrange, first }) => {
    const f = makeFixture();
    made.push(f.dir);
    const env = { DATA_DIR: f.data, CONTENT_DIR: f.content, ...(arrange(f) ?? {}) };
    const [check, build] = await Promise.all([
      runScript('check.ts', { ...env, SKIP_TYPES: '1' }),
      runScript('build.ts', { ...env, OUT_DIR: join(f.dir, 'dist'), ASTRO_CACHE_DIR: join(f.dir, 'cache') }),
    ]);
    expect(check.status, check.stderr).toBe(1);
    expect(build.status, build.stderr).toBe(1);
    expect(problems(check.stderr)[0]).toBe(first(f));
    expect(problems(build.stderr)).toEqual(problems(check.stderr));
  }, 60_000);
});
