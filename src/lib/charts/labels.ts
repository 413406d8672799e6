export interface ChartLabels {
  average: string;
  notCovered: string;
  notRanked: string;
  methodologyBreak: string;
  noData: string;
  notAvailable: string;
  range: string;
  minimum: string;
  maximum: string;
  sdBand: string;
  /** Under a partial edition's label in a history chart. */
  partial: string;
}

export const DEFAULT_LABELS: Readonly<ChartLabels> = Object.freeze({
  average: 'OECD average',
  notCovered: 'not covered',
  notRanked: 'not ranked',
  methodologyBreak: 'methodology break',
  noData: 'No data available',
  notAvailable: 'n/a',
  range: 'range of OECD members',
  minimum: 'min',
  maximum: 'max',
  sdBand: '±1 standard deviation',
  partial: 'partial',
});

export function resolveLabels(labels: Partial<ChartLabels> | undefined): ChartLabels {
  return { ...DEFAULT_LABELS, ...labels };
}
