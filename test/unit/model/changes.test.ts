/**
 * The model's changes, ranks and coverage lists follow one rule each: no change across a change of
 * scale, equal displayed scores share a rank, and a country listed as assessed but not transcribed has
 * no rows in its file.
 */
import { describe, expect, it } from 'vitest';
import { rankObservations } from '../../../src/lib/model/rankObservations.ts';
import type { Edition, Observation } from '../../../src/lib/model/types.ts';
import { buildFrom, realDataDir, realDataCwd, useDataCopy } from '../../helpers/realData.ts';

const real = buildFrom(realDataCwd, realDataDir);
const observation = (index: string, edition: string, iso3: string, indicator = 'composite') =>
  real.observations.find((o) => o.index === index && o.edition === edition && o.iso3 === iso3 && o.indicator === indicator)!;

describe('changes on the real data', () => {
  it('OURdata 2023 pillars have no change from 2019: the pillars were on 0–1/3 then, on 0–1 now', () => {
    expect(observation('ourdata', '2023', 'KOR', 'data-availability').change).toBeNull();
    const pillarChanges = real.observations.filter((o) => o.index === 'ourdata' && o.edition === '2023' && o.change !== null && o.indicator !== 'composite');
    expect(pillarChanges).toEqual([]);
  });

  it('the OURdata 2023 composite (0–1 in both editions) keeps its change, flagged as a methodology break', () => {
    expect(observation('ourdata', '2023', 'KOR').change).toMatchObject({ fromEdition: '2019', methodologyBreak: true });
  });
});

describe('ranks go by the displayed score', () => {
  it('OURdata 2023: Denmark and Sweden both print 0.66 and share rank 8', () => {
    expect([observation('ourdata', '2023', 'DNK').text, observation('ourdata', '2023', 'SWE').text]).toEqual(['0.66', '0.66']);
    expect([observation('ourdata', '2023', 'DNK').rank, observation('ourdata', '2023', 'SWE').rank]).toEqual([8, 8]);
  });

  it('two scores that round to the same displayed value share a rank; unrounded they would not', () => {
    const edition = { index: 'x', edition: '1', status: 'complete', rankedSet: 'all-participants', membershipAsOf: '2020-01' } as Edition;
    const at = (iso3: string, value: number): Observation => ({ index: 'x', edition: '1', iso3, indicator: 'composite', value, text: String(value), origin: 'published' });
    const scores = [at('AAA', 0.664), at('BBB', 0.656), at('CCC', 0.5)];
    expect(rankObservations(scores, edition, [], 2).map((o) => o.rank)).toEqual([1, 1, 3]);
    expect(rankObservations(scores, edition).map((o) => o.rank)).toEqual([1, 2, 3]);
  });
});

describe('assessedNotTranscribed', () => {
  const data = useDataCopy();

  it('names the DGI 2025 countries whose notes were not transcribed', () => {
    expect(real.editions.find((e) => e.index === 'dgi' && e.edition === '2025')!.assessedNotTranscribed).toEqual(['KOR', 'GBR', 'CZE', 'MEX', 'NZL', 'CHE', 'TUR', 'SVK']);
  });

  it('rejects a listed country that has rows in the file, at its first row', () => {
    data().editManifest((m) => {
      m.editions[2].assessedNotTranscribed.push('DNK');
    });
    const line = data().lineOf('dgi-2025.csv', { cc_iso3c: 'DNK', variable: 'digital_design' });
    expect(data().rejection().lines).toContain(`data/dgi-2025.csv:${line}: DNK has values in the file but is listed in assessedNotTranscribed of dgi 2025 in data/manifest.json; remove it from that list (its results are transcribed)`);
  });

  it('rejects a country listed both as not taking part and as assessed', () => {
    data().editManifest((m) => {
      m.editions[2].assessedNotTranscribed.push('USA');
    });
    expect(data().rejection().lines).toContain('data/manifest.json: editions[2].assessedNotTranscribed[8]: "USA" is also in notTakingPart; a country the OECD assessed took part, so keep it in one list only');
  });
});
