/** Page view models on the real data: what a reader sees first, without building the site. */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../../src/lib/model/buildDataset.ts';
import { coverageMatrix } from '../../../src/lib/pages/coverage.ts';
import { qualityView } from '../../../src/lib/pages/dataQuality.ts';
import { profileView } from '../../../src/lib/pages/profileLeads.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { realDataDir } from '../../helpers/realData.ts';
import { pageContext } from '../../helpers/pageInputs.ts';

const queries = indexData(buildDataset(readInputs(realDataDir)));
const lead = (iso3: string, index = 'dgi', lang: 'en' | 'fr' | 'es' = 'en') => profileView(queries, lang, iso3).leads.find((l) => l.index === index)!;

describe('profileView(): each index leads with the newest edition covering the country', () => {
  it('Denmark: DGI 2025 0.83, partial, no rank, OECD average 0.70 as printed, +0.02 since 2023', () => {
    expect(lead('DNK')).toMatchObject({
      heading: 'DGI 2025 (partial edition)', score: '0.83', partial: true, rank: 'not ranked (partial edition)',
      average: { text: '0.70', printed: true, label: 'OECD average, as printed by the OECD' }, change: '+0.02 since 2023', absentFrom: [],
    });
    expect(lead('DNK', 'dgi', 'fr')).toMatchObject({ score: '0,83', change: '+0,02 depuis 2023', average: { text: '0,70', printed: true } });
  });

  it('Korea: assessed in DGI 2025 but not transcribed (never "not covered"); then 2023, 0.935, 1st of 33', () => {
    expect(lead('KOR')).toMatchObject({ heading: 'DGI 2023', score: '0.935', rank: '1st of 33 OECD members', partial: false, absentFrom: ["The OECD assessed Korea in DGI 2025 (partial edition); its results are not transcribed here."] });
  });

  it('Uruguay: DGI 2019, 9th of 33 (not "not covered")', () => {
    expect(lead('URY')).toMatchObject({ heading: 'DGI 2019', score: '0.602', rank: '9th of 33 participating countries' });
    expect(lead('URY', 'ourdata').absentFrom).toEqual(['OURdata 2019, 2023 and 2025 do not cover Uruguay.']);
  });

  it('Germany: did not take part in 2023 (nor 2025); the 2019 result is shown', () => {
    expect(lead('DEU')).toMatchObject({ heading: 'DGI 2019', score: '0.398', absentFrom: ['Germany did not take part in DGI 2023 and 2025.'] });
  });

  it('United States: a member in no edition has a lead saying once that it did not take part (DGI 2019, 2023, 2025)', () => {
    expect(lead('USA').score).toBeUndefined();
    expect(lead('USA').absentFrom).toEqual(['The United States did not take part in DGI 2019, 2023 and 2025.']);
    expect(lead('USA', 'dgi', 'fr').absentFrom).toEqual(["Les États-Unis n'ont pas participé aux éditions 2019, 2023 et 2025 de l'indice DGI."]);
    expect(lead('USA', 'dgi', 'es').absentFrom).toEqual(['Los Estados Unidos no participaron en las ediciones 2019, 2023 y 2025 del DGI.']);
    expect(queries.country('USA')).toMatchObject({ covered: false, oecdMember: true });
  });

  it('OURdata 2019 printed rank beside the computed one (Greece printed 9th, computed 8th)', () => {
    const greece = queries.observation('ourdata', '2019', 'GRC', 'composite')!;
    expect([greece.rank, greece.printedRank?.value]).toEqual([8, 9]);
  });
});

describe('coverageMatrix()', () => {
  it('says covered, partial, not taking part or not in the data per country and edition', () => {
    const matrix = coverageMatrix(queries, 'en');
    const at = (iso3: string, index: string, edition: string) => matrix.rows.find((r) => r.iso3 === iso3)!.cells[matrix.columns.findIndex((c) => c.index === index && c.edition === edition)]!;
    expect(at('DNK', 'dgi', '2025')).toEqual({ status: 'partial', text: 'in partial edition', score: '0.83' });
    expect(at('KOR', 'dgi', '2025')).toMatchObject({ status: 'notInData', text: 'assessed by the OECD, not transcribed here' });
    expect(at('CRI', 'dgi', '2019')).toMatchObject({ text: "not an OECD member at this edition's membership date" });
    expect(at('COL', 'ourdata', '2019')).toMatchObject({ text: "not an OECD member at this edition's membership date" });
    expect(at('DEU', 'dgi', '2023')).toMatchObject({ status: 'notTakingPart' });
    expect(at('DEU', 'dgi', '2025')).toMatchObject({ status: 'notTakingPart' });
    expect(at('KOR', 'dgi', '2023')).toEqual({ status: 'covered', text: 'covered', score: '0.935' });
    expect(matrix.columns.filter((c) => c.partial).map((c) => c.title)).toEqual(['DGI 2025 (partial edition)', 'OURdata 2025 (partial edition)']);
  });
});

describe('qualityView()', () => {
  const view = qualityView(pageContext('en'));
  const table = (kind: string) => view.tables.find((t) => t.kind === kind)!.rows;

  it('lists the DGI 2019 dimension averages that include Colombia, with the cause', () => {
    expect(table('average')[0]).toEqual({
      edition: { text: 'DGI 2019', href: '/indices/dgi/' },
      indicator: { text: 'Digital by design', href: '/indices/dgi/digital-by-design/' },
      printed: '0.55', computed: '0.541', difference: '+0.009', shown: 'the computed figure, the printed one here',
      cause: 'The printed average includes Colombia, not yet a member at the membership date 2019-12; it equals the mean over the members at publication (2020-10): 0.5479.',
    });
  });

  it('lists printed ranks that differ, changes that disagree, and declared composite discrepancies', () => {
    expect(table('rank').map((r) => `${r.country!.text} ${r.printed}/${r.computed}`)).toEqual(['Greece 9/8', 'New Zealand 12/11', 'Netherlands 13/11', 'Norway 15/14', 'Estonia 24/23', 'Denmark 27/26']);
    expect(table('change').map((r) => `${r.edition.text} ${r.country!.text} ${r.printed} ${r.computed}`)).toEqual(['OURdata 2019 Czechia 0.16 0.08', 'OURdata 2025 (partial edition) France 0.16 0.130']);
    expect(table('composite').map((r) => r.country!.text)).toEqual(['Brazil', 'Uruguay']);
  });

  it('lists the partial editions and, in French, the causes in French', () => {
    expect(view.partial.map((p) => p.edition.text)).toEqual(['DGI 2025 (partial edition)', 'OURdata 2025 (partial edition)']);
    expect(qualityView(pageContext('fr')).tables.find((t) => t.kind === 'rank')!.rows[0]!.cause).toBe("L'OCDE a classé sur des scores non arrondis : Espagne, Grèce impriment tous 0,70 ; le site donne le même rang à des scores imprimés égaux.");
  });
});

describe('headline card texts', () => {
  // Behaviour change (issue 21): no quartile line ("Top quarter of the 33 ranked countries" only repeated "1st of 33").
  it('Korea DGI 2023: scale, its rank, no comparable earlier edition across the 2019 break, and no quartile line', () => {
    expect(lead('KOR')).toMatchObject({
      scale: 'Scale 0 to 1, 1 is best.',
      rank: '1st of 33 OECD members',
      trend: 'No change is shown since 2019: the OECD says the two editions cannot be compared.',
    });
    expect(lead('KOR')).not.toHaveProperty('quartile');
    expect(lead('KOR').verdict!.figures.find((f) => f.kind === 'change')!.value).toBe('not comparable with 2019');
  });

  it('Denmark DGI 2025 (partial): up in words without a sign (the printed change), and why it is not ranked', () => {
    expect(lead('DNK')).toMatchObject({ trend: 'Up 0.02 since 2023, as printed by the OECD.', rank: 'not ranked (partial edition)' });
    expect(lead('DNK', 'dgi', 'fr').trend).toBe("En hausse de 0,02 depuis 2023, selon l'OCDE.");
  });

  it('France DGI 2025: the printed change, +0.13, not the +0.14 of the rounded scores', () => {
    expect(lead('FRA')).toMatchObject({ change: '+0.13 since 2023', trend: 'Up 0.13 since 2023, as printed by the OECD.', changeDiffers: false });
  });

  it('Brazil leads with DGI 2025 (partial) and says why it has no rank', () => {
    const brazil = profileView(queries, 'es', 'BRA').leads.find((l) => l.index === 'dgi')!;
    expect(brazil.edition?.edition).toBe('2025');
    expect(brazil.rank).toBe('sin clasificar (edición parcial)');
  });
});
