import type { EditionPlan } from './editions.ts';
import { DGI_COMPOSITE, DGI_DIMENSIONS, OURDATA_PILLARS, type Indicator } from './indices.ts';

function describeIndices() {
  const dgi: Indicator[] = [
    { id: 'composite', level: 'composite', label: { en: DGI_COMPOSITE.en, fr: DGI_COMPOSITE.fr } },
    ...DGI_DIMENSIONS.map((d) => ({ id: d.id, level: 'dimension' as const, parent: 'composite', label: { en: d.en, fr: d.fr } })),
  ];
  const ourdata: Indicator[] = [
    { id: 'composite', level: 'composite', label: { en: 'Composite score', fr: 'Score composite' } },
    ...OURDATA_PILLARS.map((p) => ({ id: p.id, level: 'dimension' as const, parent: 'composite', label: { en: p.en, fr: p.fr } })),
    ...OURDATA_PILLARS.flatMap((p) => p.subs.map((s) => ({ id: s.id, level: 'sub' as const, parent: p.id, label: { en: s.en, fr: s.fr } }))),
  ];
  return [
    {
      id: 'dgi',
      label: { en: 'Digital Government Index', fr: "Indice de l'administration numérique" },
      shortLabel: { en: 'DGI', fr: 'DGI' },
      scale: { min: 0, max: 1 },
      aggregation: 'mean',
      indicators: dgi,
    },
    {
      id: 'ourdata',
      label: { en: 'OURdata Index (Open, Useful and Re-usable data)', fr: 'Indice OURdata (données ouvertes, utiles et réutilisables)' },
      shortLabel: { en: 'OURdata', fr: 'OURdata' },
      scale: { min: 0, max: 1 },
      aggregation: 'mean',
      indicators: ourdata,
    },
  ];
}

function describeLayout(plan: EditionPlan): object {
  if (plan.index === 'ourdata') {
    return {
      type: 'long',
      variables: Object.fromEntries(OURDATA_PILLARS.flatMap((p) => [[p.variable, p.id], ...p.subs.map((s) => [s.variable, s.id])])),
    };
  }
  if (plan.layout === 'wide') {
    return { type: 'wide', countryColumn: 'Country', columns: { ...Object.fromEntries(DGI_DIMENSIONS.map((d) => [d.en, d.id])), [DGI_COMPOSITE.en]: 'composite' } };
  }
  if (plan.layout === 'long') {
    return { type: 'long', variables: { ...Object.fromEntries(DGI_DIMENSIONS.map((d) => [d.variable, d.id])), [DGI_COMPOSITE.variable]: 'composite' } };
  }
  return {
    type: 'sdmx',
    variables: { [DGI_COMPOSITE.code]: 'composite', ...Object.fromEntries(DGI_DIMENSIONS.map((d) => [d.code, d.id])) },
    filter: { EDITION: plan.label },
  };
}

export function describeEdition(plan: EditionPlan, decimals: Record<string, number>, seed: number): object {
  const name = plan.index === 'dgi' ? 'Digital Government Index' : 'OURdata Index';
  return {
    index: plan.index,
    edition: plan.label,
    file: plan.file,
    layout: describeLayout(plan),
    published: plan.published,
    source: {
      citation: `Synthetic data (scripts/synth.ts, seed ${seed}): "${name}: ${plan.label} results", not OECD figures`,
      doi: `10.99999/synthetic-${plan.index}-${plan.label}`,
    },
    rankedSet: plan.rankedSet,
    comparableWithPrevious: plan.comparableWithPrevious,
    decimals,
    note: {
      en: `Synthetic edition generated for benchmarks (seed ${seed}); the scores are random and say nothing about any country.`,
      fr: `Édition synthétique générée pour les mesures de performance (graine ${seed}) ; les scores sont aléatoires et ne disent rien d'aucun pays.`,
    },
  };
}

/** manifest.json's text: the index definitions and the given edition entries. */
export function writeManifest(editions: object[]): string {
  return `${JSON.stringify({ indices: describeIndices(), editions }, null, 2)}\n`;
}
