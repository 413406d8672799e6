import { quote } from '../issues.ts';
import type { IndexDefinition } from '../manifest/schema.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses and range-checks one score; reports why a cell is rejected. */
export function parseValue(text: string, index: IndexDefinition, report: (message: string) => void): number | undefined {
  if (!NUMBER.test(text)) {
    report(`value ${quote(text)} is not a number; write a decimal number with a point, e.g. 0.75, or leave the cell empty where there is no data`);
    return undefined;
  }
  const value = Number(text);
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
  return value;
}
