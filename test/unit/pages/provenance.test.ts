/**
 * The source of each row of a table (lib/pages/provenance.ts `rowSources`): on the primary-source fixture
 * (a results paper at 3 decimals, a dataflow at 2 that prints an OECD average and is primary for the
 * composite), rows from the dataflow are marked and named with their DOI; what the site computed says so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countryEditionView } from '../../../src/lib/pages/countryEdition.ts';
import { rankingView } from '../../../src/lib/pages/ranking.ts';
import { repoRoot } from '../../helpers/realData.ts';
import { langs, pageContext } from '../../helpers/pageInputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'provenance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture with the dataflow primary for `levels` (none: the paper primary everywhere). */
function folder(name: string, levels: string[]): string {
  const data = join(dir, name);
  cpSync(join(repoRoot, 'test', 'fixtures', 'primary'), data, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8'));
  manifest.editions[0].sources[0].primaryFor = levels;
  writeFileSync(join(data, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return data;
}
const paperPrimary = folder('paper', []);
const flowComposite = folder('flow', ['composite']);
const flowDimensions = folder('flowDims', ['dimension']);

const NOTE = {
  en: 'Printed in Fixture (2025), Fixture at a Glance, Data Explorer, dataflow DF_FIX',
  fr: 'Publié dans Fixture (2025), Fixture at a Glance, Data Explorer, dataflow DF_FIX',
  es: 'Publicado en Fixture (2025), Fixture at a Glance, Data Explorer, dataflow DF_FIX',
};
const COMPUTED = {
  en: 'Computed by this site: ranks and the OECD average',
  fr: "Calculés par ce site\u202f: rangs et moyenne de l'OCDE",
  es: 'Calculados por este sitio: posiciones y promedio de la OCDE',
};

describe('rankings name the source of each row', () => {
  it.each(langs)('the paper primary: no row marked; ranks and the average marked as computed by this site (%s)', (lang) => {
    const table = rankingView(pageContext(lang, { dir: paperPrimary }), 'fix', '2023', 'composite', { id: 'r', tableOnly: true }).table;
    expect(table.rows.map((r) => r.source)).toEqual([undefined, undefined, undefined, undefined]);
    expect(table.computed).toEqual({ mark: '*', note: 'r-sources-computed' });
    expect(table.notes).toEqual([{ id: 'r-sources-computed', mark: '*', text: COMPUTED[lang] }]);
  });

  it.each(langs)('the dataflow primary for the composite: its rows marked 1 and named with the DOI; the row it lacks (GBR) unmarked (%s)', (lang) => {
    const table = rankingView(pageContext(lang, { dir: flowComposite }), 'fix', '2023', 'composite', { id: 'r', tableOnly: true }).table;
    expect(table.rows.map((r) => [r.country.href, r.score, r.source?.mark])).toEqual([
      ['/countries/kor/', '0.93', '1'],
      ['/countries/nld/', '0.74', '1'],
      ['/countries/gbr/', '0.70', undefined],
      ['/countries/fra/', '0.66', '1'],
    ].map(([href, score, mark]) => [lang === 'en' ? href : `/${lang}${href}`, lang === 'en' ? score : score!.replace('.', ','), mark]));
    expect(table.rows[0]!.source).toEqual({ mark: '1', note: 'r-sources-1' });
    expect(table.notes).toEqual([{ id: 'r-sources-1', mark: '1', text: NOTE[lang], href: 'https://doi.org/10.1787/fix-glance' }, { id: 'r-sources-computed', mark: '*', text: COMPUTED[lang] }]);
  });
});

describe('a profile’s edition tables name the source of each row', () => {
  it('the dataflow primary for the dimensions: each dimension row marked 1, the note under the tables', () => {
    const view = countryEditionView(pageContext('en', { dir: flowDimensions }), 'KOR', pageContext('en', { dir: flowDimensions }).data.requireEdition('fix', '2023'), true);
    expect(view.tables[0]!.rows.map((r) => [r.label, r.score, r.source?.mark])).toEqual([
      ['Data accessibility', '0.94', '1'],
      ['Open by default', '0.93', '1'],
    ]);
    expect(view.computed).toEqual({ mark: '*', note: 'fix-2023-kor-sources-computed' });
    expect(view.tables[0]!.rows[0]!.source).toEqual({ mark: '1', note: 'fix-2023-kor-sources-1' });
    expect(view.notes.map((n) => n.href ?? n.text)).toEqual(['https://doi.org/10.1787/fix-glance', COMPUTED.en]);
  });

  it('the paper primary: no row marked', () => {
    const ctx = pageContext('en', { dir: paperPrimary });
    const view = countryEditionView(ctx, 'KOR', ctx.data.requireEdition('fix', '2023'), true);
    expect(view.tables[0]!.rows.map((r) => r.source)).toEqual([undefined, undefined]);
  });
});
