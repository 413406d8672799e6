/**
 * What raw markup in content may use, by allow-list: anything not named here is refused, so an element
 * or attribute a browser adds later (or one nobody thought of) cannot load, run or redirect anything.
 * HTML for text; SVG for drawings (shapes, text, paint, no animation, no scripting, no foreign content);
 * MathML for formulas (presentation only).
 */

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** HTML elements for text: structure, phrasing, lists, tables, figures, images from the site itself. */
export const HTML_ELEMENTS = words(`
  a abbr article aside b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em
  figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark ol p pre q rp rt ruby s samp section
  small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr
`);

/** HTML attributes any element may carry, and those of particular elements. */
const HTML_GLOBAL = words('id class title lang dir role translate hidden');
const HTML_OWN = new Map<string, Set<string>>(Object.entries({
  a: words('href hreflang rel target download type'),
  img: words('src alt width height loading decoding srcset sizes'),
  ol: words('start reversed type'),
  li: words('value'),
  td: words('colspan rowspan headers'),
  th: words('colspan rowspan headers scope abbr'),
  col: words('span'),
  colgroup: words('span'),
  time: words('datetime'),
  data: words('value'),
  del: words('datetime cite'),
  ins: words('datetime cite'),
  q: words('cite'),
  blockquote: words('cite'),
  details: words('open'),
  abbr: words('title'),
}));

/** SVG elements that draw: shapes, text, grouping, paint servers, clipping, masking, markers, still filters, links. */
export const SVG_ELEMENTS = words(`
  svg g defs title desc symbol use path rect circle ellipse line polyline polygon text tspan a
  linearGradient radialGradient stop pattern clipPath mask marker
  filter feBlend feColorMatrix feComponentTransfer feComposite feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
  feGaussianBlur feMerge feMergeNode feMorphology feOffset
`);

/** SVG elements that change a drawing after it is shown, and so can set a link or a script URL. */
export const SVG_ANIMATION = words('animate animateMotion animateTransform animateColor set discard mpath');

/** SVG attributes: geometry, presentation, text layout, paint servers, filters, accessibility. */
export const SVG_ATTRIBUTES = words(`
  id class lang role xmlns xmlns:xlink version viewBox preserveAspectRatio width height x y x1 x2 y1 y2 cx cy r rx ry
  fx fy fr d points pathLength transform dx dy rotate textLength lengthAdjust
  gradientUnits gradientTransform spreadMethod offset patternUnits patternContentUnits patternTransform
  clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits refX refY orient
  filterUnits primitiveUnits in in2 result stdDeviation mode values operator k1 k2 k3 k4 radius type
  tableValues slope intercept amplitude exponent flood-color flood-opacity lighting-color
  fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-dasharray
  stroke-dashoffset stroke-miterlimit opacity color display visibility overflow clip-path clip-rule mask filter
  marker-start marker-mid marker-end stop-color stop-opacity vector-effect shape-rendering text-rendering
  color-interpolation color-interpolation-filters paint-order mix-blend-mode isolation
  font-family font-size font-style font-weight font-variant font-stretch letter-spacing word-spacing
  text-anchor text-decoration dominant-baseline alignment-baseline baseline-shift writing-mode direction
  href target focusable tabindex
`);

/** MathML presentation elements (no actions, no embedded HTML or SVG). */
export const MATH_ELEMENTS = words(`
  math mi mn mo ms mtext mspace mrow mfrac msqrt mroot mstyle merror mpadded mphantom msub msup msubsup
  munder mover munderover mmultiscripts mprescripts none mtable mtr mtd mlabeledtr menclose semantics annotation
`);

/** MathML presentation attributes. */
const MATH_ATTRIBUTES = words(`
  id class role xmlns display displaystyle scriptlevel dir mathvariant mathsize mathcolor mathbackground
  lspace rspace stretchy symmetric maxsize minsize largeop movablelimits accent accentunder form fence separator
  linethickness columnalign rowalign columnspacing rowspacing columnlines rowlines frame framespacing columnspan
  rowspan notation width height depth voffset encoding alttext intent arg
`);

/** `strokeWidth` → `stroke-width`: the SVG name of a presentation attribute given in its JSX spelling. */
export const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Attributes that name an accessible label or description: allowed everywhere. */
const ARIA = /^aria-[a-z]+$/;

/** True when `attribute` is one content may give element `element` of `family`. */
export function allowedAttribute(family: 'html' | 'svg' | 'math', element: string, attribute: string): boolean {
  if (ARIA.test(attribute)) return true;
  if (family === 'svg') return SVG_ATTRIBUTES.has(attribute);
  if (family === 'math') return MATH_ATTRIBUTES.has(attribute);
  const name = attribute === 'className' ? 'class' : attribute;
  return HTML_GLOBAL.has(name) || (HTML_OWN.get(element)?.has(name) ?? false);
}
