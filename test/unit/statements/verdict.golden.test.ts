/**
 * The profile's verdict sentences (lib/statements/verdict.ts), pinned by golden files: every country of the
 * statement fixture in every edition, in English, French and Spanish; and a table of the cases that decide
 * the wording (above, below, level, ties, no pair of dimensions, no average).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/lib/i18n/languages.ts';
import { statementsOf } from '../../../src/lib/statements/stateFigure.ts';
import type { FigureStatement } from '../../../src/lib/statements/types.ts';
import { dimensionExtremes, sayVerdict, sayVerdictDimensions, sayVerdictFigure } from '../../../src/lib/statements/verdict.ts';
import { fixtureQueries } from '../../helpers/statementsFixture.ts';

const fixture = fixtureQueries();
const statements = statementsOf(fixture);
const dims = (edition: string, iso3: string) => ['d1', 'd2'].map((d) => statements.figure('fix', edition, iso3, d)!);

describe.each(['en', 'fr', 'es'] as const)('verdicts in %s', (lang: Lang) => {
  it('every fixture country in every edition', async () => {
    const lines: string[] = [];
    for (const edition of fixture.editions('fix')) {
      for (const country of fixture.dataset.countries) {
        const composite = statements.figure('fix', edition.edition, country.iso3, 'composite')!;
        if (composite.coverage !== 'stated' && composite.coverage !== 'not-stated-in-source') continue;
        lines.push(`fix ${edition.edition} ${country.iso3}: ${sayVerdict(composite, dims(edition.edition, country.iso3), lang)}`);
      }
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`./__golden__/verdicts/fixture.${lang}.txt`);
  });
});

/** A statement of the fixture with its score, average and rank replaced, for the cases the fixture lacks. */
function made(base: FigureStatement, change: { score?: number; average?: number | null; indicator?: string; label?: string }): FigureStatement {
  const s = structuredClone(base);
  if (change.score !== undefined) s.score = { ...s.score!, value: change.score, text: change.score.toFixed(s.score!.decimals) };
  if (change.average === null) s.average = null;
  else if (change.average !== undefined) s.average = { value: change.average, decimals: 3, text: change.average.toFixed(3), basis: 'computed' };
  if (change.indicator) s.indicator = change.indicator;
  if (change.label) s.about = { ...s.about, indicator: { en: change.label, fr: change.label, es: change.label } };
  return s;
}

describe('the cases that decide the wording', () => {
  const [d1, d2] = dims('2023', 'FRA') as [FigureStatement, FigureStatement];
  const composite = statements.figure('fix', '2023', 'FRA', 'composite')!;
  it.each([
    { case: 'above the average', s: made(composite, { score: 0.7, average: 0.6 }), en: /, 0\.100 above the OECD average \(0\.600\)/ },
    { case: 'below the average', s: made(composite, { score: 0.5, average: 0.6 }), en: /, 0\.100 below the OECD average \(0\.600\)/ },
    { case: 'level with the average: no gap of 0.000 is said', s: made(composite, { score: 0.6, average: 0.6 }), en: /, level with the OECD average \(0\.600\), and ranks/ },
    { case: 'no average: no comma before "and ranks"', s: made(composite, { average: null }), en: /^France scores 0\.665 in FIX 2023 and ranks /u },
  ])('$case', ({ s, en }) => {
    expect(sayVerdictFigure(s, 'en')).toMatch(en);
  });

  it('the strongest and weakest by gap to the average, ties named together with "each"', () => {
    const a = made(d1, { score: 0.8, average: 0.6, indicator: 'a', label: 'A' });
    const b = made(d2, { score: 0.8, average: 0.6, indicator: 'b', label: 'B' });
    const c = made(d2, { score: 0.5, average: 0.6, indicator: 'c', label: 'C' });
    expect(sayVerdictDimensions([a, b, c], 'en')).toBe('Its strongest dimensions against the OECD average are A and B (+0.200 each); its weakest is C (−0.100).');
    expect(sayVerdictDimensions([a, b, c], 'fr', 'pillar')).toBe('Ses piliers les plus forts par rapport à la moyenne de l\'OCDE sont «\u202fA\u202f» et «\u202fB\u202f» (+0,200 chacun)\u202f; le plus faible, «\u202fC\u202f» (−0,100).');
    expect(sayVerdictDimensions([a, b, c], 'es')).toBe('Sus dimensiones más fuertes frente al promedio de la OCDE son «A» y «B» (+0,200 cada una); la más débil, «C» (−0,100).');
  });

  // Behaviour change: "its weakest is B (+0.100)" read wrong where every dimension is above the average.
  it('every dimension above the average: the largest and the smallest lead, not a "weakest"', () => {
    const a = made(d1, { score: 0.9, average: 0.6, indicator: 'a', label: 'A' });
    const b = made(d2, { score: 0.7, average: 0.6, indicator: 'b', label: 'B' });
    expect(sayVerdictDimensions([a, b], 'en')).toBe('The lead over the OECD average is largest in A (+0.300) and smallest in B (+0.100).');
    expect(sayVerdictDimensions([a, b], 'fr', 'pillar')).toBe("L'avance sur la moyenne de l'OCDE est la plus forte pour «\u202fA\u202f» (+0,300) et la plus faible pour «\u202fB\u202f» (+0,100).");
    expect(sayVerdictDimensions([a, b], 'es')).toBe('Su ventaja sobre el promedio de la OCDE es mayor en «A» (+0,300) y menor en «B» (+0,100).');
  });

  it('every dimension below the average: the smallest and the largest shortfall, not a "strongest"', () => {
    const a = made(d1, { score: 0.5, average: 0.6, indicator: 'a', label: 'A' });
    const b = made(d2, { score: 0.3, average: 0.6, indicator: 'b', label: 'B' });
    const c = made(d2, { score: 0.3, average: 0.6, indicator: 'c', label: 'C' });
    expect(sayVerdictDimensions([a, b, c], 'en')).toBe('The shortfall from the OECD average is smallest in A (\u22120.100) and largest in B and C (\u22120.300 each).');
    expect(sayVerdictDimensions([a, b, c], 'fr')).toBe("Le retard sur la moyenne de l'OCDE est le plus faible pour «\u202fA\u202f» (\u22120,100) et le plus fort pour «\u202fB\u202f» et «\u202fC\u202f» (\u22120,300 chacune).");
    expect(sayVerdictDimensions([a, b, c], 'es', 'pillar')).toBe('Su desventaja frente al promedio de la OCDE es menor en «A» (\u22120,100) y mayor en «B» y «C» (\u22120,300 cada uno).');
  });

  it.each([
    { case: 'one dimension with a gap', list: () => [made(d1, { score: 0.7, average: 0.6 }), made(d2, { average: null })] },
    { case: 'every gap the same (the strongest would be the weakest)', list: () => [made(d1, { score: 0.7, average: 0.6 }), made(d2, { score: 0.8, average: 0.7 })] },
    { case: 'no dimension', list: () => [] },
  ])('no strongest and weakest: $case', ({ list }) => {
    expect(dimensionExtremes(list())).toBeUndefined();
    expect(sayVerdictDimensions(list(), 'en')).toBeUndefined();
  });
});
