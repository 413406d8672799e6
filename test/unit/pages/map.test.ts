/**
 * The world maps by edition on fixture data (test/fixtures/statements: FIX 2019, 2021, 2023 complete; 2025
 * partial, Korea assessed but not transcribed, the United States not taking part): the map page of each
 * edition, the switch between them, and a partial edition's map drawn as what it is.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { countryListPage } from '../../../src/lib/pages/countryList.ts';
import { mapPage } from '../../../src/lib/pages/mapPage.ts';
import { worldMapView } from '../../../src/lib/pages/worldMap.ts';
import { coverageWord, chartCoverageWord } from '../../../src/lib/statements/cells.ts';
import { langs, pageContext, prefix } from '../../helpers/pageInputs.ts';
import { fixtureDir } from '../../helpers/statementsFixture.ts';

describe.each(langs)('maps by edition in %s', (lang) => {
  const ctx = pageContext(lang, { dir: fixtureDir, here: `${prefix(lang)}/indices/fix/map/2025/` });
  const partial = mapPage(ctx, { index: 'fix', edition: '2025' });
  const latest = worldMapView(pageContext(lang, { dir: fixtureDir }), 'fix', 'home-map-fix');

  it('names each map by its edition: the id, the page and the address', () => {
    expect(partial.map.figure.id).toBe('fix-map-2025');
    expect(partial.head.path).toBe('indices/fix/map/2025/');
    expect(partial.map.figure.address).toBe(`https://profiles.example.org${prefix(lang)}/indices/fix/map/2025/#fix-map-2025`);
    expect(latest.figure.id).toBe('home-map-fix-2023');
    expect(latest.figure.address).toBe(`https://profiles.example.org${prefix(lang)}/indices/fix/map/2023/#home-map-fix-2023`);
  });

  it('switches between every edition, oldest first, the shown one current, the latest complete one said so', () => {
    const complete = translate(lang, 'chartMark.latestComplete');
    expect(partial.map.editions.map((e) => [e.text, e.href, e.current])).toEqual([
      ['2019', `${prefix(lang)}/indices/fix/map/2019/`, false],
      ['2021', `${prefix(lang)}/indices/fix/map/2021/`, false],
      [`2023 (${complete})`, `${prefix(lang)}/indices/fix/map/2023/`, false],
      [`2025 (${translate(lang, 'edition.partial')})`, `${prefix(lang)}/indices/fix/map/2025/`, true],
    ]);
    expect(latest.editions.filter((e) => e.current).map((e) => e.text)).toEqual([`2023 (${complete})`]);
    expect(latest.figure.title).toContain(`FIX 2023 (${complete})`);
    expect(partial.title).toBe(partial.map.figure.title);
    expect(partial.title).not.toContain(complete);
  });

  it('draws a partial edition as published: its mark in the drawing and table, nobody ranked, alphabetical rows', () => {
    const mark = translate(lang, 'chartMark.partialEdition', { index: 'FIX', edition: '2025' });
    expect(partial.map.figure.svg.toString()).toContain('class="chart-mark"');
    expect(partial.map.figure.narrow, 'one drawing, for every width').toBeUndefined();
    expect(partial.map.caption).toBe(mark);
    expect(partial.map.ranked).toBe(false);
    expect(partial.map.rows.every((r) => !r.notRanked)).toBe(true);
    const names = partial.map.rows.map((r) => r.country.text);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
    expect(latest.ranked).toBe(true);
    expect(latest.caption).toBe(latest.figure.title);
    expect(latest.figure.svg.toString()).not.toContain('class="chart-mark"');
  });

  it('shows Korea, assessed but not transcribed, apart from the countries not covered, and never with a score', () => {
    const korea = partial.map.rows.find((r) => r.country.href === `${prefix(lang)}/countries/kor/`)!;
    expect(korea.score).toBe(coverageWord('assessed-not-transcribed', lang));
    expect(partial.map.rows.some((r) => r.country.href.endsWith('/countries/usa/'))).toBe(false);
    expect(partial.map.legend.map((l) => l.className).slice(-2)).toEqual(['map-cross', 'map-hatch']);
    expect(partial.map.legend.at(-2)!.text).toBe(chartCoverageWord('assessed-not-transcribed', lang));
    expect(partial.map.figure.svg.toString()).toMatch(/class="map-blank map-untranscribed"/);
    expect(latest.legend.map((l) => l.className)).not.toContain('map-cross');
  });

  it('the countries list links every edition’s map, 2025 included', () => {
    const list = countryListPage(pageContext(lang, { dir: fixtureDir }));
    expect(list.editions).toHaveLength(1);
    expect(list.editions[0]!.links.map((l) => l.href)).toEqual(['2019', '2021', '2023', '2025'].map((e) => `${prefix(lang)}/indices/fix/map/${e}/`));
  });
});
