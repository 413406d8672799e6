/** What MDX `<Score>`/`<Rank>` say where there is no rank: only what is true of that country and edition. */
import { describe, expect, it } from 'vitest';
import { createQueries } from '../../src/lib/query/createQueries.ts';
import { notCoveredText, rankText } from '../../src/lib/site/figureText.ts';
import { useDataCopy } from './helpers.ts';

const data = useDataCopy();

describe('rankText()', () => {
  it.each([
    { what: 'a member lacking the indicator in that edition', iso3: 'KOR', indicator: 'user-driven', edition: '2023', en: 'not covered in DGI 2023', fr: 'non couvert par DGI 2023' },
    { what: 'a member with a rank', iso3: 'DNK', indicator: 'composite', edition: '2023', en: '2nd of 33 OECD members', fr: "2e sur 33 membres de l'OCDE" },
    { what: 'a non-member in an edition that ranks members', iso3: 'ARG', indicator: 'composite', edition: '2023', en: 'not ranked (non-member)', fr: 'non classé (non membre)' },
    { what: 'a country the edition does not cover', iso3: 'DEU', indicator: 'composite', edition: '2023', en: 'not covered in DGI 2023', fr: 'non couvert par DGI 2023' },
  ])('$what: "$en"', ({ iso3, indicator, edition, en, fr }) => {
    const lines = data().read('dgi-2023.csv').split('\n').filter((l) => !l.startsWith('"KOR",2023,"user_driven"'));
    data().write('dgi-2023.csv', lines.join('\n'));
    const site = createQueries(data().build());
    const e = site.edition('dgi', edition)!;
    expect(rankText(site, e, iso3, indicator, 'en')).toBe(en);
    expect(rankText(site, e, iso3, indicator, 'fr')).toBe(fr);
  });

  it('names the index and edition in the not-covered text', () => {
    const site = createQueries(data().build());
    expect(notCoveredText(site, site.edition('ourdata', '2023')!, 'en')).toBe('not covered in OURdata 2023');
  });
});
