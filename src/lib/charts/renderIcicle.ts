import { chartFrame, emptyChart, linked, textWidth } from './frame.ts';
import { resolveBase, type BaseChartOptions } from './options.ts';
import { seriesClass } from './palette.ts';
import { svg, type SafeSvg } from './svg.ts';

/** A part of the tree: its label, its weight (any unit, compared among siblings only), a link and its children. */
export interface IcicleNode {
  label: string;
  /** A short figure shown after the label where there is room, e.g. "16.67 %". */
  figure?: string;
  value: number;
  href?: string;
  children?: readonly IcicleNode[];
}

interface IcicleOptions extends BaseChartOptions {
  /** The first level of the tree (the dimensions); their children and grandchildren make the next columns. */
  nodes: readonly IcicleNode[];
  /** Column headings, one per level (three). */
  levels: readonly [string, string, string];
  /** Height of the drawing in viewBox units. Default 640. */
  height?: number;
}

const TOP = 28;
const GAP = 1.5;
const LINE = 14;
/** Share of the width given to each level's column. */
const COLUMNS = [0.3, 0.42, 0.28] as const;
/** Fill of the tiles per level: a tint that dark or light text can sit on, then solid slices without text. */
const OPACITY = [0.16, 0.3, 0.85] as const;

interface Placed {
  node: IcicleNode;
  level: number;
  series: number;
  y: number;
  h: number;
}

/** Splits [y, y + h] among `nodes` by their value; each node's children split its own band the same way. */
function place(nodes: readonly IcicleNode[], level: number, y: number, h: number, series: number | undefined, out: Placed[]): void {
  const total = nodes.reduce((s, n) => s + Math.max(0, n.value), 0);
  if (total <= 0) return;
  let at = y;
  nodes.forEach((node, i) => {
    const share = (h * Math.max(0, node.value)) / total;
    const own = series ?? i;
    out.push({ node, level, series: own, y: at, h: share });
    if (node.children?.length && level < 2) place(node.children, level + 1, at, share, own, out);
    at += share;
  });
}

/**
 * An icicle of a weighted tree read from left to right (dimension → facet → question): each band's height
 * is its weight among its siblings, so a facet's band shows its share of its dimension, a question's slice
 * its share of its facet. Dimensions and facets are labelled where their band is tall enough and link to
 * their section; the colour repeats the dimension, which the label and the data table also name.
 */
export function renderIcicle(opts: IcicleOptions): SafeSvg {
  const base = resolveBase(opts);
  if (opts.nodes.length === 0) return emptyChart(base, 'icicle');
  const height = opts.height ?? 640;
  const placed: Placed[] = [];
  place(opts.nodes, 0, TOP, height - TOP, undefined, placed);
  const x = [0, COLUMNS[0] * base.width, (COLUMNS[0] + COLUMNS[1]) * base.width, base.width];
  const headings = opts.levels.map((text, i) => svg`<text class="chart-label" x="${x[i]! + 4}" y="${TOP - 10}" font-weight="600">${text}</text>`);
  const tiles = placed.map(({ node, level, series, y, h }) => {
    const left = x[level]! + (level ? GAP : 0);
    const width = x[level + 1]! - left;
    const tall = h - GAP;
    const rect = svg`<rect class="${seriesClass(series % 6)}" x="${left}" y="${y}" width="${width}" height="${Math.max(tall, 0.5)}" fill-opacity="${OPACITY[level]}" stroke-opacity="${level === 2 ? 0 : 0.6}"><title>${node.figure ? `${node.label}: ${node.figure}` : node.label}</title></rect>`;
    const text = level < 2 ? tileText(node, left + 4, y, width - 7, tall) : '';
    return linked(node.href, svg`${rect}${text}`);
  });
  return chartFrame({ base, kind: 'icicle', height, hasLinks: placed.some((p) => p.node.href) }, svg`${headings}${tiles}`);
}

/** Words of `text` in lines no wider than `width` (a word longer than the line gets a line of its own). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The label and figure of a band, as much as its height allows: on one line where both fit, else the
 * label's lines then the figure; nothing where the label itself does not fit (the table and the tooltip name it).
 */
function tileText(node: IcicleNode, left: number, y: number, width: number, height: number): SafeSvg | '' {
  const room = Math.floor((height - 4) / LINE);
  if (room < 1) return '';
  const oneLine = node.figure ? `${node.label} ${node.figure}` : node.label;
  const label = wrapWords(node.label, width);
  const lines = textWidth(oneLine) <= width && (room === 1 || label.length === 1) ? [oneLine] : [...label, ...(node.figure ? [node.figure] : [])];
  if (lines.some((l) => textWidth(l) > width + 0.5) || label.length > room) return '';
  return svg`<text class="chart-label" x="${left}" y="${y + 2}">${lines.slice(0, room).map((line, i) => svg`<tspan x="${left}" dy="${i === 0 ? LINE - 2 : LINE}">${line}</tspan>`)}</text>`;
}
