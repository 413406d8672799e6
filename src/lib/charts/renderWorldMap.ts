import { bisectRight, geoAzimuthalEqualArea, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import { compactPath } from './compactPath.ts';
import type { Geometry } from 'geojson';
import { isValue } from './format.ts';
import { chartFrame, emptyChart, safeHref } from './frame.ts';
import { resolveBase, type BaseChartOptions } from './options.ts';
import { TILE_CLASS_COUNT, tileClass } from './palette.ts';
import { svg, type SafeSvg } from './svg.ts';

/** The outline of one country (ISO3 `code`, '' for land without a code). */
export interface MapShape {
  code: string;
  geometry: Geometry;
}

interface MapCountry {
  code: string;
  label: string;
  /** The score drawn; null: in the data but not covered by this edition. */
  value: number | null;
  href?: string;
  /** Without a value: the OECD assessed the country but its results are not transcribed (cross-hatched, not "not covered"). */
  untranscribed?: boolean;
}

interface WorldMapOptions extends BaseChartOptions {
  shapes: readonly MapShape[];
  countries: readonly MapCountry[];
  /** Four ascending class breaks: five classes, the same as the legend. */
  thresholds: readonly number[];
  /**
   * Draw Europe again, enlarged, in its own panel (most covered countries are European): beside the world on a
   * drawing wider than 480 units, under it on a narrower one. Default true.
   */
  europeInset?: boolean;
  /** The panel's caption, e.g. "Europe, enlarged". */
  europeLabel?: string;
  /** The tooltip of an assessed country not transcribed ("assessed by the OECD, not transcribed here"). */
  untranscribedLabel?: string;
}

export interface MapLegendItem {
  className: string;
  text: string;
}

const PAD = 2;
/**
 * Europe from Ireland to the Baltic states and from Crete to the North Cape: the small countries (Benelux,
 * Slovenia, the Baltics) large enough to read. Iceland, Türkiye and Israel, large enough on the world map, are cut.
 */
const EUROPE: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[-10.5, 36], [12, 35], [30, 36], [-10.5, 60], [12, 71], [30, 69]] };
/** Europe's own panel, in the European equal-area projection (ETRS89-LAEA's centre), nearly square. */
const EUROPE_ASPECT = 0.92;
/** Land not covered: rings smaller than this (square units) dropped, points closer than this (units) merged. */
const BLANK_MIN_AREA = 6;
const BLANK_TOLERANCE = 3;
/** Covered countries in the world view: points closer than this (units) merged. */
const WORLD_TOLERANCE = 2;
/** A side-by-side drawing gives the world this share of the width, Europe the rest. */
const WORLD_SHARE = 0.55;

/** The fill class of a score; the lowest class also gets an outline (`map-low`), its pale fill being close to the land's. */
export function mapClass(value: number | null, thresholds: readonly number[]): string {
  if (!isValue(value)) return 'map-hatch';
  const q = bisectRight(thresholds, value);
  return q === 0 ? `${tileClass(0)} map-low` : tileClass(q);
}

function validateThresholds(thresholds: readonly number[]): void {
  const ok = thresholds.length === TILE_CLASS_COUNT - 1 && thresholds.every((t, i) => isValue(t) && (i === 0 || t > (thresholds[i - 1] as number)));
  if (!ok) throw new Error(`renderWorldMap(): thresholds must be ${TILE_CLASS_COUNT - 1} ascending finite numbers, got [${thresholds.join(', ')}]`);
}

/**
 * The legend beside the map: five score classes, the cross-hatch for countries assessed but not transcribed
 * (only where `untranscribed` is given: a partial edition that has some) and the hatch for countries the edition does not cover.
 */
export function mapLegend(thresholds: readonly number[], format: (v: number) => string, notCovered: string, untranscribed?: string): MapLegendItem[] {
  validateThresholds(thresholds);
  const t = thresholds.map(format);
  const ranges = [`< ${t[0]}`, `${t[0]}–${t[1]}`, `${t[1]}–${t[2]}`, `${t[2]}–${t[3]}`, `≥ ${t[3]}`];
  return [
    ...ranges.map((text, q) => ({ className: q === 0 ? `${tileClass(0)} map-low` : tileClass(q), text })),
    ...(untranscribed ? [{ className: 'map-cross', text: untranscribed }] : []),
    { className: 'map-hatch', text: notCovered },
  ];
}

/**
 * Class breaks for `values`: the quintiles, rounded to `decimals` and made strictly ascending, so each class
 * holds about a fifth of the covered countries and the legend prints the figures as published.
 */
export function quintileBreaks(values: readonly number[], decimals = 2): number[] {
  const sorted = values.filter(isValue).sort((a, b) => a - b);
  if (sorted.length === 0) return [0.2, 0.4, 0.6, 0.8];
  const step = 10 ** -decimals;
  const round = (v: number) => Math.round(v / step) * step;
  const breaks: number[] = [];
  for (const p of [0.2, 0.4, 0.6, 0.8]) {
    const at = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    const prev = breaks[breaks.length - 1];
    breaks.push(prev !== undefined && round(at) <= prev ? round(prev + step) : round(at));
  }
  return breaks.map((b) => Number(b.toFixed(decimals)));
}

/**
 * A choropleth world map drawn at build time: covered countries filled by score class (each a link with a
 * "Country: score" tooltip), every other country hatched. It carries no text, so it reads at any width; the
 * legend, summary and data table are the page's.
 */
export function renderWorldMap(opts: WorldMapOptions): SafeSvg {
  const base = resolveBase(opts);
  validateThresholds(opts.thresholds);
  if (opts.shapes.length === 0) return emptyChart(base, 'world-map');
  const { id, width, formatValue, labels } = base;
  const byCode = new Map(opts.countries.map((c) => [c.code, c]));
  const hatch = `${id}-hatch`;
  const cross = `${id}-cross`;
  const europe = opts.europeInset !== false;
  const side = europe && width > 480;
  const worldWidth = side ? Math.round(width * WORLD_SHARE) : width;

  // The world cropped to the countries with data or assessed (no Antarctica, no empty ocean), at the width it is given.
  const covered: GeoPermissibleObjects = {
    type: 'GeometryCollection',
    geometries: opts.shapes.filter((s) => { const c = byCode.get(s.code); return isValue(c?.value) || c?.untranscribed === true; }).map((s) => s.geometry),
  } as GeoPermissibleObjects;
  const target = (covered as { geometries: unknown[] }).geometries.length ? covered : ({ type: 'Sphere' } as GeoPermissibleObjects);
  const world = geoEqualEarth().fitWidth(worldWidth - 2 * PAD, target);
  const [[, y0], [, y1]] = geoPath(world).bounds(target);
  const worldHeight = Math.ceil(y1 - y0 + 2 * PAD);
  world.translate([world.translate()[0] + PAD, world.translate()[1] - y0 + PAD]).clipExtent([[0, 0], [worldWidth, worldHeight]]);

  const panelWidth = side ? width - worldWidth - 8 : width;
  const panelHeight = Math.round(panelWidth * EUROPE_ASPECT);
  const panelX = side ? worldWidth + 8 : 0;
  const panelY = side ? 0 : worldHeight + 8;
  const height = europe ? Math.max(worldHeight, panelY + panelHeight) : worldHeight;

  const layer = (projection: GeoProjection, inset = false) => {
    const blank: string[] = [];
    const filled = opts.shapes.flatMap((shape) => {
      const country = byCode.get(shape.code);
      const assessed = country?.untranscribed === true && !isValue(country.value);
      if (!country || (!isValue(country.value) && !assessed)) {
        // Land not covered is drawn only as hatched texture: coarser outlines, a third of the map's bytes saved.
        blank.push(compactPath(shape.geometry, projection, BLANK_MIN_AREA, BLANK_TOLERANCE));
        return [];
      }
      // The world view is the overview (Europe's panel the detail): its outlines a little coarser.
      const d = compactPath(shape.geometry, projection, 1.5, inset ? 0 : WORLD_TOLERANCE);
      if (!d) return [];
      const tip = `${country.label}: ${isValue(country.value) ? formatValue(country.value) : (opts.untranscribedLabel ?? '')}`;
      const body = assessed
        ? svg`<path class="map-blank map-untranscribed" fill="${`url(#${cross})`}" d="${d}"><title>${tip}</title></path>`
        : svg`<path class="${`map-country ${mapClass(country.value, opts.thresholds)}`}" d="${d}"><title>${tip}</title></path>`;
      // The panel repeats countries the world view already links: clickable, but out of the tab order and the accessibility tree.
      if (!country.href) return [body];
      return [inset ? svg`<a href="${safeHref(country.href)}" tabindex="-1">${body}</a>` : svg`<a href="${safeHref(country.href)}" aria-label="${tip}">${body}</a>`];
    });
    return svg`<path class="map-blank" fill="${`url(#${hatch})`}" d="${blank.join('')}"><title>${labels.notCovered}</title></path>
${filled}`;
  };

  const parts = [
    svg`<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect class="map-hatch-bg" width="5" height="5"/><line class="map-hatch-line" x1="0" y1="0" x2="0" y2="5"/></pattern>${opts.countries.some((c) => c.untranscribed) ? svg`<pattern id="${cross}" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><rect class="map-hatch-bg" width="4" height="4"/><path class="map-hatch-line" d="M0 0V4M0 0H4"/></pattern>` : ''}</defs>`,
    svg`<rect class="map-sphere" x="0" y="0" width="${worldWidth}" height="${worldHeight}"/>`,
    svg`<g class="map-world">${layer(world)}</g>`,
  ];
  if (europe) {
    const [x0, y0p, x1, y1p] = [panelX, panelY, panelX + panelWidth, panelY + panelHeight];
    const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent([[x0 + 4, y0p + 4], [x1 - 4, y1p - 4]], EUROPE).clipExtent([[x0, y0p], [x1, y1p]]);
    const caption = opts.europeLabel ? svg`<text class="map-inset-label" x="${x0 + 6}" y="${y1p - 8}">${opts.europeLabel}</text>` : '';
    parts.push(svg`<g class="map-inset" aria-hidden="true"><rect class="map-inset-frame" x="${x0}" y="${y0p}" width="${panelWidth}" height="${panelHeight}"/>${layer(projection, true)}${caption}</g>`);
  }
  return chartFrame({ base, kind: 'world-map', height, hasLinks: opts.countries.some((c) => c.href && isValue(c.value)) }, parts);
}
