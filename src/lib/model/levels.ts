import type { Aggregation, EditionEntry, IndexDefinition, Scale } from '../manifest/schema.ts';

/** Decimals the edition publishes for an indicator, by its level. */
export function decimalsFor(entry: EditionEntry, index: IndexDefinition, indicator: string): number {
  const level = index.indicators.find((i) => i.id === indicator)?.level ?? 'dimension';
  if (level === 'sub') return entry.decimals.sub ?? entry.decimals.dimension;
  return entry.decimals[level];
}

/** Depth of an indicator in the index tree: composite 0, dimensions 1, sub-pillars 2. */
export function depthOf(index: IndexDefinition, indicator: string): number {
  let depth = 0;
  let current = index.indicators.find((i) => i.id === indicator);
  while (current?.parent !== undefined) {
    depth++;
    const parent: string = current.parent;
    current = index.indicators.find((i) => i.id === parent);
  }
  return depth;
}

/** The level of an indicator (`composite`, `dimension`, `sub`). */
export function levelOf(index: IndexDefinition, indicator: string): 'composite' | 'dimension' | 'sub' {
  return index.indicators.find((i) => i.id === indicator)?.level ?? 'dimension';
}

/** The range an indicator's scores lie in, in this edition: its level's scale, or the index's. */
export function scaleFor(entry: EditionEntry, index: IndexDefinition, indicator: string): Scale {
  return entry.levels[levelOf(index, indicator)]?.scale ?? index.scale;
}

/** How a parent indicator is obtained from its children in this edition: its level's rule, or the index's. */
export function aggregationFor(entry: EditionEntry, index: IndexDefinition, indicator: string): Aggregation {
  return entry.levels[levelOf(index, indicator)]?.aggregation ?? index.aggregation;
}
