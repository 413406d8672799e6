import { svg, type SafeSvg } from './svg.ts';
import { textWidth } from './frame.ts';

export interface LegendItem {
  key: (cx: number, cy: number) => SafeSvg;
  text: string;
  bold?: boolean;
}

interface LegendLayout {
  markup: SafeSvg;
  height: number;
}

const KEY_WIDTH = 16;
const KEY_GAP = 5;
const ITEM_GAP = 18;
const LINE_HEIGHT = 20;

export function legend(items: readonly LegendItem[], left: number, top: number, right: number): LegendLayout {
  let x = left;
  let line = 0;
  const parts = items.map((item) => {
    const width = KEY_WIDTH + KEY_GAP + textWidth(item.text);
    if (x > left && x + width > right) {
      x = left;
      line += 1;
    }
    const cy = top + line * LINE_HEIGHT + LINE_HEIGHT / 2;
    const part = svg`<g>${item.key(x + KEY_WIDTH / 2, cy)}<text class="chart-label" x="${x + KEY_WIDTH + KEY_GAP}" y="${cy}" dy="0.35em"${item.bold ? svg` font-weight="700"` : ''}>${item.text}</text></g>`;
    x += width + ITEM_GAP;
    return part;
  });
  return {
    markup: svg`<g class="chart-legend">
${parts}
</g>`,
    height: items.length === 0 ? 0 : (line + 1) * LINE_HEIGHT,
  };
}
