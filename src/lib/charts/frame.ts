import { svg, type SafeSvg, type SvgValue } from './svg.ts';
import type { ResolvedBase } from './options.ts';

export const FONT_SIZE = 12;

export interface FrameOptions {
  base: ResolvedBase;
  kind: string;
  height: number;
  hasLinks?: boolean;
}

const NOTE_LINE = 16;

/** Greedy word wrap of `text` into lines no wider than `maxWidth` at `fontSize`. */
export function wrapLines(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of a note from `top`, and the height they take. */
function noteLines(text: string | undefined, width: number, top: number, className: string, bold = false): { markup: SafeSvg | ''; height: number } {
  if (!text) return { markup: '', height: 0 };
  const lines = wrapLines(text, width - 8);
  const weight = bold ? svg` font-weight="700"` : '';
  const markup = svg`<text class="${className}" x="4" y="${top + NOTE_LINE - 4}"${weight}>${lines.map((l, i) => svg`<tspan x="4" dy="${i === 0 ? 0 : NOTE_LINE}">${l}</tspan>`)}</text>`;
  return { markup, height: lines.length * NOTE_LINE + 6 };
}

/**
 * The chart's `<svg>`: title and description for assistive technology, then the body. A partial mark above and a
 * footnote below, where the options give them, are drawn into the picture (the body moved down to make room).
 */
export function chartFrame({ base, kind, height, hasLinks = false }: FrameOptions, body: SvgValue): SafeSvg {
  const { id } = base;
  const role = hasLinks ? 'group' : 'img';
  const mark = noteLines(base.mark, base.width, 0, 'chart-mark', true);
  const foot = noteLines(base.footnote, base.width, mark.height + height, 'chart-footnote');
  const content = mark.height ? svg`${mark.markup}<g transform="${`translate(0,${mark.height})`}">${body}</g>${foot.markup}` : svg`${body}${foot.markup}`;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="${`chart chart--${kind}`}" role="${role}" aria-labelledby="${`${id}-title ${id}-desc`}" viewBox="${`0 0 ${base.width} ${Math.ceil(mark.height + height + foot.height)}`}" width="100%" font-size="${FONT_SIZE}">
<title id="${`${id}-title`}">${base.title}</title>
<desc id="${`${id}-desc`}">${base.summary}</desc>
${content}
</svg>`;
}

export function emptyChart(base: ResolvedBase, kind: string): SafeSvg {
  const height = 60;
  return chartFrame(
    { base, kind, height },
    svg`<text class="chart-label" x="${base.width / 2}" y="${height / 2}" dy="0.35em" text-anchor="middle">${base.labels.noData}</text>`,
  );
}

const URL_STRIP = /[\t\n\r]/g;
const URL_TRIM = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

export function safeHref(href: string): string {
  const cleaned = href.replace(URL_STRIP, '').replace(URL_TRIM, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
    throw new Error(`Refusing chart link with unsafe scheme "${scheme}:"`);
  }
  return cleaned;
}

export function linked(href: string | undefined, content: SafeSvg): SafeSvg {
  return href ? svg`<a href="${safeHref(href)}">${content}</a>` : content;
}

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return [...text].length * fontSize * 0.6;
}

export function anchorWithin(x: number, width: number, left: number, right: number): 'start' | 'middle' | 'end' {
  if (x - width / 2 < left) return 'start';
  if (x + width / 2 > right) return 'end';
  return 'middle';
}

const collator = new Intl.Collator('en', { numeric: true });

export function byLabelThenCode(a: { label: string; code?: string }, b: { label: string; code?: string }): number {
  const byLabel = collator.compare(a.label, b.label);
  if (byLabel !== 0) return byLabel;
  const ca = a.code ?? '';
  const cb = b.code ?? '';
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Splits a label into at most two lines that each fit `maxWidth`, breaking at the space nearest the middle. */
export function wrapLabel(text: string, maxWidth: number): string[] {
  if (textWidth(text) <= maxWidth) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [text];
  const middle = text.length / 2;
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** A right-aligned row label ending at `x`, on two lines where it is wider than `maxWidth`. */
export function rowLabel(x: number, y: number, text: string, maxWidth: number): SafeSvg {
  const lines = wrapLabel(text, maxWidth);
  if (lines.length === 1) return svg`<text class="chart-label" x="${x}" y="${y}" dy="0.35em" text-anchor="end">${text}</text>`;
  // The space between the lines keeps the words apart in the text (a link's accessible name, copy and paste).
  return svg`<text class="chart-label" x="${x}" y="${y}" text-anchor="end"><tspan x="${x}" dy="-0.25em">${lines[0]}</tspan> <tspan x="${x}" dy="1.1em">${lines[1]}</tspan></text>`;
}
