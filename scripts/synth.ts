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
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_COUNTRIES } from './synth/countries.ts';
import { FIRST_LABEL, MAX_EDITIONS } from './synth/editions.ts';
import { writeSynth } from './synth/synthesize.ts';

export { ISO_CODES, MAX_COUNTRIES, resolvableName } from './synth/countries.ts';
export { synthesize, writeSynth } from './synth/synthesize.ts';

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
    const options = { countries: toInt('countries', values.countries), editions: toInt('editions', values.editions), seed: toInt('seed', values.seed ?? '1') };
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
