/** One figure on a preview card: a label, the value as the page prints it, an optional rank, and the bar's share of the scale. */
export interface PreviewRow {
  label: string;
  value: string;
  detail: string;
  /** 0–1 of the index scale, or null for no bar (not covered). */
  share: number | null;
}

/** What a link-preview image shows; drawn by previewSvg. */
export interface PreviewCard {
  /** Language-neutral path of the page it previews. */
  path: string;
  eyebrow: string;
  heading: string;
  rows: PreviewRow[];
  footer: string;
}

const WIDTH = 1200;
const HEIGHT = 630;
const LEFT = 80;
const TEXT_WIDTH = WIDTH - 2 * LEFT;
const COLORS = { bg: '#0b3954', text: '#ffffff', muted: '#c9dbe6', track: '#1f5675', bar: '#7cc4ef', accent: '#f4b942' };
/** Average advance of an Inter glyph as a share of the font size (bold a little wider): used to wrap text. */
const ADVANCE = { regular: 0.52, bold: 0.55 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap to `maxLines` lines of about `perLine` characters; the last line ends in "…" if text is left. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines.pop()!;
      lines.push(`${last.slice(0, Math.max(1, perLine - 1)).trimEnd()}…`);
      return lines;
    }
  }
  if (line) lines.push(line.length > perLine ? `${line.slice(0, perLine - 1)}…` : line);
  return lines;
}

/** The largest heading size from 72 px down to 44 px at which the heading fits in two lines. */
function headingLayout(heading: string): { size: number; lines: string[] } {
  for (let size = 72; size >= 44; size -= 4) {
    const perLine = Math.floor(TEXT_WIDTH / (size * ADVANCE.bold));
    const lines = wrapText(heading, perLine, 2);
    if (!(lines.at(-1) ?? '').endsWith('…')) return { size, lines };
  }
  return { size: 44, lines: wrapText(heading, Math.floor(TEXT_WIDTH / (44 * ADVANCE.bold)), 2) };
}

function text(x: number, y: number, size: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}"${attrs}>${content}</text>`;
}

/** A 1200×630 SVG of a preview card, with fonts named `Inter` (regular and bold); no system font is needed. */
export function previewSvg(card: PreviewCard): string {
  const parts: string[] = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLORS.bg}"/>`, `<rect width="${WIDTH}" height="12" fill="${COLORS.accent}"/>`];
  let y = 92;
  for (const line of wrapText(card.eyebrow, Math.floor(TEXT_WIDTH / (28 * ADVANCE.regular)), 2)) {
    parts.push(text(LEFT, y, 28, escapeXml(line), ` fill="${COLORS.muted}"`));
    y += 36;
  }
  const heading = headingLayout(card.heading);
  y += heading.size * 0.85;
  for (const line of heading.lines) {
    parts.push(text(LEFT, y, heading.size, escapeXml(line), ` font-weight="700" fill="${COLORS.text}"`));
    y += heading.size * 1.15;
  }
  const rowHeight = card.rows.length > 3 ? 66 : 82;
  y += 8;
  for (const row of card.rows) {
    const detail = row.detail ? `<tspan fill="${COLORS.muted}">\u00a0· ${escapeXml(row.detail)}</tspan>` : '';
    parts.push(text(LEFT, y, 28, `${escapeXml(row.label)}${detail}`, ` fill="${COLORS.text}"`));
    parts.push(text(WIDTH - LEFT, y, 34, escapeXml(row.value), ` font-weight="700" text-anchor="end" fill="${COLORS.text}"`));
    if (row.share !== null) {
      parts.push(`<rect x="${LEFT}" y="${y + 12}" width="${TEXT_WIDTH}" height="10" rx="5" fill="${COLORS.track}"/>`);
      parts.push(`<rect x="${LEFT}" y="${y + 12}" width="${Math.round(TEXT_WIDTH * row.share)}" height="10" rx="5" fill="${COLORS.bar}"/>`);
    }
    y += rowHeight;
  }
  parts.push(text(LEFT, HEIGHT - 36, 26, escapeXml(card.footer), ` font-weight="700" fill="${COLORS.accent}"`));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Inter">${parts.join('')}</svg>`;
}
