/**
 * Tables name the source of each row, on the shared build of the real data: a figure printed in a second
 * source is marked and its publication named under the table with its DOI and dataflow; what the site
 * computed (ranks, the OECD average of a complete edition) says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/globalSetup.ts';
import { textOf } from '../helpers/html.ts';

const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const GAAG = 'Printed in OECD (2025), Government at a Glance 2025, OECD Data Explorer, dataflow DSD_GOV@DF_GOV_DGOGD_2025';

/** The table captioned `caption` on `page`, its rows as HTML, and the notes printed under it. */
function tableOf(page: string, caption: string): { rows: string[]; notes: string } {
  const html = read(page);
  const at = html.indexOf(`>${caption}</caption>`);
  expect(at, caption).toBeGreaterThan(0);
  const end = html.indexOf('</table>', at);
  const rows = [...html.slice(at, end).matchAll(/<tr[^>]*>.*?<\/tr>/gs)].map((m) => m[0]);
  const notes = /<p class="table-notes[^"]*"[^>]*>(.*?)<\/p>/s.exec(html.slice(end))?.[1] ?? '';
  return { rows, notes };
}

describe('the ranking of OURdata 2023 on /indices/ourdata/', () => {
  const { rows, notes } = tableOf('indices/ourdata/index.html', 'OURdata 2023: Composite score');

  it('OURdata 2023 composite of Poland 0.79, printed in the GaaG 2025 dataflow: marked 1, described by its note, the cell the figure alone', () => {
    const poland = rows.find((r) => r.includes('/countries/pol/'))!;
    const cell = /<td class="num" data-mark="1" aria-describedby="([^"]+)">([^<]*)<\/td>/.exec(poland)!;
    expect(cell[2]).toBe('0.79');
    expect(notes).toContain(`<span id="${cell[1]}">`);
  });

  it('the note under the table names Government at a Glance 2025 with its DOI and dataflow, and what the site computed', () => {
    expect(notes).toContain('<a href="https://doi.org/10.1787/0efd0bcd-en"');
    expect(textOf(notes)).toContain(`1 ${GAAG} .`);
    expect(textOf(notes)).toContain('* Computed by this site: ranks and the OECD average.');
  });

  it('the chart’s CSV keeps the figure alone: Poland 0.79, no mark', () => {
    expect(read('indices/ourdata/ourdata-2023.csv')).toContain('\r\n3rd,Poland,0.79,');
  });
});

describe('the edition tables of /countries/kor/', () => {
  it('DGI 2023 dimensions, all from Table A.1: no row marked, ranks and the average computed by this site', () => {
    const { rows, notes } = tableOf('countries/kor/index.html', 'DGI 2023: dimensions');
    expect(rows.slice(1).some((r) => r.includes('data-mark'))).toBe(false);
    expect(rows[0]).toContain('data-mark="*"');
    expect(textOf(notes)).toBe('* Computed by this site: ranks and the OECD average.');
  });
});
