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
 * Parses and range-checks one score. Returns the number and its normalised text, or reports why the
 * cell is rejected.
 */
export function parseValue(text: string, index: IndexDefinition, report: (message: string) => void): { value: number; text: string } | undefined {
  const normalized = normalizeNumber(text);
  if (normalized === undefined) {
    report(notANumber(text.trim()));
    return undefined;
  }
  const value = Number(normalized);
  const { min, max } = index.scale;
  if (value < 0 && min >= 0) {
    report(`value ${quote(text)} is negative; ${index.id} scores run from ${min} to ${max}`);
    return undefined;
  }
  if (value > max) {
    report(`value ${quote(text)} is above the index maximum ${max}; ${index.id} scores run from ${min} to ${max}`);
    return undefined;
  }
  if (value < min) {
    report(`value ${quote(text)} is below the index minimum ${min}; ${index.id} scores run from ${min} to ${max}`);
    return undefined;
  }
  return { value, text: normalized };
}
