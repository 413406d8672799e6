import { beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../../src/lib/i18n/translate.ts';
import { dataPackage, downloadFiles, tableSchema } from '../../../src/lib/output/dataPackage.ts';
import { observationColumns } from '../../../src/lib/output/downloadSchema.ts';
import { indexData, type DataIndex } from '../../../src/lib/query/dataIndex.ts';
import { previewAlt, previewCards, previewFor, previewImagePath } from '../../../src/lib/pages/previews.ts';
import { buildFrom, realDataDir, realDataCwd } from '../../helpers/realData.ts';

let queries: DataIndex;
beforeAll(() => {
  queries = indexData(buildFrom(realDataCwd, realDataDir));
});

describe('previewCards() on the real data', () => {
  it('has one card per profile, index and policy-area page, and a generic one, in every language', () => {
    const { countries, indices } = queries.dataset;
    const areas = indices.reduce((n, i) => n + i.indicators.length - 1, 0);
    for (const lang of languages) expect(previewCards(queries, lang)).toHaveLength(1 + countries.length + indices.length + areas);
  });
  it("shows Korea's headline scores and ranks as the profile does, in the page's language", () => {
    const en = previewFor(queries, 'en', 'countries/kor/');
    expect(en.heading).toBe('Korea');
    expect(en.rows.map((r) => [r.label, r.value, r.detail])).toEqual([['DGI 2023', '0.935', '1st of 33 OECD members'], ['OURdata 2023', '0.91', '1st of 36 OECD members']]);
    const fr = previewFor(queries, 'fr', 'countries/kor/');
    expect(fr.rows[0]!.value).toBe('0,935');
    expect(previewAlt(fr)).toContain('Corée');
  });
  it('leads with the newest edition covering the country, as the profile does (Germany: DGI 2019)', () => {
    expect(previewFor(queries, 'en', 'countries/deu/').rows[0]!.label).toBe('DGI 2019');
  });
  it('says why, without a bar, where no edition of an index covers the country (United States: did not take part in DGI 2025)', () => {
    expect(previewFor(queries, 'en', 'countries/usa/').rows[0]).toEqual({ label: 'DGI', value: 'did not take part', detail: '', share: null });
  });
  it('falls back to the generic card for pages without their own', () => {
    expect(previewFor(queries, 'en', 'downloads/').path).toBe('site/');
    expect(previewImagePath('fr', 'site/')).toBe('og/fr/site.png');
    expect(previewImagePath('en', 'indices/dgi/open-by-default/')).toBe('og/indices/dgi/open-by-default.png');
  });
});

describe('dataPackage() on the real data', () => {
  it('describes observations.csv, each edition and each country, all with the one schema, then the methodology with its own', () => {
    const pkg = dataPackage(queries, undefined);
    expect(pkg.resources.map((r) => r.path)).toEqual([...downloadFiles(queries).map((f) => f.path), 'methodology.csv']);
    expect(pkg.resources.filter((r) => r.schema !== 'observations.schema.json').map((r) => r.name)).toEqual(['methodology']);
    expect(pkg.resources.filter((r) => r.path.startsWith('editions/')).map((r) => r.name)).toEqual(queries.dataset.editions.map((e) => `${e.index}-${e.edition}`));
    expect(pkg).not.toHaveProperty('homepage');
    expect(tableSchema(queries).fields.map((f) => f.name)).toEqual(observationColumns);
  });
});
