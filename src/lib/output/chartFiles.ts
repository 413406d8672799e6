import { csvCell } from './csvCell.ts';

/** A chart a built page shows, as files a reader can take away: the drawing and its data table. */
export interface ChartFile {
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
];

/** Attribute names an element already sets; the page's own attributes (e.g. a pattern fill) win over the look. */
const NAMES = /\s([a-z-]+)="/g;

/** The chart as a standalone SVG file: presentation attributes for its classes, white background, text black. */
export function standaloneSvg(markup: string): string {
  let out = markup.replace(/<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g, (whole, tag: string, attrs: string, close: string) => {
    const classes = /\sclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
    const have = new Set([...attrs.matchAll(NAMES)].map((m) => m[1]));
    const add = new Map<string, string>();
    for (const [name, look] of LOOK) {
      if (!classes.includes(name)) continue;
      for (const m of look.matchAll(/([a-z-]+)="([^"]*)"/g)) add.set(m[1]!, m[2]!);
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
    .replace(/\s+/g, ' ')
    .trim();

/** A signed figure as a spreadsheet reads it: "+0.167" → "0.167", "−0.05" → "-0.05"; other text unchanged. */
const plainNumber = (cell: string) => (/^[+\u2212-]?\d+(?:\.\d+)?$/.test(cell) ? cell.replace(/^\+/, '').replace('\u2212', '-') : cell);

/** The figure's data tables as CSV (RFC 4180, CRLF), one after another with a blank line between, captions first. */
export function tablesToCsv(html: string): string {
  const blocks = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => {
    const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(m[0]);
    const rows = [...m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/g)].map((c) => csvCell(plainNumber(text(c[2]!)))).join(','));
    return [...(caption ? [csvCell(text(caption[1]!))] : []), ...rows].join('\r\n');
  });
  return blocks.length ? `${blocks.join('\r\n\r\n')}\r\n` : '';
}

/** Every chart figure of a built page (`<figure … data-chart-file>`), with its wide drawing and its table. */
export function chartFiles(page: string): ChartFile[] {
  const files: ChartFile[] = [];
  for (const m of page.matchAll(/<figure\b[^>]*\sid="([a-z][a-z0-9-]*)"[^>]*\sdata-chart-file\b[^>]*>([\s\S]*?)<\/figure>/g)) {
    const body = m[2]!;
    const drawing = /<div class="chart-(?:wide|any)">\s*(<svg[\s\S]*?<\/svg>)\s*<\/div>/.exec(body)?.[1];
    if (!drawing) continue;
    files.push({ id: m[1]!, svg: standaloneSvg(drawing), csv: tablesToCsv(body) });
  }
  return files;
}
