const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, quoted where needed. Text that a spreadsheet would run as a formula (leading `=`, `+`,
 * `-`, `@`, tab or carriage return) is prefixed with `'`; plain numbers are left as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (!PLAIN_NUMBER.test(text) && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
