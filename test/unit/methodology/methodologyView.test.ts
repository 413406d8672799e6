import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodologyView } from '../../../src/lib/pages/methodologyView.ts';
import { methodologyTreeView } from '../../../src/lib/pages/methodologyTree.ts';
import { policyAreaPage } from '../../../src/lib/pages/policyArea.ts';
import { repoRoot } from '../../helpers/realData.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

const dir = join(repoRoot, 'test', 'fixtures', 'methodology');
const NB = '\u00a0';

describe('methodologyView() of one dimension on the fixture', () => {
  it('lists every edition newest first: not read (2025), weighted questions (2023), items and parameters (2019)', () => {
    const view = methodologyView(pageContext('en', { dir }), 'fix', 'd1')!;
    expect(view.id).toBe('how-built');
    expect(view.editions.map((e) => [e.heading, e.kind])).toEqual([['FIX 2025', 'unknown'], ['FIX 2023', 'questions'], ['FIX 2019', 'items']]);
    const [y2025, y2023, y2019] = view.editions;
    expect(y2025!.unknown).toEqual({
      text: "The methodology of FIX 2025 (its questions, facets and weights) could not be read from the OECD's publications, so it is not shown here; the scores of this edition are shown as published. The OECD's publication:",
      link: { text: 'Fixture (2026)', href: 'https://example.org/fixture-2025' },
    });
    expect(y2023).toMatchObject({
      id: 'how-built-2023',
      definition: 'Opening data unless there is a reason not to.',
      period: 'Reference period of the survey: 2022.',
      source: 'Source: Fixture (2024); Table B.1; p. 3.',
    });
    expect(y2023!.facets).toEqual({
      caption: 'FIX 2023: the facets of Open by default, their weight in the composite and the OECD average',
      countHeading: 'Questions',
      hasAverage: true,
      hasSum: true,
      rows: [
        { facet: 'Strategic approach', weight: '20.00%', count: '2', sum: '20.00%', oecdAverage: '70%' },
        { facet: 'Policy levers', weight: '30.00%', count: '3', sum: '30.00%', oecdAverage: '50%' },
      ],
      total: { facet: 'Open by default, all facets', weight: '50.00%', count: '5', sum: '50.00%', oecdAverage: '60%' },
    });
    expect(y2023!.questions!.rows.map((q) => [q.facet, q.number, q.numberKey, q.label, q.type, q.weight, q.page])).toEqual([
      ['Strategic approach', '1', '1.00', 'Whether an open data strategy exists', 'Yes / No', '10.00%', '3'],
      ['Strategic approach', '1a', '1.01', 'Open-source policy', 'Yes / No', '10.00%', '3'],
      ['Policy levers', '2', '2.00', 'Incentives to publish open data', 'Multiple choice', '10.00%', '3'],
      ['Policy levers', '3', '3.00', 'Rules on algorithmic transparency', 'Single choice', '10.00%', '3'],
      ['Policy levers', '4', '4.00', 'High-value datasets', 'Multiple choice', '10.00%', '3'],
    ]);
    expect(y2023!.questions!.sumLine).toBe("The 5 question weights add up to 50.00%, the dimension's weight in the composite.");
    expect(y2019).toMatchObject({
      scoring: 'No weights were published for this pilot edition: each of the 4 survey items is recoded to a maximum of 1 and counts equally, and the dimension\'s score is the mean of its items. The four facets grouped the items for analysis only; they were not used for scoring.',
      parameters: { heading: 'The 2 detailed parameters the OECD lists for this dimension', items: ['Open data strategy in place', 'Open-source policy'] },
    });
    expect(y2019!.facets!.rows.map((r) => [r.facet, r.count, r.weight])).toEqual([['Strategic approach', '1', undefined], ['Policy levers', '3', undefined]]);
  });

  it('speaks French and Spanish with their own numbers and labels', () => {
    const fr = methodologyView(pageContext('fr', { dir }), 'fix', 'd2')!.editions[1]!;
    expect(fr.facets!.rows[1]).toEqual({ facet: "Leviers d'action", weight: `25,00${NB}%`, count: '2', sum: `25,00${NB}%`, oecdAverage: `60${NB}%` });
    expect(fr.questions!.rows[2]).toMatchObject({ label: 'Tests avec les usagers', type: 'Oui / Non', weight: `12,50${NB}%` });
    expect(fr.heading).toBe('FIX 2023');
    const es = methodologyView(pageContext('es', { dir }), 'fix', 'd2')!.editions[1]!;
    expect(es.questions!.caption).toBe('FIX 2023: las 3 preguntas de «User-driven», por faceta'.replace('User-driven', 'Impulsado por los usuarios'));
    expect(es.questions!.rows[0]).toMatchObject({ facet: 'Enfoque estratégico', label: 'Actores que participan en la estrategia', weight: '25,00\u00a0%' });
  });

  it('is the last section of the policy-area page and none for the composite', () => {
    const ctx = pageContext('en', { dir });
    expect(policyAreaPage(ctx, { index: 'fix', indicator: 'd1' }).methodology?.editions).toHaveLength(3);
    expect(methodologyView(ctx, 'fix', 'composite')).toBeUndefined();
  });

  it('draws the tree of the newest edition with questions (FIX 2023) with its table', () => {
    const tree = methodologyTreeView(pageContext('en', { dir }), 'fix')!;
    expect(tree.count).toBe(8);
    expect(tree.intro).toBe('The FIX 2023 composite rests on 8 questions of the OECD Survey on Digital Government: 2 dimensions of equal weight (50.00% each), each in four facets.');
    expect(tree.figure.summary).toBe('Each band is sized by its weight within its parent. Open by default: 5 questions and User-driven: 3 questions.');
    expect(tree.rows.map((r) => [r.level, r.part.text, r.weight, r.questions])).toEqual([
      ['dimension', 'Open by default', '50.00%', '5'],
      ['facet', 'Strategic approach', '20.00%', '2'],
      ['facet', 'Policy levers', '30.00%', '3'],
      ['dimension', 'User-driven', '50.00%', '3'],
      ['facet', 'Strategic approach', '25.00%', '1'],
      ['facet', 'Policy levers', '25.00%', '2'],
    ]);
    expect(tree.rows[0]!.part.href).toBe('/indices/fix/d1/#how-built');
  });
});

describe('OURdata pillars and sub-pillars (real data, OURdata 2019, 2023 and 2025)', () => {
  it('gives the equal weights from the manifest and says what is not available', () => {
    const pillar = methodologyView(pageContext('en'), 'ourdata', 'data-availability')!.structure!;
    expect(pillar.sentences).toEqual(['In OURdata 2025 (partial edition), OURdata 2023 and OURdata 2019, the composite is made of 3 pillars of equal weight: each counts for 33.33% of it.']);
    expect(pillar.partsHeading).toBe('Its 3 parts in OURdata 2023 and their weight in the composite');
    expect(pillar.parts.map((p) => p.weight)).toEqual(['11.11%', '11.11%', '11.11%']);
    expect(pillar.notPublished).toMatch(/^Not available here: the questions behind each OURdata sub-pillar/);
    const sub = methodologyView(pageContext('fr'), 'ourdata', 'reuse-monitoring')!.structure!;
    expect(sub.sentences).toEqual([`Dans OURdata 2023, le pilier «\u202fSoutien public à la réutilisation des données\u202f» se compose de 3 sous-piliers de poids égal\u202f: chacun représente 11,11\u00a0% du score composite.`]);
    expect(sub.parts).toEqual([]);
  });

  it('gives DGI 2023 open by default its four facets in every language', () => {
    for (const [lang, weights] of [['en', ['1.52%', '3.03%', '9.85%', '2.27%']], ['fr', ['1,52\u00a0%', '3,03\u00a0%', '9,85\u00a0%', '2,27\u00a0%']], ['es', ['1,52\u00a0%', '3,03\u00a0%', '9,85\u00a0%', '2,27\u00a0%']]] as const) {
      const dgi2023 = methodologyView(pageContext(lang), 'dgi', 'open-by-default')!.editions.find((e) => e.heading === 'DGI 2023')!;
      expect(dgi2023.facets!.rows.map((r) => r.weight)).toEqual(weights);
      expect(dgi2023.questions!.rows).toHaveLength(20);
    }
    expect(methodologyView(pageContext('en'), 'dgi', 'digital-by-design')!.editions.find((e) => e.heading === 'DGI 2023')!.questions!.rows).toHaveLength(38);
  });
});
