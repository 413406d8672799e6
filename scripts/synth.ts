/**
 * `npm run synth -- --countries N --editions E --out DIR [--seed S]`
 *
 * Writes a synthetic data folder that the build accepts in place of `data/` (`DATA_DIR=DIR npm run build`):
 * `manifest.json` plus one CSV per edition, in the layouts of the real OECD files:
 *
 * - DGI editions alternate the wide layout (one row per country, by name, CRLF, an "OECD" average row,
 *   like `dgi-2019.csv`) and the long/tidy layout (BOM, quoted strings, ISO3 codes, "OECD" rows, like
 *   `dgi-2023.csv`); with 3 or more editions the third is an SDMX-CSV export with labels, filtered by
 *   its EDITION column (the file also holds rows of another edition, as Data Explorer exports do).
 * - OURdata editions use the long layout with sub-pillars (like `ourdata-2023.csv`); every other one
 *   also prints the pillar scores, the others leave them to be computed. The composite is never given.
 *
 * `--editions E` is the number of editions of each index (so E = 10 gives 10 DGI and 10 OURdata
 * editions), labelled 2015, 2017, 2019, … with increasing publication dates. With E ≥ 5 the labels
 * include 2019 and 2023, which the editorial content in `content/` refers to, so the whole site builds.
 *
 * Countries are real ISO 3166-1 alpha-3 codes (from i18n-iso-countries, up to 249); up to all 38 OECD
 * members (src/lib/countries/membership.ts) come first so OECD averages exist, and members take part in
 * every edition. Scores are pseudo-random (mulberry32 seeded by `--seed`) in [0, 1] with 2–3 decimals;
 * DGI composites are the mean of the rounded dimensions, OURdata pillars the mean of their sub-pillars.
 * The same arguments always give byte-identical files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import countries from 'i18n-iso-countries';
import { countryCodeForName } from '../src/lib/countries/registry.ts';
import { isOecdMember, oecdAccession } from '../src/lib/countries/membership.ts';
import { roundTo } from '../src/lib/model/round.ts';

export interface SynthOptions {
  /** Number of distinct countries in the data (1–249). */
  countries: number;
  /** Editions of each index (1–40). */
  editions: number;
  seed?: number;
}

/** Every ISO 3166-1 alpha-3 code the country package knows, without user-assigned codes (Kosovo's XKK). */
export const ISO_CODES: readonly string[] = Object.keys(countries.getAlpha3Codes())
  .filter((code) => /^[A-Z]{3}$/.test(code) && !code.startsWith('X'))
  .sort();
export const MAX_COUNTRIES = ISO_CODES.length;
export const MAX_EDITIONS = 40;
export const FIRST_LABEL = 2015;

/** Countries the editorial content names; listed first among the members so small sets still cover them. */
const PREFERRED_MEMBERS = ['KOR', 'DNK', 'EST', 'FRA', 'DEU', 'GBR'];

// ---------------------------------------------------------------------------------------------------
// Pseudo-random numbers

/** mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from the run seed and a stream name, so adding one stream does not shift others. */
function stream(seed: number, name: string): () => number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return mulberry32(h >>> 0);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Roughly normal noise (sum of uniforms), mean 0, standard deviation `sd`. */
function noise(random: () => number, sd: number): number {
  return (random() + random() + random() + random() - 2) * sd * Math.sqrt(3);
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

// ---------------------------------------------------------------------------------------------------
// Indices (the real definitions' ids and labels, so the editorial content resolves)

interface Indicator {
  id: string;
  level: 'composite' | 'dimension' | 'sub';
  parent?: string;
  label: { en: string; fr: string };
}

const DGI_DIMENSIONS: { id: string; en: string; fr: string; variable: string; code: string }[] = [
  { id: 'digital-by-design', en: 'Digital by design', fr: 'Numérique dès la conception', variable: 'digital_design', code: 'DG_DBD' },
  { id: 'data-driven-public-sector', en: 'Data-driven public sector', fr: 'Secteur public guidé par les données', variable: 'data_driven', code: 'DG_DDPS' },
  { id: 'government-as-a-platform', en: 'Government as a platform', fr: 'Administration en tant que plateforme', variable: 'govt_as_platform', code: 'DG_GAAP' },
  { id: 'open-by-default', en: 'Open by default', fr: 'Ouverture par défaut', variable: 'open_default', code: 'DG_OBD' },
  { id: 'user-driven', en: 'User-driven', fr: 'Orientée vers les utilisateurs', variable: 'user_driven', code: 'DG_UD' },
  { id: 'proactiveness', en: 'Proactiveness', fr: 'Proactivité', variable: 'proactiveness', code: 'DG_PRO' },
];
const DGI_COMPOSITE = { en: 'Composite score', fr: 'Score composite', variable: 'composite_index', code: 'DG' };

const OURDATA_PILLARS: { id: string; en: string; fr: string; variable: string; subs: { id: string; en: string; fr: string; variable: string }[] }[] = [
  {
    id: 'data-availability', en: 'Data availability', fr: 'Disponibilité des données', variable: 'availability_score',
    subs: [
      { id: 'availability-policy', en: 'Content of the data availability policy', fr: 'Contenu de la politique de disponibilité des données', variable: 'availability_policy' },
      { id: 'availability-stakeholder-engagement', en: 'Stakeholder engagement for data release', fr: 'Participation des parties prenantes à la publication des données', variable: 'availability_release' },
      { id: 'availability-implementation', en: 'Implementation of data availability', fr: 'Mise en œuvre de la disponibilité des données', variable: 'availability_implementation' },
    ],
  },
  {
    id: 'data-accessibility', en: 'Data accessibility', fr: 'Accessibilité des données', variable: 'accessibility_score',
    subs: [
      { id: 'accessibility-policy', en: 'Content of the data accessibility policy', fr: "Contenu de la politique d'accessibilité des données", variable: 'accessibility_policy' },
      { id: 'accessibility-stakeholder-engagement', en: 'Stakeholder engagement for data quality and completeness', fr: "Participation des parties prenantes à la qualité et à l'exhaustivité des données", variable: 'accessibility_release' },
      { id: 'accessibility-implementation', en: 'Implementation of data accessibility', fr: "Mise en œuvre de l'accessibilité des données", variable: 'accessibility_implementation' },
    ],
  },
  {
    id: 'government-support-for-data-reuse', en: 'Government support for data re-use', fr: 'Soutien public à la réutilisation des données', variable: 'reuse_score',
    subs: [
      { id: 'reuse-data-promotion', en: 'Data promotion initiatives and partnerships', fr: 'Initiatives de promotion des données et partenariats', variable: 'reuse_promotion' },
      { id: 'reuse-data-literacy', en: 'Data literacy in government', fr: "Culture des données dans l'administration", variable: 'reuse_dataliteracy' },
      { id: 'reuse-monitoring', en: 'Monitoring impact', fr: "Suivi de l'impact", variable: 'reuse_monitoring' },
    ],
  },
];

function indices() {
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

// ---------------------------------------------------------------------------------------------------
// Countries

/** A name for the country that the registry maps back to the same code (for the wide layout). */
export function resolvableName(iso3: string): string {
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  const candidates = [countries.getName(iso3, 'en'), ...(alpha2 ? (countries.getNames('en', { select: 'all' })[alpha2] ?? []) : [])];
  for (const name of candidates) if (name && countryCodeForName(name) === iso3) return name;
  throw new Error(`synth: no country name resolves to ${iso3}`);
}

/** The `n` countries of the set: OECD members first (those the content names, then the others shuffled), then non-members. */
function chooseCountries(n: number, seed: number): { iso3: string; member: boolean }[] {
  const random = stream(seed, 'countries');
  const members = Object.keys(oecdAccession).sort();
  const others = ISO_CODES.filter((code) => oecdAccession[code] === undefined);
  const orderedMembers = [...PREFERRED_MEMBERS, ...shuffle(members.filter((c) => !PREFERRED_MEMBERS.includes(c)), random)];
  const memberCount = n <= members.length ? Math.max(1, Math.ceil(n * 0.6)) : Math.min(members.length, n);
  const chosen = [
    ...orderedMembers.slice(0, memberCount).map((iso3) => ({ iso3, member: true })),
    ...shuffle(others, random).slice(0, n - memberCount).map((iso3) => ({ iso3, member: false })),
  ];
  return chosen.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

// ---------------------------------------------------------------------------------------------------
// Editions

type Layout = 'wide' | 'long' | 'sdmx';

interface EditionPlan {
  index: 'dgi' | 'ourdata';
  k: number;
  label: string;
  published: string;
  layout: Layout;
  rankedSet: 'all-participants' | 'oecd-members';
  comparableWithPrevious: boolean;
  /** OURdata only: whether the file prints pillar scores. */
  pillarsGiven: boolean;
  file: string;
}

function planEditions(index: 'dgi' | 'ourdata', count: number, seed: number): EditionPlan[] {
  const random = stream(seed, `editions-${index}`);
  const plans: EditionPlan[] = [];
  for (let k = 0; k < count; k++) {
    const year = FIRST_LABEL + 2 * k;
    const label = String(year);
    // DGI results come out the year after the survey, OURdata's at the end of the survey year.
    const month = index === 'dgi' ? 1 + Math.floor(random() * 11) : 10 + Math.floor(random() * 3);
    const published = `${index === 'dgi' ? year + 1 : year}-${String(month).padStart(2, '0')}`;
    const layout: Layout = index === 'ourdata' ? 'long' : k === 2 ? 'sdmx' : k % 2 === 0 ? 'wide' : 'long';
    const rankedSet = index === 'dgi' ? (k % 3 === 0 ? 'all-participants' : 'oecd-members') : k % 3 === 1 ? 'all-participants' : 'oecd-members';
    const comparableWithPrevious = k === 0 || random() >= 0.3;
    plans.push({ index, k, label, published, layout, rankedSet, comparableWithPrevious, pillarsGiven: k % 2 === 1, file: `${index}-${label}.csv` });
  }
  // At least one methodology break once there are two editions.
  if (plans.length >= 2 && plans.every((p) => p.comparableWithPrevious)) plans[Math.ceil((plans.length - 1) / 2)]!.comparableWithPrevious = false;
  return plans;
}

// ---------------------------------------------------------------------------------------------------
// Scores

interface CountryTraits {
  base: number;
  trend: number;
  offsets: Map<string, number>;
}

function traitsFor(iso3: string, member: boolean, seed: number): CountryTraits {
  const random = stream(seed, `traits-${iso3}`);
  const base = (member ? 0.45 : 0.3) + random() * 0.3;
  const trend = -0.01 + random() * 0.035;
  const offsets = new Map<string, number>();
  for (const d of DGI_DIMENSIONS) offsets.set(d.id, noise(random, 0.1));
  for (const p of OURDATA_PILLARS) for (const s of p.subs) offsets.set(s.id, noise(random, 0.12));
  return { base, trend, offsets };
}

interface Value {
  value: number;
  text: string;
}

function scored(raw: number, decimals: number): Value {
  const value = roundTo(clamp01(raw), decimals);
  return { value, text: value.toFixed(decimals) };
}

/** Mean of already rounded values, rounded to `decimals` (the index's aggregation rule). */
function meanOf(values: readonly Value[], decimals: number): Value {
  return scored(values.reduce((sum, v) => sum + v.value, 0) / values.length, decimals);
}

/** How long-layout files print numbers (R's write.csv style): shortest form, "1.0" for whole numbers. */
const longNumber = (v: Value) => (Number.isInteger(v.value) ? v.value.toFixed(1) : String(v.value));

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

// ---------------------------------------------------------------------------------------------------
// The data folder

/** The synthetic data folder as file name → contents (manifest.json and one CSV per edition). */
export function synthesize(options: SynthOptions): Map<string, string> {
  const seed = options.seed ?? 1;
  const n = options.countries;
  const e = options.editions;
  if (!Number.isInteger(n) || n < 1 || n > MAX_COUNTRIES) throw new RangeError(`--countries must be a whole number from 1 to ${MAX_COUNTRIES}, got ${n}`);
  if (!Number.isInteger(e) || e < 1 || e > MAX_EDITIONS) throw new RangeError(`--editions must be a whole number from 1 to ${MAX_EDITIONS}, got ${e}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`--seed must be a whole number from 0 to 4294967295, got ${seed}`);

  const chosen = chooseCountries(n, seed);
  const traits = new Map(chosen.map((c) => [c.iso3, traitsFor(c.iso3, c.member, seed)]));
  const plans = [...planEditions('dgi', e, seed), ...planEditions('ourdata', e, seed)];

  // Who takes part in which edition: members always; others in about 70 % of editions, at least one.
  const participation = new Map<EditionPlan, string[]>(plans.map((p) => [p, []]));
  const taking = stream(seed, 'participation');
  for (const { iso3, member } of chosen) {
    const joined = plans.filter(() => member || taking() < 0.7);
    for (const plan of joined.length ? joined : [plans[Math.floor(taking() * plans.length)]!]) participation.get(plan)!.push(iso3);
  }

  const files = new Map<string, string>();
  const editions: object[] = [];
  const dgiComposites = new Map<string, Map<string, Value>>();
  for (const plan of plans) {
    const random = stream(seed, `scores-${plan.index}-${plan.label}`);
    const iso3s = participation.get(plan)!;
    const at = (iso3: string, id: string) => {
      const t = traits.get(iso3)!;
      return t.base + t.offsets.get(id)! + t.trend * plan.k + noise(random, 0.04);
    };
    const isMember = (iso3: string) => isOecdMember(iso3, plan.published);
    if (plan.index === 'dgi') {
      const decimals = plan.layout === 'wide' ? { composite: 3, dimension: 2 } : { composite: 3, dimension: 3 };
      const rows = iso3s.map((iso3) => {
        const dims = DGI_DIMENSIONS.map((d) => scored(at(iso3, d.id), decimals.dimension));
        return { iso3, dims, composite: meanOf(dims, decimals.composite) };
      });
      dgiComposites.set(plan.label, new Map(rows.map((r) => [r.iso3, r.composite])));
      const members = rows.filter((r) => isMember(r.iso3));
      const average = members.length
        ? {
            dims: DGI_DIMENSIONS.map((_, i) => meanOf(members.map((r) => r.dims[i]!), decimals.dimension)),
            composite: meanOf(members.map((r) => r.composite), decimals.composite),
          }
        : undefined;
      // Published tables list countries by composite score, best first.
      rows.sort((a, b) => b.composite.value - a.composite.value || a.iso3.localeCompare(b.iso3));
      files.set(plan.file, dgiFile(plan, rows, average, dgiComposites));
      editions.push(editionEntry(plan, decimals, seed));
    } else {
      const decimals = { composite: 2, dimension: 2, sub: 2 };
      const lines = [`\uFEFF${['cc_iso3c', 'ref_year', 'variable', 'value'].map(quoted).join(',')}`];
      for (const iso3 of [...iso3s].sort()) {
        const cells: [string, Value][] = [];
        for (const pillar of OURDATA_PILLARS) {
          const subs = pillar.subs.map((s) => scored(at(iso3, s.id), decimals.sub));
          pillar.subs.forEach((s, i) => cells.push([s.variable, subs[i]!]));
          if (plan.pillarsGiven) cells.push([pillar.variable, meanOf(subs, decimals.dimension)]);
        }
        cells.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        for (const [variable, v] of cells) lines.push(`${quoted(iso3)},${Number(plan.label) - 1},${quoted(variable)},${longNumber(v)}`);
      }
      files.set(plan.file, `${lines.join('\n')}\n`);
      editions.push(editionEntry(plan, decimals, seed));
    }
  }
  const manifest = { indices: indices(), editions };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

interface DgiRow {
  iso3: string;
  dims: Value[];
  composite: Value;
}

function dgiFile(plan: EditionPlan, rows: DgiRow[], average: { dims: Value[]; composite: Value } | undefined, composites: Map<string, Map<string, Value>>): string {
  if (plan.layout === 'wide') {
    const lines = [['Country', ...DGI_DIMENSIONS.map((d) => d.en), DGI_COMPOSITE.en].map(csvField).join(',')];
    for (const r of rows) lines.push([csvField(resolvableName(r.iso3)), ...r.dims.map((v) => v.text), r.composite.text].join(','));
    if (average) lines.push(['OECD', ...average.dims.map((v) => v.text), average.composite.text].join(','));
    return `${lines.join('\r\n')}\r\n`;
  }
  if (plan.layout === 'long') {
    const lines = [`\uFEFF${['cc_iso3c', 'ref_year', 'variable', 'value'].map(quoted).join(',')}`];
    const year = Number(plan.label);
    const emit = (code: string, dims: Value[], composite: Value) => {
      DGI_DIMENSIONS.forEach((d, i) => lines.push(`${quoted(code)},${year},${quoted(d.variable)},${longNumber(dims[i]!)}`));
      lines.push(`${quoted(code)},${year},${quoted(DGI_COMPOSITE.variable)},${longNumber(composite)}`);
    };
    for (const r of rows) emit(r.iso3, r.dims, r.composite);
    if (average) emit('OECD', average.dims, average.composite);
    return `${lines.join('\n')}\n`;
  }
  // SDMX-CSV with labels, as the OECD Data Explorer exports it; the previous edition's composites are in the
  // file too and the manifest's filter on EDITION keeps this edition's rows.
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

function editionEntry(plan: EditionPlan, decimals: Record<string, number>, seed: number): object {
  const layout =
    plan.index === 'ourdata'
      ? {
          type: 'long',
          variables: Object.fromEntries(
            OURDATA_PILLARS.flatMap((p) => [[p.variable, p.id], ...p.subs.map((s) => [s.variable, s.id])]),
          ),
        }
      : plan.layout === 'wide'
        ? { type: 'wide', countryColumn: 'Country', columns: { ...Object.fromEntries(DGI_DIMENSIONS.map((d) => [d.en, d.id])), [DGI_COMPOSITE.en]: 'composite' } }
        : plan.layout === 'long'
          ? { type: 'long', variables: { ...Object.fromEntries(DGI_DIMENSIONS.map((d) => [d.variable, d.id])), [DGI_COMPOSITE.variable]: 'composite' } }
          : {
              type: 'sdmx',
              variables: { [DGI_COMPOSITE.code]: 'composite', ...Object.fromEntries(DGI_DIMENSIONS.map((d) => [d.code, d.id])) },
              filter: { EDITION: plan.label },
            };
  const name = plan.index === 'dgi' ? 'Digital Government Index' : 'OURdata Index';
  return {
    index: plan.index,
    edition: plan.label,
    file: plan.file,
    layout,
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

/** Writes the folder (replacing the CSVs and manifest a previous run left there); returns the file names. */
export function writeSynth(options: SynthOptions, outDir: string): string[] {
  const files = synthesize(options);
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (name === 'manifest.json' || name.endsWith('.csv')) rmSync(join(outDir, name));
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  return [...files.keys()];
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        countries: { type: 'string' },
        editions: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run synth -- --countries N --editions E --out DIR [--seed S]`);
    return 2;
  }
  if (values.help || !values.countries || !values.editions || !values.out) {
    console.error(`Usage: npm run synth -- --countries N --editions E --out DIR [--seed S]
  --countries N   distinct countries, 1-${MAX_COUNTRIES} (OECD members first)
  --editions E    editions of each index (DGI and OURdata), 1-${MAX_EDITIONS}, labelled ${FIRST_LABEL}, ${FIRST_LABEL + 2}, ...
  --out DIR       folder to write manifest.json and the CSVs into (use it as DATA_DIR)
  --seed S        PRNG seed (default 1); the same arguments give byte-identical files`);
    return values.help ? 0 : 2;
  }
  const toInt = (flag: string, text: string) => {
    if (!/^\d+$/.test(text)) throw new RangeError(`--${flag} must be a whole number, got ${JSON.stringify(text)}`);
    return Number(text);
  };
  try {
    const options = { countries: toInt('countries', values.countries), editions: toInt('editions', values.editions), seed: toInt('seed', values.seed!) };
    const out = resolve(values.out);
    const files = writeSynth(options, out);
    console.log(`Wrote ${files.length - 1} edition files and manifest.json for ${options.countries} countries × ${options.editions} editions of each index into ${out}`);
    return 0;
  } catch (error) {
    console.error(`synth: ${(error as Error).message}`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
