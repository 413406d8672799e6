import { describe, expect, it } from 'vitest';
import { buildRecord, recording } from '../../../scripts/build/renderRecord.ts';
import { RENDER_RECORD } from '../../../src/lib/output/chartFiles.ts';
import { createPageContext } from '../../../src/lib/pages/context.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

const file = (page: string, id: string, svg = 's') => ({ page, id, svg, csv: 'c' });

describe('buildRecord()', () => {
  it('gives the charts by page and id, whatever order the pages rendered in', () => {
    const record = buildRecord();
    for (const f of [file('fr/', 'b'), file('', 'z'), file('fr/', 'a'), file('', 'a')]) record.chart(f);
    expect(record.charts().map((f) => `${f.page}${f.id}`)).toEqual(['a', 'z', 'fr/a', 'fr/b']);
  });

  it('keeps a figure rendered twice once, and refuses two different figures with one id on a page', () => {
    const record = buildRecord();
    record.chart(file('fr/', 'a'));
    record.chart(file('fr/', 'a'));
    expect(record.charts()).toHaveLength(1);
    expect(() => record.chart(file('fr/', 'a', 'other'))).toThrow('two different figures have the id "a" on the page /fr/');
  });
});

describe('recording()', () => {
  it('puts the record where the page context finds it during the build only, and the context hands it its page’s figures', async () => {
    const record = buildRecord();
    const { data, groups } = pageContext('en');
    await recording(record, async () => {
      const found = (globalThis as { [RENDER_RECORD]?: typeof record })[RENDER_RECORD];
      expect(found).toBe(record);
      const ctx = createPageContext({ data, groups, lang: 'fr', base: '/profiles/', address: undefined, here: '/profiles/fr/countries/kor/', record: found });
      ctx.keepFigure({ id: 'x', title: 'T', address: '', svg: '<svg viewBox="0 0 10 10"><desc>d</desc></svg>' }, '<table><tr><td>1</td></tr></table>');
      ctx.unlisted();
    });
    expect((globalThis as { [RENDER_RECORD]?: unknown })[RENDER_RECORD]).toBeUndefined();
    expect(record.charts().map((f) => [f.page, f.id])).toEqual([['fr/countries/kor/', 'x']]);
    expect([...record.unlistedPages()]).toEqual(['fr/countries/kor/']);
  });

  it('empties the slot when the build fails', async () => {
    await expect(recording(buildRecord(), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((globalThis as { [RENDER_RECORD]?: unknown })[RENDER_RECORD]).toBeUndefined();
  });
});
