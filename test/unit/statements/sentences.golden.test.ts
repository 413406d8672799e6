/**
 * Golden files of the generated sentences: for the United States, the Netherlands, the United Kingdom,
 * Korea and Peru, every edition of both indices in English, French and Spanish, read from the real
 * data's statements; and the fixture's Peru, which has one dimension stated in a partial edition.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { sayAverage, sayChange, sayExtremes, sayFigure } from '../../../src/lib/statements/say.ts';
import { statementsOf } from '../../../src/lib/statements/stateFigure.ts';
import type { DataIndex } from '../../../src/lib/query/dataIndex.ts';
import { buildFrom, realDataDir, realDataCwd } from '../../helpers/realData.ts';
import { fixtureQueries } from '../../helpers/statementsFixture.ts';

const real = indexData(buildFrom(realDataCwd, realDataDir));
const COUNTRIES = ['USA', 'NLD', 'GBR', 'KOR', 'PER'];

/** Every sentence said about a country in every edition of every index: composite, average, change, dimensions. */
function sentences(queries: DataIndex, iso3: string, lang: Lang): string[] {
  const statements = statementsOf(queries);
  const lines: string[] = [];
  for (const index of queries.dataset.indices) {
    for (const edition of queries.editions(index.id)) {
      const composite = statements.figure(index.id, edition.edition, iso3, 'composite')!;
      lines.push(`${index.id} ${edition.edition}`);
      for (const text of [sayFigure(composite, lang), composite.score && sayAverage(composite, lang), sayChange(composite, lang)]) if (text) lines.push(`  ${text}`);
      const dimensions = index.indicators.filter((i) => i.level === 'dimension').map((i) => statements.figure(index.id, edition.edition, iso3, i.id)!);
      if (composite.score || dimensions.some((d) => d.score)) lines.push(`  ${sayExtremes(dimensions, lang, index.id === 'ourdata' ? 'pillar' : 'dimension')}`);
      for (const d of dimensions) if (!d.score && d.coverage !== composite.coverage) lines.push(`  ${sayFigure(d, lang)}`);
    }
  }
  return lines;
}

describe.each(['en', 'fr', 'es'] as const)('generated sentences in %s', (lang) => {
  it.each(COUNTRIES)('%s', async (iso3) => {
    await expect(`${sentences(real, iso3, lang).join('\n')}\n`).toMatchFileSnapshot(`./__golden__/sentences/${iso3.toLowerCase()}.${lang}.txt`);
  });

  it('one dimension stated: no "highest: X; lowest: X"', async () => {
    const fixture = fixtureQueries();
    const statements = statementsOf(fixture);
    const peru = ['d1', 'd2'].map((d) => statements.figure('fix', '2025', 'PER', d)!);
    const one = sayExtremes(peru, lang)!;
    await expect(`${one}\n${sentences(fixture, 'PER', lang).join('\n')}\n`).toMatchFileSnapshot(`./__golden__/sentences/fixture-per.${lang}.txt`);
  });
});

describe('generated sentences read as written', () => {
  const all = (['en', 'fr', 'es'] as const).flatMap((lang) => COUNTRIES.flatMap((iso3) => sentences(real, iso3, lang)));

  it('have no glyph a screen reader would read aloud, a sign after a word of direction, -0 or "Netherlands\'s"', () => {
    expect(all.filter((line) => /[▲▼]|\b(Up|Down|hausse de|baisse de|Sube|Baja) [+\u2212-]|[\u2212-]0[.,]0+\b|s's\b/.test(line))).toEqual([]);
  });

  it('start with a capital and say the article where the language needs one', () => {
    expect(all.filter((line) => /^\s+\p{Ll}/u.test(line))).toEqual([]);
    expect(all).toContain('  The United States did not take part in DGI 2025 (partial edition).');
    expect(all).toContain("  Les États-Unis n'ont pas participé à l'édition 2025 (partielle) de l'indice DGI.");
    expect(all).toContain('  Los Estados Unidos no participaron en el DGI 2025 (edición parcial).');
  });
});
