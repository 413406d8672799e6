import { formatNumber } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { coverageStatus, editionTitle, type CoverageStatus } from '../query/editions.ts';
import { coverageWord } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import type { CoverageCode } from '../statements/types.ts';

export interface CoverageCell {
  status: CoverageStatus;
  /** The composite as published, where the edition states one. */
  score?: string;
  /** The status in words ("in partial edition", "did not take part"). */
  text: string;
}

interface CoverageMatrix {
  /** One column per edition: "DGI 2025 (partial edition)". */
  columns: { index: string; edition: string; title: string; partial: boolean }[];
  rows: { iso3: string; name: string; member: boolean; cells: CoverageCell[] }[];
}

const words: Record<CoverageStatus, Parameters<typeof translate>[1]> = {
  covered: 'coverage.covered',
  partial: 'coverage.partial',
  notTakingPart: 'coverage.notTakingPart',
  notInData: 'coverage.notInData',
};

/** Countries × editions: covered, in a partial edition, not taking part, or not in the data; by name in `lang`. */
export function coverageMatrix(data: DataIndex, lang: Lang): CoverageMatrix {
  const editions = data.dataset.editions;
  const columns = editions.map((e) => ({ index: e.index, edition: e.edition, title: `${data.requireIndex(e.index).shortLabel[lang]} ${editionTitle(e, lang)}`, partial: e.status === 'partial' }));
  const rows = [...data.dataset.countries]
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
    .map((c) => ({
      iso3: c.iso3,
      name: c.name[lang],
      member: c.oecdMember,
      cells: editions.map((e) => {
        const status = coverageStatus(data, e, c.iso3);
        const said = statementsOf(data).figure(e.index, e.edition, c.iso3, 'composite')!;
        const score = said.score ? formatNumber(said.score.value, said.score.decimals, lang) : undefined;
        // Covered cells say how; the others say why, in the statement's words (not a member yet, assessed but not transcribed…).
        const inEdition = status === 'covered' || status === 'partial';
        const text = inEdition ? translate(lang, words[status]) : coverageWord(said.coverage as Exclude<CoverageCode, 'stated'>, lang);
        return { status, text, ...(score !== undefined ? { score } : {}) };
      }),
    }));
  return { columns, rows };
}
