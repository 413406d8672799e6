import { z } from 'zod';
import { strictObject } from './strict.ts';

/**
 * A second publication of an edition (EDITING.md, "A second source"): another file, in its own layout,
 * precision and scale, naming the publication it comes from. The edition's own `file` is the primary
 * source, except for the levels a second source names in `primaryFor`. Each value of the other source is
 * compared with the primary one within both roundings; where the primary source lacks a figure the second
 * one prints on the same scale (the OURdata 2023 composite in Government at a Glance 2025), the printed
 * figure is used, and keeps its source.
 *
 * Built from the edition's own pieces (passed in, so this file does not import schema.ts).
 */
export function secondSourcesSchema<L extends z.ZodType, P extends z.ZodType, V extends z.ZodType, D extends z.ZodType>(pieces: {
  layout: L;
  source: P;
  levels: V;
  decimals: D;
}) {
  return z
    .array(
      strictObject({
        /** File name inside the data folder; it may be another edition's file (a file holding several indices). */
        file: z.string().regex(/^[^/\\]+\.csv$/, 'give a file name in the data folder ending in .csv, e.g. "gaag-2025-dgi-ourdata.csv"'),
        /** How the file is laid out and which of its codes belong to this edition. */
        layout: pieces.layout,
        /** The publication the file comes from: citation, DOI, table or dataflow, licence. */
        source: pieces.source,
        /** Decimals this publication prints, per level. */
        decimals: pieces.decimals,
        /** Scale and aggregation per level where this publication differs from the index (DGI dimensions on 0–1/6). */
        levels: pieces.levels,
        /**
         * The levels (`composite`, `dimension`, `sub`, as the indicators' `level`) for which this publication,
         * not the edition's own file, is the primary source: its figure is shown, ranked and downloaded, and
         * the edition's file is compared with it. It must print the level on the edition's scale. A level no
         * source names keeps the edition's file as primary (the default).
         */
        primaryFor: z.array(z.string()).default([]),
      }),
    )
    .default([]);
}
