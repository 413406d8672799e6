import type { PageContext } from './context.ts';

/** One edition as the OECD describes it (editions.csv), in the reader's language. */
interface EditionDifferenceRow {
  edition: string;
  survey: string;
  period: string;
  scale: string;
  aggregation: string;
  comparability: string;
}

/** The methodology page's table of how the editions of an index differ (the MDX `<MethodologyEditions index="dgi" />`). */
interface EditionDifferencesView {
  caption: string;
  rows: EditionDifferenceRow[];
}

export function editionDifferences(ctx: PageContext, { index }: { index: string }): EditionDifferencesView | undefined {
  const { data, lang, t } = ctx;
  const def = data.index(index);
  const notes = data.dataset.methodology?.notes.filter((n) => n.index === index) ?? [];
  if (!def || notes.length === 0) return undefined;
  const rows = [...notes]
    .sort((a, b) => a.edition.localeCompare(b.edition, 'en', { numeric: true }))
    .map((n) => ({
      edition: `${def.shortLabel[lang]} ${n.edition}`,
      survey: n.fields.survey[lang],
      period: n.fields.reference_period[lang],
      scale: n.fields.scale[lang],
      aggregation: n.fields.aggregation[lang],
      comparability: n.fields.comparability_statement[lang],
    }));
  return { caption: `${t('method.editions.caption')} (${def.shortLabel[lang]})`, rows };
}
