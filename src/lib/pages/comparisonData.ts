import { languageConfig } from '../i18n/languages.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { editionTitle, shownAverage } from '../query/editions.ts';
import type { ComparisonData } from '../shared/comparison.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import { chartLabels, decimalsOf } from './figures.ts';

/** The comparison data of an edition in `lang`: composite first, then each dimension/pillar. */
export function comparisonData(data: DataIndex, index: string, edition: string, lang: Lang): ComparisonData {
  const found = data.requireEdition(index, edition);
  const partial = found.status === 'partial';
  // A partial edition publishes no sub-pillars it does not state, and its average is the OECD's printed one.
  const dims = [data.requireIndicator(index, 'composite'), ...data.children(index, 'composite')];
  // Scores and ranks as the site states them everywhere (lib/statements): one tie rule, the source's decimals.
  const said = statementsOf(data);
  return {
    index,
    indexLabel: data.requireIndex(index).shortLabel[lang],
    edition,
    editionTitle: editionTitle(found, lang),
    partial,
    decimals: dims.map((d) => decimalsOf(data, index, edition, d.id)),
    dimensions: dims.map((d) => ({ id: d.id, label: d.label[lang] })),
    averages: dims.map((d) => (partial ? (shownAverage(data, data.stats(index, edition, d.id), lang)?.value ?? null) : (data.stats(index, edition, d.id)?.average ?? null))),
    // Every country, covered or not, so a chosen country keeps its colour and symbol in each index's chart.
    countries: data.dataset.countries
      .map((c) => ({
        iso3: c.iso3,
        name: c.name[lang],
        scores: dims.map((d) => said.figure(index, edition, c.iso3, d.id)?.score?.value ?? null),
        ranks: allNullAsEmpty(dims.map((d) => said.figure(index, edition, c.iso3, d.id)?.rank?.position ?? null)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
    // A partial edition's absent values are "not stated in the source", its average the OECD's printed one.
    words: { summary: translate(lang, 'compare.summary'), notCovered: translate(lang, partial ? 'country.notStated' : 'chart.notCovered'), labels: partial ? { ...chartLabels(lang), notCovered: translate(lang, 'compare.notStatedShort'), average: translate(lang, 'country.printedAverage') } : chartLabels(lang), locale: languageConfig(lang).locale, ordinals: languageConfig(lang).ordinals },
  };
}

/** An unranked country's ranks as `[]` (readers take a missing entry as null): the compare page ships this JSON. */
function allNullAsEmpty(ranks: (number | null)[]): (number | null)[] {
  return ranks.every((r) => r === null) ? [] : ranks;
}
