import type { LinearScale } from './scale.ts';
import { svg, type SafeSvg } from './svg.ts';

export function bottomAxis(
  x: LinearScale,
  top: number,
  bottom: number,
  formatTick: (v: number) => string,
  count = 5,
): SafeSvg {
  const ticks = x.ticks(count);
  const [left, right] = x.range() as [number, number];
  const grid = ticks.map((t) => svg`<line x1="${x(t)}" x2="${x(t)}" y1="${top}" y2="${bottom}"/>`);
  const labels = ticks.map(
    (t) => svg`<text x="${x(t)}" y="${bottom + 16}" text-anchor="middle">${formatTick(t)}</text>`,
  );
  return svg`<g class="chart-grid" aria-hidden="true">
${grid}
</g>
<g class="chart-axis" aria-hidden="true">
<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>
${labels}
</g>`;
}

export function leftAxis(
  y: LinearScale,
  left: number,
  right: number,
  formatTick: (v: number) => string,
  count = 5,
): SafeSvg {
  const ticks = y.ticks(count);
  const grid = ticks.map((t) => svg`<line x1="${left}" x2="${right}" y1="${y(t)}" y2="${y(t)}"/>`);
  const labels = ticks.map(
    (t) => svg`<text x="${left - 6}" y="${y(t)}" dy="0.35em" text-anchor="end">${formatTick(t)}</text>`,
  );
  return svg`<g class="chart-grid" aria-hidden="true">
${grid}
</g>
<g class="chart-axis" aria-hidden="true">
${labels}
</g>`;
}
