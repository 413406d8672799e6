import { z } from 'zod';
import { codeSelectionSchema } from './codes.ts';
import { safeRecord } from './safeRecord.ts';
import { strictObject } from './strict.ts';

// How an edition's file is laid out (the four layouts EDITING.md describes), one zod schema per layout.

/** An id: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "open-by-default"');

/** A map from source column/variable to indicator id (no prototype: a column may be called `constructor`). */
export const columnMap = safeRecord(z.string().min(1), slug);

/** Long/tidy layout: one row per (country, variable). */
const longLayout = strictObject({
  /** Layout name. */
  type: z.literal('long'),
  /** Column holding the ISO3 code (or `OECD` for the printed average rows). */
  countryColumn: z.string().default('cc_iso3c'),
  /** Column holding the source's variable name. */
  variableColumn: z.string().default('variable'),
  /** Column holding the value. */
  valueColumn: z.string().default('value'),
  /** Source variable name → indicator id, e.g. `"open_default": "open-by-default"`. */
  variables: columnMap,
});

/** Wide layout: one row per country (names only), one column per indicator. */
const wideLayout = strictObject({
  /** Layout name. */
  type: z.literal('wide'),
  /** Column holding the country name as the source prints it. */
  countryColumn: z.string().default('Country'),
  /** Column header → indicator id. Every other column (but the country column, `printed` and `ignore`) is an error. */
  columns: columnMap,
});

/** SDMX-CSV as exported by the OECD Data Explorer (codes only, or codes with labels). */
const sdmxLayout = strictObject({
  /** Layout name. */
  type: z.literal('sdmx'),
  /** Column holding the ISO3 code. */
  countryColumn: z.string().default('REF_AREA'),
  /** Column holding the measure code. */
  variableColumn: z.string().default('MEASURE'),
  /** Column holding the value. */
  valueColumn: z.string().default('OBS_VALUE'),
  /** Code → indicator id, e.g. `"DG": "composite"`. */
  variables: columnMap,
  /** Keep only rows whose column equals the value, e.g. `{"EDITION": "2025"}`. */
  filter: safeRecord(z.string(), z.string()).prefault({}),
  /** Which codes this entry takes (codes.ts): `"all"`, `"mapped"` or `{ "prefix": "DG" }`. */
  codes: codeSelectionSchema,
});

/** OECD.Stat legacy CSV: code/label column pairs, `Value`, `Flag Codes`, `Flags`. */
const oecdStatLayout = strictObject({
  /** Layout name. */
  type: z.literal('oecd-stat'),
  /** Column holding the ISO3 code. */
  countryColumn: z.string().default('COU'),
  /** Column holding the indicator code. */
  variableColumn: z.string().default('IND'),
  /** Column holding the value. */
  valueColumn: z.string().default('Value'),
  /** Code → indicator id. */
  variables: columnMap,
  /** Keep only rows whose column equals the value. */
  filter: safeRecord(z.string(), z.string()).prefault({}),
  /** Which codes this entry takes (codes.ts): `"all"`, `"mapped"` or `{ "prefix": "DG" }`. */
  codes: codeSelectionSchema,
});

export const layoutSchema = z.discriminatedUnion('type', [longLayout, wideLayout, sdmxLayout, oecdStatLayout]);
