/** Inputs that are read as they are: other number forms, line ends, byte order marks, links inside the folder. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dgi2023With, text, write } from './dataCases.ts';
import type { Fixture } from './fixture.ts';

/** Inputs that are read, each with what the dataset must then hold. */
export interface AcceptedCase {
  name: string;
  arrange: (f: Fixture) => void;
  /** [iso3, indicator, edition] → the text and value the dataset must hold. */
  holds: { iso3: string; indicator: string; edition: string; text: string; value: number }[];
  /** [index, edition, indicator] → the OECD average the source prints, as read. */
  printedAverages?: { index: string; edition: string; indicator: string; text: string }[];
}

export const acceptedCases: AcceptedCase[] = [
  ...(
    [
      ['+0.598', '0.598', 0.598],
      ['5.98e-1', '0.598', 0.598],
      [' 0.598 ', '0.598', 0.598],
      ['.598', '0.598', 0.598],
      ['0.5980', '0.5980', 0.598],
    ] as const
  ).map(([raw, shown, value]) => ({
    name: `the value form "${raw}" is read and shown as "${shown}"`,
    arrange: (f: Fixture) => void dgi2023With(f, `"${raw}"`),
    holds: [{ iso3: 'GBR', indicator: 'data-driven-public-sector', edition: '2023', text: shown, value }],
  })),
  {
    name: 'CR-only line ends',
    arrange: (f) => write(f, 'dgi-2019.csv', text(f, 'dgi-2019.csv').replace(/\r?\n/g, '\r')),
    holds: [{ iso3: 'KOR', indicator: 'composite', edition: '2019', text: '0.742', value: 0.742 }],
  },
  {
    name: 'LF rows appended to a CRLF file',
    arrange: (f) => {
      const all = text(f, 'dgi-2019.csv').replace(/^\uFEFF/, '').split('\n').filter((l) => l !== '');
      write(f, 'dgi-2019.csv', all.slice(0, 10).join('\r\n') + '\r\n' + all.slice(10).join('\n') + '\n');
    },
    holds: [{ iso3: 'KOR', indicator: 'composite', edition: '2019', text: '0.742', value: 0.742 }],
  },
  {
    name: 'a UTF-8 byte order mark on the manifest and a wide file',
    arrange: (f) => {
      write(f, 'manifest.json', '\uFEFF' + text(f, 'manifest.json'));
      write(f, 'dgi-2019.csv', '\uFEFF' + text(f, 'dgi-2019.csv'));
    },
    holds: [{ iso3: 'KOR', indicator: 'composite', edition: '2019', text: '0.742', value: 0.742 }],
  },
  {
    name: 'a link to a file inside the data folder is followed',
    arrange: (f) => {
      mkdirSync(join(f.data, '.sources'));
      writeFileSync(join(f.data, '.sources/dgi-2019.csv'), text(f, 'dgi-2019.csv'));
      rmSync(join(f.data, 'dgi-2019.csv'));
      symlinkSync('.sources/dgi-2019.csv', join(f.data, 'dgi-2019.csv'));
    },
    holds: [{ iso3: 'KOR', indicator: 'composite', edition: '2019', text: '0.742', value: 0.742 }],
  },
];
