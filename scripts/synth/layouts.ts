import countries from 'i18n-iso-countries';
import { resolvableName } from './countries.ts';
import type { EditionPlan } from './editions.ts';
import { DGI_COMPOSITE, DGI_DIMENSIONS } from './indices.ts';
import type { DgiScores, OurdataRow, Value } from './scores.ts';

/** How long-layout files print numbers (R's write.csv style): shortest form, "1.0" for whole numbers. */
const longNumber = (v: Value) => (Number.isInteger(v.value) ? v.value.toFixed(1) : String(v.value));

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

const longHeader = () => `\uFEFF${['cc_iso3c', 'ref_year', 'variable', 'value'].map(quoted).join(',')}`;

/** One row per country, by name, CRLF, with an "OECD" average row (like `dgi-2019.csv`). */
function writeDgiWide({ rows, average }: DgiScores): string {
  const lines = [['Country', ...DGI_DIMENSIONS.map((d) => d.en), DGI_COMPOSITE.en].map(csvField).join(',')];
  for (const r of rows) lines.push([csvField(resolvableName(r.iso3)), ...r.dims.map((v) => v.text), r.composite.text].join(','));
  if (average) lines.push(['OECD', ...average.dims.map((v) => v.text), average.composite.text].join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Long/tidy: BOM, quoted strings, ISO3 codes and "OECD" rows (like `dgi-2023.csv`). */
function writeDgiLong(plan: EditionPlan, { rows, average }: DgiScores): string {
  const lines = [longHeader()];
  const year = Number(plan.label);
  const emit = (code: string, dims: Value[], composite: Value) => {
    DGI_DIMENSIONS.forEach((d, i) => lines.push(`${quoted(code)},${year},${quoted(d.variable)},${longNumber(dims[i]!)}`));
    lines.push(`${quoted(code)},${year},${quoted(DGI_COMPOSITE.variable)},${longNumber(composite)}`);
  };
  for (const r of rows) emit(r.iso3, r.dims, r.composite);
  if (average) emit('OECD', average.dims, average.composite);
  return `${lines.join('\n')}\n`;
}

/**
 * SDMX-CSV with labels, as the OECD Data Explorer exports it; the previous edition's composites are in the
 * file too and the manifest's filter on EDITION keeps this edition's rows.
 */
function writeDgiSdmx(plan: EditionPlan, { rows }: DgiScores, composites: Map<string, Map<string, Value>>): string {
  const header = [
    'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'ACTION', 'FREQ', 'Frequency of observation', 'REF_AREA', 'Reference area',
    'MEASURE', 'Measure', 'UNIT_MEASURE', 'Unit of measure', 'EDITION', 'Edition', 'TIME_PERIOD', 'Time period',
    'OBS_VALUE', 'Observation value', 'OBS_STATUS', 'Observation status', 'UNIT_MULT', 'Unit multiplier', 'DECIMALS', 'Decimals',
  ];
  const structure = `OECD.GOV.GIP:DSD_GOV@DF_GOV_DGOGD_${plan.label}(1.0)`;
  const decimalsName = (d: number) => (d === 2 ? 'Two' : 'Three');
  const line = (iso3: string, code: string, measure: string, edition: string, v: Value, decimals: number) =>
    [
      'DATAFLOW', structure, 'Digital government and open government data', 'I', 'A', 'Annual', iso3, csvField(countries.getName(iso3, 'en') ?? iso3),
      code, csvField(measure), 'IX', 'Index', edition, edition, String(Number(edition) - 1), String(Number(edition) - 1), v.text, '', 'A', 'Normal value', '0', 'Units', String(decimals), decimalsName(decimals),
    ].join(',');
  const lines = [header.join(',')];
  const byCode = [...rows].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const previous = String(Number(plan.label) - 2);
  for (const [iso3, composite] of [...(composites.get(previous) ?? new Map<string, Value>())].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(line(iso3, DGI_COMPOSITE.code, 'Digital Government Index', previous, composite, 3));
  }
  for (const r of byCode) {
    lines.push(line(r.iso3, DGI_COMPOSITE.code, 'Digital Government Index', plan.label, r.composite, 3));
    DGI_DIMENSIONS.forEach((d, i) => lines.push(line(r.iso3, d.code, d.en, plan.label, r.dims[i]!, 3)));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A DGI edition's CSV in its planned layout; `composites` holds earlier editions' composites by label, then ISO3. */
export function writeDgiFile(plan: EditionPlan, scores: DgiScores, composites: Map<string, Map<string, Value>>): string {
  if (plan.layout === 'wide') return writeDgiWide(scores);
  if (plan.layout === 'long') return writeDgiLong(plan, scores);
  return writeDgiSdmx(plan, scores, composites);
}

/** An OURdata edition's CSV in the long layout with sub-pillars (like `ourdata-2023.csv`). */
export function writeOurdataFile(plan: EditionPlan, rows: readonly OurdataRow[]): string {
  const lines = [longHeader()];
  for (const { iso3, cells } of rows) {
    const sorted = [...cells].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [variable, v] of sorted) lines.push(`${quoted(iso3)},${Number(plan.label) - 1},${quoted(variable)},${longNumber(v)}`);
  }
  return `${lines.join('\n')}\n`;
}
