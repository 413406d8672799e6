/** The texts `npm run check` lists for review: older than the newest data change they may speak of. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleTexts, textDates, type TextDate } from '../../../src/lib/content/staleTexts.ts';
import { fixtureQueries } from '../../helpers/statementsFixture.ts';

const data = fixtureQueries();
const text = (path: string, updated: string): TextDate => ({ file: `content/${path}`, path, updated, line: 4 });

describe('staleTexts (fixture: newest edition FIX 2025, published 2025-12)', () => {
  it.each([
    ['pages/home.mdx', '2025-11-30', true],
    ['pages/home.mdx', '2025-12-01', false],
    ['pages/home.mdx', '2026-01-15', false],
    ['indices/fix/d1.mdx', '2024-01-01', true],
    ['countries/kor.mdx', '2019-05-05', true],
  ] as const)('%s reviewed %s: listed %s', (path, updated, listed) => {
    expect(staleTexts([text(path, updated)], data).length).toBe(listed ? 1 : 0);
  });

  it('names the file, the line of "updated", the edition and what to do', () => {
    expect(staleTexts([text('pages/home.mdx', '2025-06-01')], data)).toEqual([
      { file: 'content/pages/home.mdx', line: 4, message: '"updated" is 2025-06-01, before FIX 2025 (published 2025-12); re-read what the text says of editions, counts and averages, then set "updated" to the day of the review' },
    ]);
  });

  it('an edition added after its publication counts from the day it was added', () => {
    const added = { ...data, editions: (index: string) => data.editions(index).map((e) => (e.edition === '2025' ? { ...e, added: '2026-03-10' } : e)) };
    expect(staleTexts([text('pages/home.mdx', '2026-03-09')], added)[0]?.message).toMatch(/before FIX 2025 \(added 2026-03-10\)/);
    expect(staleTexts([text('pages/home.mdx', '2026-03-10')], added)).toEqual([]);
  });
});

describe('textDates', () => {
  it('reads "updated" and its line from every published text, in every language, drafts left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-'));
    mkdirSync(join(dir, 'fr', 'indices', 'fix'), { recursive: true });
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'home.mdx'), '---\ntitle: "Home"\nsummary: "S"\nupdated: 2025-01-02\n---\n\nText.\n');
    writeFileSync(join(dir, 'fr', 'indices', 'fix', 'd1.mdx'), '\uFEFF---\r\ntitle: "D1"\r\n\r\nupdated: "2024-05-06"\r\nsummary: "S"\r\n---\r\nTexte.\r\n');
    writeFileSync(join(dir, 'pages', 'draft.mdx'), '---\ntitle: "D"\nsummary: "S"\nupdated: 2020-01-01\ndraft: true\n---\n');
    const rel = (p: string) => relative(process.cwd(), join(dir, p));
    expect(textDates(dir)).toEqual([
      { file: rel('fr/indices/fix/d1.mdx'), path: 'indices/fix/d1.mdx', updated: '2024-05-06', line: 4 },
      { file: rel('pages/home.mdx'), path: 'pages/home.mdx', updated: '2025-01-02', line: 4 },
    ]);
  });
});
