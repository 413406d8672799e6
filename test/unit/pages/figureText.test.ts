/** What MDX `<Score>`/`<Rank>` say where there is no rank: only what is true of that country and edition. */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { buildDataset } from '../../../src/lib/model/buildDataset.ts';
import { indexData } from '../../../src/lib/query/dataIndex.ts';
import { notCoveredText, rankText } from '../../../src/lib/pages/figureText.ts';
import { realDataDir } from '../../helpers/realData.ts';

const site = indexData(buildDataset(readInputs(realDataDir)));

describe('rankText()', () => {
  it.each([
    { what: 'a member with a rank', iso3: 'DNK', edition: '2023', en: '2nd of 33 OECD members', fr: "2e sur 33 membres de l'OCDE" },
    { what: 'a non-member in an edition that ranks members', iso3: 'ARG', edition: '2023', en: 'not ranked (non-member)', fr: 'non classé (non membre)' },
    { what: 'a member the edition does not cover', iso3: 'DEU', edition: '2023', en: 'not covered in DGI 2023', fr: 'non couvert par DGI 2023' },
    { what: 'a member in a partial edition', iso3: 'DNK', edition: '2025', en: 'not ranked (partial edition)', fr: 'non classé (édition partielle)' },
  ])('$what: "$en"', ({ iso3, edition, en, fr }) => {
    const e = site.requireEdition('dgi', edition);
    expect(rankText(site, e, iso3, 'composite', 'en')).toBe(en);
    expect(rankText(site, e, iso3, 'composite', 'fr')).toBe(fr);
  });

  it('names the index and edition in the not-covered text', () => {
    expect(notCoveredText(site, site.requireEdition('ourdata', '2023'), 'en')).toBe('not covered in OURdata 2023');
  });
});
