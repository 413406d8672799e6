import { z } from 'zod';
import { strictObject } from './strict.ts';

/**
 * Which codes of a coded export (SDMX-CSV, OECD.Stat) an entry takes, so that one file holding several
 * indices (the Data Explorer's `DSD_GOV@DF_GOV_DGOGD_2025`: DGI and OURdata) can feed several editions:
 * - `"all"` (the default): every code must be mapped in `variables`, printed or listed under `ignore`;
 * - `"mapped"`: only the codes mapped in `variables` (or printed) are read, every other code is skipped;
 * - `{ "prefix": "OUR" }`: only codes starting with the prefix are read (each must be mapped), the rest skipped.
 */
export const codeSelectionSchema = z
  .union([
    z.enum(['all', 'mapped']),
    strictObject({
      /** Start of every code this entry reads, e.g. `"DG"` for `DG`, `DG_D`, … */
      prefix: z.string().min(1),
    }),
  ])
  .default('all');

export type CodeSelection = z.infer<typeof codeSelectionSchema>;

/** True when the entry reads `code`; `mapped` holds the codes the entry maps or prints. */
export function selectsCode(selection: CodeSelection, code: string, mapped: ReadonlySet<string>): boolean {
  if (selection === 'all') return true;
  if (selection === 'mapped') return mapped.has(code);
  return code.startsWith(selection.prefix);
}

/** True when the entry declares which codes it takes (required of every entry of a file read by several). */
export const selectsCodes = (layout: { type: string; codes?: CodeSelection }): boolean => layout.codes !== undefined && layout.codes !== 'all';

/**
 * What a source's own country code or name may stand for: an ISO 3166-1 alpha-3 code, or `OECD` for the
 * row of the OECD average under a code the built-in table lacks (`{"OECD_AVG": "OECD"}`).
 */
export const aliasTargetSchema = z.string().regex(/^([A-Z]{3}|OECD)$/, 'use an upper-case ISO 3166-1 alpha-3 code, e.g. "KOR", or "OECD" for the row of the OECD average');
