import { svg, type SafeSvg, type SvgValue } from './svg.ts';
import type { ResolvedBase } from './options.ts';

export const FONT_SIZE = 12;

export interface FrameOptions {
  base: ResolvedBase;
  kind: string;
  height: number;
  hasLinks?: boolean;
}

export function chartFrame({ base, kind, height, hasLinks = false }: FrameOptions, body: SvgValue): SafeSvg {
  const { id } = base;
  const role = hasLinks ? 'group' : 'img';
  return svg`<svg xmlns="http://www.w3.org/2000/svg" class="${`chart chart--${kind}`}" role="${role}" aria-labelledby="${`${id}-title ${id}-desc`}" viewBox="${`0 0 ${base.width} ${Math.ceil(height)}`}" width="100%" font-size="${FONT_SIZE}">
<title id="${`${id}-title`}">${base.title}</title>
<desc id="${`${id}-desc`}">${base.summary}</desc>
${body}
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
