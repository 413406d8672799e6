import { csvCell } from './csvCell.ts';

/** A chart a built page shows, as files a reader can take away: the drawing and its data table. */
export interface ChartFile {
  /** The page's folder in the output (`fr/countries/kor/`; `` for the home page). */
  page: string;
  /** The figure's id, also its file name (`{id}.svg`, `{id}.csv`) beside the page. */
  id: string;
  svg: string;
  csv: string;
}

/**
 * Colours of the light scheme as presentation attributes, so a downloaded SVG looks as on the page with no
 * stylesheet (and no inline <style>, which a strict CSP on the file would block). Order matters: later wins.
 */
const LOOK: [className: string, attributes: string][] = [
  ['chart', 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"'],
  ['chart-label', 'fill="#1b1f24"'],
  ['chart-value', 'fill="#4a5361" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"'],
  ['chart-bar', 'fill="#7fa6d3"'],
  ['chart-bar--highlight', 'fill="#0a4a94"'],
  ['chart-bar--unranked', 'fill="#c3c9d1"'],
  ['chart-avg', 'stroke="#a34700" fill="#a34700" stroke-width="2"'],
  ['chart-avg-line', 'fill="none" stroke-dasharray="5 3"'],
  ['chart-mark', 'fill="#a34700"'],
  ['chart-context', 'fill="#4a5361"'],
  ['chart-context-title', 'fill="#1b1f24"'],
  ['chart-footnote', 'fill="#4a5361"'],
  ['chart-guide', 'stroke="#cfd6df" stroke-width="1"'],
  ['chart-avg-label', 'fill="#a34700" font-weight="600" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"'],
  ['chart-dot', 'fill="#0a4a94" stroke="#ffffff" stroke-width="1"'],
  ['chart-range', 'stroke="#9aa6b5" stroke-width="3" stroke-linecap="round" fill="none"'],
  ['chart-break', 'stroke="#4a5361" stroke-dasharray="3 3" fill="none"'],
  ['chart-line', 'fill="none" stroke="#0a4a94" stroke-width="2"'],
  ['chart-avg-line', 'stroke="#a34700"'],
  ['chart-series-0', 'fill="#0a5bb5" stroke="#0a5bb5"'],
  ['chart-series-1', 'fill="#b35900" stroke="#b35900"'],
  ['chart-series-2', 'fill="#00785a" stroke="#00785a"'],
  ['chart-series-3', 'fill="#b2227b" stroke="#b2227b"'],
  ['chart-series-4', 'fill="#5a4a00" stroke="#5a4a00"'],
  ['chart-series-5', 'fill="#5b2a9a" stroke="#5b2a9a"'],
  ['chart-tile--q0', 'fill="#e8f0fa"'],
  ['chart-tile--q1', 'fill="#b9d1ec"'],
  ['chart-tile--q2', 'fill="#7fa6d3"'],
  ['chart-tile--q3', 'fill="#3c73b3"'],
  ['chart-tile--q4', 'fill="#0a3f7f"'],
  ['map-country', 'stroke="#ffffff" stroke-width="0.5"'],
  ['map-sphere', 'fill="#f3f5f8" stroke="#cfd6df"'],
  ['map-blank', 'stroke="#cfd6df" stroke-width="0.5"'],
  ['map-hatch-bg', 'fill="#ffffff"'],
  ['map-hatch-line', 'stroke="#9aa6b5" stroke-width="1.5"'],
  ['map-inset-frame', 'fill="#f3f5f8" stroke="#4a5361"'],
  ['map-low', 'stroke="#1b1f24" stroke-width="0.9"'],
  ['map-inset-label', 'fill="#4a5361" font-weight="600"'],
];

/** Attribute names an element already sets; the page's own attributes (e.g. a pattern fill) win over the look. */
const NAMES = /\s([a-z-]+)="/g;

/** What a take-away file says about its chart: drawn into the SVG (and so the PNG) and written atop the CSV. */
interface ChartContext {
  title: string;
  /** The edition(s) shown and, for a partial one, the partial mark. */
  subtitle?: string;
  /** Source and licence. */
  credit?: string;
  /** Where the chart lives on the site. */
  address?: string;
}

/** Breaking white space only: the no-break spaces French typography needs (U+00A0, U+202F) are kept. */
const BREAKING_SPACE = /[ \t\r\n\f]+/g;

const CONTEXT_FONT = { title: 15, small: 11 };
const CONTEXT_GAP = 6;

/** Greedy word wrap to lines of at most `width` units at `size` (0.6 em per character, as the charts measure text). */
function wrap(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.6)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKING_SPACE).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > perLine) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text lines from `y`, and the y under them. */
function block(lines: string[], y: number, size: number, attrs: string): [string, number] {
  const step = Math.round(size * 1.3);
  return [lines.map((line, i) => `<text x="8" y="${y + size + i * step}" font-size="${size}"${attrs}>${escape(line)}</text>`).join('\n'), y + lines.length * step];
}

/**
 * The chart with its context drawn around it: title and subtitle above, source, licence and address below, so a
 * copy of the file (or the PNG drawn from it) says what it shows, which edition, and where it comes from.
 */
function withContext(markup: string, context: ChartContext): string {
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(markup);
  if (!viewBox) return markup;
  const [w, h] = [Number(viewBox[1]), Number(viewBox[2])];
  const room = w - 16;
  const [title, afterTitle] = block(wrap(context.title, room, CONTEXT_FONT.title), 4, CONTEXT_FONT.title, ' class="chart-context-title" font-weight="700"');
  const [subtitle, top] = context.subtitle ? block(wrap(context.subtitle, room, CONTEXT_FONT.small), afterTitle + 2, CONTEXT_FONT.small, ' class="chart-context"') : ['', afterTitle];
  const chartTop = top + CONTEXT_GAP + 4;
  const foot = [context.credit, context.address].filter((t): t is string => !!t).flatMap((t) => wrap(t, room, CONTEXT_FONT.small));
  const [footer, bottom] = block(foot, chartTop + h + CONTEXT_GAP, CONTEXT_FONT.small, ' class="chart-context"');
  const height = Math.ceil(bottom + 8);
  return markup
    .replace(viewBox[0], `viewBox="0 0 ${w} ${height}"`)
    .replace(/(<desc[^>]*>[\s\S]*?<\/desc>)([\s\S]*)<\/svg>\s*$/, (_whole, desc: string, body: string) => `${desc}\n${title}\n${subtitle}\n<g transform="translate(0,${chartTop})">${body}</g>\n${footer}\n</svg>`);
}

/** The chart as a standalone SVG file: presentation attributes for its classes, white background, text black; its context drawn around it where given. */
export function standaloneSvg(drawing: string, context?: ChartContext): string {
  const markup = context ? withContext(drawing, context) : drawing;
  let out = markup.replace(/<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g, (whole, tag: string, attrs: string, close: string) => {
    const classes = /\sclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
    const have = new Set([...attrs.matchAll(NAMES)].map((m) => m[1]));
    const add = new Map<string, string>();
    for (const [name, look] of LOOK) {
      if (!classes.includes(name)) continue;
      for (const [, attribute = '', value = ''] of look.matchAll(/([a-z-]+)="([^"]*)"/g)) add.set(attribute, value);
    }
    if (tag === 'text' && !add.has('fill') && !have.has('fill')) add.set('fill', '#1b1f24');
    const extra = [...add].filter(([name]) => !have.has(name)).map(([name, value]) => ` ${name}="${value}"`).join('');
    return extra ? `<${tag}${attrs}${extra}${close ? '/' : ''}>` : whole;
  });
  out = out.replace(/^<svg ([^>]*)width="100%"/, '<svg $1');
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(out);
  const [w, h] = viewBox ? [viewBox[1], viewBox[2]] : ['640', '400'];
  out = out.replace(/^<svg /, `<svg width="${w}" height="${h}" `).replace(/(<desc[^>]*>[\s\S]*?<\/desc>)/, `$1\n<rect width="100%" height="100%" fill="#ffffff"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
const text = (html: string) =>
  html
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole))
    .replace(BREAKING_SPACE, ' ')
    .trim();

/** A signed figure as a spreadsheet reads it: "+0.167" → "0.167", "−0.05" → "-0.05"; other text unchanged. */
const plainNumber = (cell: string) => (/^[+\u2212-]?\d+(?:\.\d+)?$/.test(cell) ? cell.replace(/^\+/, '').replace('\u2212', '-') : cell);

/** The figure's data tables as CSV (RFC 4180, CRLF), one after another with a blank line between, captions first. */
export function tablesToCsv(html: string): string {
  const blocks = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map(([table]) => {
    const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1];
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row = '']) => [...row.matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/g)].map(([, , cell = '']) => csvCell(plainNumber(text(cell)))).join(','));
    return [...(caption !== undefined ? [csvCell(text(caption))] : []), ...rows].join('\r\n');
  });
  return blocks.length ? `${blocks.join('\r\n\r\n')}\r\n` : '';
}

/** The context on one line: runs of breaking white space collapsed. */
const plain = (value: string | undefined) => value?.replace(BREAKING_SPACE, ' ').trim();

/** What the files say about the figure, if it has a title. */
function contextOf(figure: ChartSource): ChartContext | undefined {
  const title = plain(figure.title);
  if (!title) return undefined;
  const [subtitle, credit, address] = [plain(figure.subtitle), plain(figure.credit), plain(figure.address)];
  return { title, ...(subtitle ? { subtitle } : {}), ...(credit ? { credit } : {}), ...(address ? { address } : {}) };
}

/** The context as the first lines of the CSV, then a blank line. */
function csvHead(context: ChartContext | undefined): string {
  if (!context) return '';
  return `${[context.title, context.subtitle, context.credit, context.address].filter((t): t is string => !!t).map(csvCell).join('\r\n')}\r\n\r\n`;
}

/** The parts of a page's `Figure` (lib/pages/figures.ts) its take-away files are made from. */
export interface ChartSource {
  id: string;
  title: string;
  /** The wide drawing (the one a wide screen shows). */
  svg: { toString(): string };
  subtitle?: string | undefined;
  credit?: string | undefined;
  address: string;
}

/**
 * A figure's take-away files, from the figure itself and the data tables its view renders under it
 * (`tablesHtml`, as rendered): the drawing with its context as SVG, the tables as CSV (byte-order mark first,
 * as spreadsheets want). `page` is the page's folder in the output (`fr/countries/kor/`, `` for the home page).
 */
export function chartFile(page: string, figure: ChartSource, tablesHtml: string): ChartFile {
  const context = contextOf(figure);
  const tables = tablesToCsv(tablesHtml);
  return { page, id: figure.id, svg: standaloneSvg(figure.svg.toString().trim(), context), csv: `\uFEFF${tables ? `${csvHead(context)}${tables}` : tables}` };
}

/** Where rendering hands the take-away files to the build that writes them (scripts/build/renderRecord.ts). */
export interface RenderRecord {
  /** A figure's files, to be written beside its page. */
  chart(file: ChartFile): void;
  /** A page search engines are told not to index (`<meta name="robots" content="noindex">`), left out of the sitemap. */
  unlisted(page: string): void;
}

/**
 * The slot through which `npm run build` hands its record to the pages Astro renders in the same process
 * (the prerender bundle has its own copies of these modules, so a module variable would not reach them). The
 * build puts a fresh record there for each build and removes it after; outside a build it is empty and
 * rendering records nothing.
 */
export const RENDER_RECORD = Symbol.for('digital-government-profiles.renderRecord');
