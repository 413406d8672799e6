import { fmt } from './format.ts';

const TOKEN: unique symbol = Symbol('SafeSvg');

export class SafeSvg {
  readonly #markup: string;

  constructor(markup: string, token: symbol) {
    if (token !== TOKEN) throw new TypeError('SafeSvg can only be created by the svg`` tag');
    this.#markup = markup;
  }

  static is(value: unknown): value is SafeSvg {
    return typeof value === 'object' && value !== null && #markup in value;
  }

  toString(): string {
    return this.#markup;
  }
}

export type SvgValue = SafeSvg | string | number | false | null | undefined | readonly SvgValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character that either replacement below would touch; most chart text has none, and one test is cheaper than two replaces. */
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function interpolate(value: SvgValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (SafeSvg.is(value)) return value.toString();
  if (Array.isArray(value)) return (value as readonly SvgValue[]).map(interpolate).join('\n');
  if (typeof value === 'number') return fmt(value);
  if (typeof value === 'string') return escapeXml(value);
  throw new TypeError(`Cannot interpolate a ${typeof value} into svg\`\``);
}

export function svg(strings: TemplateStringsArray, ...values: readonly SvgValue[]): SafeSvg {
  if (!Object.isFrozen(strings) || !Array.isArray(strings.raw)) {
    throw new TypeError('svg must be used as a tagged template literal');
  }
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += interpolate(value) + (strings[i + 1] ?? '');
  });
  return new SafeSvg(out, TOKEN);
}
