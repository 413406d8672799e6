/**
 * Data mistakes that once published wrong figures without a word (issue 24): one rule each, located,
 * with the fix. Cells are found by content; lines and manifest positions are worked out from the files.
 */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, setCell } from '../../helpers/csvRows.ts';
import type { AcceptedCase } from './acceptedCases.ts';
import { dgi2023With, editionOf, manifest, text, write, type DataCase } from './dataCases.ts';
import type { Fixture } from './fixture.ts';

/** The line of the first occurrence of `needle` in a data file, for messages about JSON files. */
const lineIn = (f: Fixture, file: string, needle: string, from = 0): number => {
  const body = text(f, file);
  const at = body.indexOf(needle, from);
  if (at < 0) throw new Error(`test set-up: ${file} does not hold ${JSON.stringify(needle)}`);
  return body.slice(0, at).split('\n').length;
};
/** Appends rows to a CSV file of the copy; returns the line of the first one. */
const append = (f: Fixture, file: string, ...rows: string[]): number => {
  const body = text(f, file).replace(/\n*$/, '\n');
  write(f, file, body + rows.map((r) => `${r}\n`).join(''));
  return body.split('\n').length;
};
const groups = (f: Fixture, edit: (g: any) => void) => {
  const g = JSON.parse(text(f, 'groups.json'));
  edit(g);
  write(f, 'groups.json', JSON.stringify(g, null, 2));
};
/** In a long file (`cc_iso3c,ref_year,variable,value`), the first value among `variables` with the most decimals. */
const mostDecimals = (f: Fixture, file: string, variables: (variable: string) => boolean) => {
  let best = { line: 0, text: '', decimals: -1 };
  text(f, file).split('\n').forEach((row, i) => {
    const [, , variable, value] = row.replace(/\r$/, '').split(',').map((c) => c.replace(/^"|"$/g, ''));
    if (i === 0 || value === undefined || !variables(variable!)) return;
    const decimals = (value.split('.')[1] ?? '').replace(/0+$/, '').length;
    if (decimals > best.decimals) best = { line: i + 1, text: value, decimals };
  });
  return best;
};
const DUPLICATE_KEY = 'a JSON reader keeps only the last one silently, so keep the one you mean and delete the other';
const PUBLISHED = 'give the date the OECD published it (an edition is listed once it is out; to build ahead of its publication day, set SOURCE_DATE_EPOCH, see EDITING.md)';

export const mistakeCases: DataCase[] = [
  {
    name: 'a second OECD row in a partial edition does not silently win',
    arrange: (f) => ({ first: lineOf(text(f, 'dgi-2025.csv'), { cc_iso3c: 'OECD', variable: 'digital_design' }), line: append(f, 'dgi-2025.csv', '"OECD",2025,"digital_design",0.99') }),
    messages: (at) => [`data/dgi-2025.csv:${at.line}: duplicate OECD row "OECD" for "digital_design" in dgi 2025 (the first OECD row for it is on line ${at.first}); the source prints one OECD figure per indicator: keep that row and delete the other`],
  },
  {
    name: 'a second OECD row spelt "OECD average" in a complete edition does not overwrite the printed average',
    arrange: (f) => ({ first: lineOf(text(f, 'dgi-2023.csv'), { cc_iso3c: 'OECD', variable: 'digital_design' }), line: append(f, 'dgi-2023.csv', '"OECD average",2023,"digital_design",0.99') }),
    messages: (at) => [`data/dgi-2023.csv:${at.line}: duplicate OECD row "OECD average" for "digital_design" in dgi 2023 (the first OECD row for it is on line ${at.first}); the source prints one OECD figure per indicator: keep that row and delete the other`],
  },
  {
    name: 'spreadsheet float noise (0.59800000001) is refused: it would rank the United Kingdom below Poland though both show 0.598',
    arrange: (f) => ({ line: dgi2023With(f, '0.59800000001'), at: editionOf(f, 'dgi-2023.csv') }),
    messages: (at) => [`data/dgi-2023.csv:${at.line}: value "0.59800000001" carries 11 decimals, but dgi 2023 publishes dimension scores with 3 (decimals in data/manifest.json editions[${at.at}]); write the value as the source prints it, 0.598, so that scores shown alike rank alike`],
  },
  {
    name: 'decimals: 0 declared for a file with 3 decimals: one message per level, naming the manifest entry',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2023.csv');
      manifest(f, (m) => {
        m.editions[at].decimals = { composite: 0, dimension: 0 };
      });
      const dimension = mostDecimals(f, 'dgi-2023.csv', (variable) => variable !== 'composite_index');
      const composite = mostDecimals(f, 'dgi-2023.csv', (variable) => variable === 'composite_index');
      return { at, first: dimension.line, again: composite.line, row: JSON.stringify([dimension, composite]) };
    },
    messages: (at) => {
      const [dimension, composite] = JSON.parse(at.row!) as { text: string; decimals: number }[];
      return [
        `data/dgi-2023.csv:${at.first}: most dimension values carry more decimals than the 0 that data/manifest.json editions[${at.at}] (dgi 2023) declares, up to ${dimension!.decimals} (e.g. "${dimension!.text}" on this line); declare the decimals the source prints, "decimals": {"dimension": ${dimension!.decimals}}, or every figure would be rounded to 0`,
        `data/dgi-2023.csv:${at.again}: most composite values carry more decimals than the 0 that data/manifest.json editions[${at.at}] (dgi 2023) declares, up to ${composite!.decimals} (e.g. "${composite!.text}" on this line); declare the decimals the source prints, "decimals": {"composite": ${composite!.decimals}}, or every figure would be rounded to 0`,
      ];
    },
  },
  {
    name: 'a key repeated in manifest.json is an error, not last-wins',
    arrange: (f) => {
      const body = text(f, 'manifest.json');
      const from = body.indexOf('"file": "dgi-2023.csv"');
      const at = body.indexOf('"comparableWithPrevious": ', from);
      write(f, 'manifest.json', `${body.slice(0, at)}"comparableWithPrevious": false, ${body.slice(at)}`);
      return { line: lineIn(f, 'manifest.json', '"comparableWithPrevious": false'), at: editionOf(f, 'dgi-2023.csv') };
    },
    messages: (at) => [`data/manifest.json:${at.line}: editions[${at.at}]: the key "comparableWithPrevious" is given twice on this line; ${DUPLICATE_KEY}`],
  },
  {
    name: 'a key repeated in groups.json is an error too',
    arrange: (f) => {
      write(f, 'groups.json', text(f, 'groups.json').replace('"id": "nordic",', '"id": "nordic",\n      "id": "nordics",'));
      return { first: lineIn(f, 'groups.json', '"id": "nordic"'), line: lineIn(f, 'groups.json', '"id": "nordics"') };
    },
    messages: (at) => [`data/groups.json:${at.line}: groups[1]: the key "id" is given twice (first on line ${at.first}); ${DUPLICATE_KEY}`],
  },
  {
    name: 'a publication date in the future',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2025.csv');
      manifest(f, (m) => {
        m.editions[at].published = '2062-06';
      });
      return { at };
    },
    messages: (at) => [`data/manifest.json: editions[${at.at}].published: "2062-06" is in the future; ${PUBLISHED}`],
  },
  {
    name: 'an impossible publication date (30 February)',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2019.csv');
      manifest(f, (m) => {
        m.editions[at].published = '2020-02-30';
      });
      return { at };
    },
    messages: (at) => [`data/manifest.json: editions[${at.at}].published: "2020-02-30" is not a date in the calendar; write a real month or day as YYYY-MM or YYYY-MM-DD, e.g. "2024-01"`],
  },
  {
    name: 'an impossible date in groups.json, which content refuses alike',
    arrange: (f) => {
      write(f, 'groups.json', text(f, 'groups.json').replace('{ "iso3": "GBR", "from": "1973-01-01", "until": "2020-01-31" }', '{ "iso3": "GBR", "from": "1973-01-01", "until": "2020-02-30" }'));
      return { line: lineIn(f, 'groups.json', '"GBR"') };
    },
    messages: (at) => [`data/groups.json:${at.line}: groups[0].members[27].until: "2020-02-30" is not a date in the calendar; write a real month or day as YYYY-MM-DD, e.g. "2004-05-01"`],
  },
  {
    name: 'a membership date in the future in groups.json',
    arrange: (f) => {
      write(f, 'groups.json', text(f, 'groups.json').replace('{ "iso3": "GBR", "from": "1973-01-01", "until": "2020-01-31" }', '{ "iso3": "GBR", "from": "2073-01-01" }'));
      return { line: lineIn(f, 'groups.json', '"GBR"') };
    },
    messages: (at) => [`data/groups.json:${at.line}: groups[0].members[27].from: "2073-01-01" is in the future; a membership is recorded once it has begun or ended: remove the date until then`],
  },
  {
    name: 'an unheld edition that is also held',
    arrange: (f) => {
      let at = 0;
      manifest(f, (m) => {
        at = m.unheldEditions.push({ ...m.unheldEditions[0], index: 'dgi', edition: '2023' }) - 1;
      });
      return { at, first: editionOf(f, 'dgi-2023.csv') };
    },
    messages: (at) => [`data/manifest.json: unheldEditions[${at.at}]: dgi 2023 is held (editions[${at.first}] describes its file), so it cannot also be unheld; remove it from unheldEditions`],
  },
  {
    name: 'an unheld edition listed twice',
    arrange: (f) => {
      let at = 0;
      manifest(f, (m) => {
        at = m.unheldEditions.push({ ...m.unheldEditions[0] }) - 1;
      });
      return { at };
    },
    messages: (at) => [`data/manifest.json: unheldEditions[${at.at}]: ourdata 2015 is listed twice (also unheldEditions[0]); keep one`],
  },
  {
    name: 'a duplicated indicator id is named once, not as dozens of composite errors',
    arrange: (f) => {
      let at = 0;
      manifest(f, (m) => {
        const dgi = m.indices.find((i: { id: string }) => i.id === 'dgi');
        at = dgi.indicators.push({ ...dgi.indicators.find((i: { id: string }) => i.id === 'proactiveness') }) - 1;
      });
      return { at, first: JSON.parse(text(f, 'manifest.json')).indices[0].indicators.findIndex((i: { id: string }) => i.id === 'proactiveness') };
    },
    messages: (at) => [`data/manifest.json: indices[0].indicators[${at.at}].id: indicator "proactiveness" of "dgi" is declared twice (also indicators[${at.first}]); give each indicator its own id, or keep one`],
  },
  {
    name: 'a known discrepancy declared twice',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2019.csv');
      let again = 0;
      manifest(f, (m) => {
        again = m.editions[at].knownDiscrepancies.push({ ...m.editions[at].knownDiscrepancies[0] }) - 1;
      });
      return { at, again };
    },
    messages: (at) => [`data/manifest.json: editions[${at.at}].knownDiscrepancies[${at.again}]: BRA composite is declared twice (also knownDiscrepancies[0]); keep one`],
  },
  {
    name: '"__proto__" as a variable name is refused, not dropped',
    arrange: (f) => {
      const at = editionOf(f, 'dgi-2023.csv');
      write(f, 'manifest.json', text(f, 'manifest.json').replace('"proactiveness": "proactiveness",', '"proactiveness": "proactiveness", "__proto__": "composite",'));
      return { at };
    },
    messages: (at) => [`data/manifest.json: editions[${at.at}].layout.variables.__proto__: "__proto__" cannot be used as a name here; rename the column or variable in the file, or list it under "ignore"`],
  },
  {
    name: 'a new group added without its name in the catalogues fails the check, not the build',
    arrange: (f) => {
      groups(f, (g) => {
        g.groups.push({ id: 'baltic', source: 'https://example.org/baltic', members: ['EST', 'LVA', 'LTU'] });
      });
      return { line: lineIn(f, 'groups.json', '"baltic"') };
    },
    messages: (at) => [`data/groups.json:${at.line}: group "baltic" has no name in src/lib/i18n/en.json, src/lib/i18n/fr.json, src/lib/i18n/es.json; add the key "group.baltic" with the group's name to every catalogue (en, fr, es)`],
  },
  {
    name: 'groups.json as a link out of the data folder is refused and its content never shown',
    arrange: (f) => {
      writeFileSync(join(f.dir, 'outside.json'), 'root:x:0:0:root:/root:/bin/bash\n');
      rmSync(join(f.data, 'groups.json'));
      symlinkSync('../outside.json', join(f.data, 'groups.json'));
    },
    messages: ['data/groups.json: is a link to a file outside the data folder, which the build does not follow; copy the file into the data folder instead'],
  },
  {
    name: 'an unnamed column holding values (wide): one message',
    arrange: (f) => {
      const rows = text(f, 'dgi-2019.csv').split('\n');
      const line = lineOf(text(f, 'dgi-2019.csv'), { Country: 'Korea' });
      write(f, 'dgi-2019.csv', rows.map((r, i) => (r === '' ? r : r.replace(/\r?$/, (eol) => `,${i === line - 1 ? 'x' : ''}${eol}`))).join('\n'));
      return { line, at: text(f, 'dgi-2019.csv').split('\n')[0]!.split(',').length };
    },
    messages: (at) => [`data/dgi-2019.csv:1: column ${at.at} has no name in the header but holds values, e.g. "x" on line ${at.line}; name the column and map it in data/manifest.json, or delete it`],
  },
  {
    name: 'an unnamed column holding values (long): the same message',
    arrange: (f) => {
      const { text: body, line } = setCell(text(f, 'dgi-2023.csv'), { cc_iso3c: 'KOR', variable: 'digital_design' }, 'value', (v) => `${v},x`);
      write(f, 'dgi-2023.csv', body.split('\n').map((r, i) => (r === '' || i === line - 1 ? r : `${r},`)).join('\n'));
      return { line };
    },
    messages: (at) => [`data/dgi-2023.csv:1: column 5 has no name in the header but holds values, e.g. "x" on line ${at.line}; name the column and map it in data/manifest.json, or delete it`],
  },
];

/** Columns Excel adds after the last one used: empty in the header and below, left out in every layout. */
export const trailingColumns = (f: Fixture, file: string) =>
  write(f, file, text(f, file).split('\n').map((r) => (r === '' ? r : r.replace(/\r?$/, (eol) => `,,,${eol}`))).join('\n'));

/** Inputs read as they are meant: aggregate rows in the OECD's usual spellings, Excel's empty columns. */
export const acceptedMistakes: AcceptedCase[] = [
  ...['oecd average', 'OECD - Average', 'OECD_AVERAGE', 'Oecd'].map((spelling) => ({
    name: `an OECD average row spelt ${JSON.stringify(spelling)} is read as the printed average`,
    arrange: (f: Fixture) => write(f, 'dgi-2023.csv', text(f, 'dgi-2023.csv').replaceAll('"OECD",2023,', `"${spelling}",2023,`)),
    holds: [],
    printedAverages: [{ index: 'dgi', edition: '2023', indicator: 'digital-by-design', text: '0.684' }],
  })),
  {
    name: 'Excel\'s empty trailing columns in a wide file are left out',
    arrange: (f) => trailingColumns(f, 'dgi-2019.csv'),
    holds: [{ iso3: 'KOR', indicator: 'composite', edition: '2019', text: '0.742', value: 0.742 }],
  },
  {
    name: 'Excel\'s empty trailing columns in a long file are left out alike',
    arrange: (f) => trailingColumns(f, 'dgi-2023.csv'),
    holds: [{ iso3: 'GBR', indicator: 'data-driven-public-sector', edition: '2023', text: '0.598', value: 0.598 }],
  },
];
