/** The policy-area page's view model: which edition leads, its top three, and the changes it may list. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { policyAreaPage } from '../../../src/lib/pages/policyArea.ts';
import { useDataCopy } from '../../helpers/realData.ts';
import { dataOf, langs, pageContext, prefix } from '../../helpers/pageInputs.ts';

const { data: site } = dataOf();

describe.each(langs)('policyArea() in %s', (lang) => {
  it('DGI Digital by design: led by the partial 2025 scores, which rank nobody (no top three), with the changes since 2023 largest first', () => {
    const view = policyAreaPage(pageContext(lang), { index: 'dgi', indicator: 'digital-by-design' });
    expect(view.rankingHeading).toBe(translate(lang, 'index.partialScores', { index: 'DGI', edition: '2025' }));
    expect(view.top).toEqual([]);
    expect(view.previous).toBe('2023');
    expect(view.changeBreakHidden).toBeUndefined();
    const changed = site.ranking('dgi', '2025', 'digital-by-design').filter((o) => o.change && !o.change.methodologyBreak);
    expect(view.changes!.rows).toHaveLength(changed.length);
    const best = [...changed].sort((a, b) => b.change!.delta - a.change!.delta)[0]!;
    expect(view.changes!.rows[0]!.country).toEqual({ text: site.requireCountry(best.iso3).name[lang], href: `${prefix(lang)}/countries/${best.iso3.toLowerCase()}/` });
    expect(view.past.map((p) => p.ranking.figure)).toEqual([undefined, undefined]);
    expect(view.head.crumbs).toEqual([{ text: site.requireIndex('dgi').label[lang], href: `${prefix(lang)}/indices/dgi/` }]);
  });

  it('OURdata policy content (a sub-pillar): led by 2023, ranked, top three; no change across the 2019→2023 break', () => {
    const view = policyAreaPage(pageContext(lang), { index: 'ourdata', indicator: 'availability-policy' });
    expect(view.rankingHeading).toBe(translate(lang, 'area.ranking', { index: 'OURdata', edition: '2023' }));
    expect(view.top.length).toBeGreaterThanOrEqual(3);
    expect(view.top[0]!.country.text).toBe(site.requireCountry(site.ranking('ourdata', '2023', 'availability-policy')[0]!.iso3).name[lang]);
    expect(view.changeBreakHidden).toBe(translate(lang, 'area.changeBreakHidden', { from: '2019', to: '2023' }));
    expect(view.changes).toBeUndefined();
    expect(view.past).toEqual([]);
    expect(view.subs).toEqual([]);
    expect(view.head.crumbs.map((c) => c.href)).toEqual([`${prefix(lang)}/indices/ourdata/`, `${prefix(lang)}/indices/ourdata/data-availability/`]);
  });

  it('an OURdata pillar lists its sub-pillars under the language prefix', () => {
    const view = policyAreaPage(pageContext(lang), { index: 'ourdata', indicator: 'data-availability' });
    expect(view.subs.map((s) => s.link.href)).toEqual(site.children('ourdata', 'data-availability').map((s) => `${prefix(lang)}/indices/ourdata/${s.id}/`));
    expect(view.head.pagefindMeta.type).toBe(translate(lang, 'type.policyArea'));
  });
});

describe('policyArea() without a previous edition', () => {
  const copy = useDataCopy();

  it('with DGI 2019 alone, the area has no change section, only the sentence saying so', () => {
    const data = copy();
    data.editManifest((m) => {
      m.editions = m.editions.filter((e: { index: string; edition: string }) => e.index !== 'dgi' || e.edition === '2019');
      // The record of changes names only editions the manifest holds.
      m.changes = m.changes.filter((c: { editions: { index: string; edition: string }[] }) => c.editions.every((r) => m.editions.some((e: { index: string; edition: string }) => e.index === r.index && e.edition === r.edition)));
    });
    data.remove('dgi-2023.csv');
    data.remove('dgi-2025.csv');
    const only2019 = pageContext('en', { dir: data.dir });
    const view = policyAreaPage(only2019, { index: 'dgi', indicator: 'user-driven' });
    expect(view.previous).toBeUndefined();
    expect(view.changeHeading).toBe(translate('en', 'index.editions'));
    expect(view.changes).toBeUndefined();
    expect(view.changeBreakHidden).toBeUndefined();
    expect(view.past).toEqual([]);
    expect(view.rankingHeading).toBe(translate('en', 'area.ranking', { index: 'DGI', edition: '2019' }));
    expect(view.top).toHaveLength(only2019.data.ranking('dgi', '2019', 'user-driven').filter((o) => o.rank !== null && o.rank <= 3).length);
    expect(view.top[0]!.rank).toBe('1st');
  });
});
