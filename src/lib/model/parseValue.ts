import { quote } from '../issues.ts';
import type { IndexDefinition } from '../manifest/schema.ts';

/**
 * The one value rule (EDITING.md, "Values"): a decimal number with a point, optionally signed and with an
 * exponent, spaces around it ignored: `0.75`, `1`, `.5`, `-0`, `+0.783`, `9e-1`, ` 0.833 `.
 */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,2}))?$/;
const PLAIN = 'write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data';

/** Why a cell that is not a number was rejected, with the fix for the usual spreadsheet habits. */
function notANumber(text: string): string {
  const head = `value ${quote(text)} is not a number`;
  if (/^[+-]?\d+,\d+$/.test(text)) return `${head}; write the decimal with a point: ${text.replace(',', '.')}`;
  if (/^[+-]?[\d.]*\d\s*%$/.test(text)) return `${head}; write the score on the index scale without a % sign, e.g. 0.75`;
  if (/^[+-]?\d{1,3}([,\s\u00a0']\d{3})+(\.\d+)?$/.test(text)) return `${head}; write it without thousands separators`;
  if (/^[+-]?(nan|inf(inity)?)$/i.test(text)) return `${head}; leave the cell empty where there is no data`;
  return `${head}; ${PLAIN}`;
}

/**
 * The accepted form written plainly: no `+`, no exponent, a `0` before a bare point, no minus on zero.
 * The digits given are kept (`0.930` stays `0.930`), so the download repeats what the source printed.
 */
export function normalizeNumber(raw: string): string | undefined {
  const match = NUMBER.exec(raw.trim());
  if (!match) return undefined;
  const [, sign, int = '', frac = '', exp] = match;
  if (int === '' && frac === '') return undefined;
  const digits = int + frac;
  const point = int.length + (exp === undefined ? 0 : Number(exp));
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  plain = plain.replace(/^0+(?=\d)/, '');
  if (plain.startsWith('.')) plain = `0${plain}`;
  const zero = /^[0.]*$/.test(plain);
  return sign === '-' && !zero ? `-${plain}` : plain;
}

/**
 * A bound as a reader writes it: `1`, `0.5`, or a fraction with its rounded value (`1/6 ≈ 0.167`), never
 * the float a fraction becomes (`0.16666666666666666`).
 */
function readableBound(bound: number): string {
  if (Number.isInteger(bound) || String(bound).length <= 6) return String(bound);
  for (let denominator = 2; denominator <= 100; denominator++) {
    const numerator = Math.round(bound * denominator);
    if (Math.abs(numerator / denominator - bound) < 1e-12) return `${numerator}/${denominator} ≈ ${Number(bound.toFixed(3))}`;
  }
  return `≈ ${Number(bound.toFixed(3))}`;
}

/**
 * Parses and range-checks one score. A value the source rounded may pass a bound by less than half its
 * last printed digit (1/6 ≈ 0.1667 prints as 0.17 at 2 decimals): with `decimals`, such a value is
 * accepted; beyond that it is reported, with the bound written readably. Returns the number and its
 * normalised text, or reports why the cell is rejected.
 */
export function parseValue(text: string, index: IndexDefinition, report: (message: string) => void, decimals?: number): { value: number; text: string } | undefined {
  const normalized = normalizeNumber(text);
  if (normalized === undefined) {
    report(notANumber(text.trim()));
    return undefined;
  }
  const value = Number(normalized);
  const { min, max } = index.scale;
  // Half a unit of the last printed digit, and a hair for binary fractions (0.17 − 1/6 is not exact).
  const rounding = decimals === undefined ? 0 : 0.5 * 10 ** -decimals + 1e-12;
  const range = `${index.id} scores run from ${readableBound(min)} to ${readableBound(max)}`;
  /** Where a bound does not fall on a printed digit, what the rounding lets through. */
  const printedAs = (bound: number, direction: 1 | -1) => {
    if (decimals === undefined || Math.abs(bound * 10 ** decimals - Math.round(bound * 10 ** decimals)) < 1e-9) return '';
    const limit = (direction > 0 ? Math.ceil : Math.floor)(bound * 10 ** decimals - direction * 1e-9) / 10 ** decimals;
    return `; printed with ${decimals} decimal${decimals === 1 ? '' : 's'}, ${limit.toFixed(decimals)} is the ${direction > 0 ? 'highest' : 'lowest'} value rounding allows`;
  };
  if (value < 0 && min >= 0) {
    report(`value ${quote(text)} is negative; ${range}`);
    return undefined;
  }
  if (value > max + rounding) {
    report(`value ${quote(text)} is above the index maximum ${readableBound(max)}; ${range}${printedAs(max, 1)}`);
    return undefined;
  }
  if (value < min - rounding) {
    report(`value ${quote(text)} is below the index minimum ${readableBound(min)}; ${range}${printedAs(min, -1)}`);
    return undefined;
  }
  return { value, text: normalized };
}
