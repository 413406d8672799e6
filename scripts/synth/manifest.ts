import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionPlan } from './editions.ts';
import { DGI_COMPOSITE, DGI_DIMENSIONS, OURDATA_PILLARS, type Indicator, type Localized } from './indices.ts';

/** The real manifest's index definitions, whose labels (in every site language) the synthetic indices reuse. */
const realIndices: { id: string; label: Localized; shortLabel: Localized; indicators: { id: string; label: Localized; shortLabel?: Localized }[] }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/manifest.json'), 'utf8'),
).indices;

function labelsOf(index: string, indicator?: string): { label: Localized; shortLabel?: Localized } {
  const real = realIndices.find((x) => x.id === index)!;
  if (indicator === undefined) return { label: real.label, shortLabel: real.shortLabel };
  const ind = real.indicators.find((x) => x.id === indicator)!;
  return { label: ind.label, ...(ind.shortLabel ? { shortLabel: ind.shortLabel } : {}) };
}

function describeIndices() {
  const dgi: Indicator[] = [
    { id: 'composite', level: 'composite', label: labelsOf('dgi', 'composite').label },
    ...DGI_DIMENSIONS.map((d) => ({ id: d.id, level: 'dimension' as const, parent: 'composite', label: labelsOf('dgi', d.id).label })),
  ];
  const ourdata: Indicator[] = [
    { id: 'composite', level: 'composite', label: labelsOf('ourdata', 'composite').label },
    ...OURDATA_PILLARS.map((p) => ({ id: p.id, level: 'dimension' as const, parent: 'composite', label: labelsOf('ourdata', p.id).label })),
    ...OURDATA_PILLARS.flatMap((p) => p.subs.map((s) => ({ id: s.id, level: 'sub' as const, parent: p.id, ...labelsOf('ourdata', s.id) }))),
  ];
  return [
    { id: 'dgi', ...labelsOf('dgi'), scale: { min: 0, max: 1 }, aggregation: 'mean', indicators: dgi },
    { id: 'ourdata', ...labelsOf('ourdata'), scale: { min: 0, max: 1 }, aggregation: 'mean', indicators: ourdata },
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
      es: `Edición sintética generada para las mediciones de rendimiento (semilla ${seed}); las puntuaciones son aleatorias y no dicen nada de ningún país.`,
    },
  };
}

/** manifest.json's text: the index definitions and the given edition entries. */
export function writeManifest(editions: object[]): string {
  return `${JSON.stringify({ indices: describeIndices(), editions }, null, 2)}\n`;
}
