import type { IndexDefinition } from '../manifest/schema.ts';
import { decimalsFor } from '../model/levels.ts';
import { scaleChanged } from '../model/linkChanges.ts';
import { roundTo } from '../model/round.ts';
import type { Difference, Edition, RankedObservation } from '../model/types.ts';
import type { ChangeStatement, NoChangeReason } from './types.ts';

/** A number with `decimals` places, canonical: "0.90"; never "-0.00". */
export function fixed(value: number, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals);
}

/** A signed number with `decimals` places, canonical: "+0.13", "-0.05", and "0.00" for what rounds to zero. */
function signedFixed(value: number, decimals: number): string {
  const rounded = roundTo(value, decimals);
  return rounded > 0 ? `+${rounded.toFixed(decimals)}` : rounded.toFixed(decimals);
}

interface ChangeInputs {
  index: IndexDefinition;
  edition: Edition;
  /** The country's observation in `edition`. */
  current: RankedObservation;
  /** The edition the printed change is measured from, or the previous one, when the site holds it. */
  editionOf(label: string): Edition | undefined;
  /** The country's observation of the same indicator in another edition of the index. */
  before(edition: string): RankedObservation | undefined;
  /** The data-quality entry for a printed change that disagrees with the site's figures, if any. */
  difference: Difference | undefined;
}

/**
 * The change said for a figure: the OECD's printed change wherever it prints one (with how it compares
 * with the computed one, and the computed one only where it differs beyond rounding); else the change
 * computed from the previous edition, at the fewer decimals of the two; no change across a methodology
 * break or a change of scale; null without an earlier score.
 */
export function stateChange({ index, edition, current, editionOf, before, difference }: ChangeInputs): ChangeStatement | null {
  const decimals = decimalsFor(edition, index, current.indicator);
  const printed = current.printedChange;
  if (printed) {
    const value = roundTo(printed.value, decimals);
    const base = { kind: 'stated' as const, since: printed.since, value, decimals, text: signedFixed(value, decimals), basis: 'printed' as const };
    if (difference) {
      const computed = roundTo(printed.value - difference.difference, decimals);
      const reason = difference.cause && 'key' in difference.cause && difference.cause.key === 'cause.change.parts' ? 'printed-differs-from-parts' : 'printed-differs-from-computed';
      return { ...base, check: 'differs', computed: { value: computed, text: signedFixed(computed, decimals), reason } };
    }
    const since = editionOf(printed.since);
    const earlier = since && before(since.edition);
    if (!since || !earlier) return { ...base, check: 'unchecked' };
    const places = Math.min(decimals, decimalsFor(since, index, current.indicator));
    return { ...base, check: roundTo(current.value - earlier.value, places) === roundTo(printed.value, places) ? 'agrees' : 'rounding' };
  }
  if (edition.previous === undefined) return null;
  const previous = editionOf(edition.previous);
  const earlier = before(edition.previous);
  if (!previous || !earlier) return null;
  const reasons: NoChangeReason[] = [];
  if (!edition.comparableWithPrevious) reasons.push('methodology-break');
  if (scaleChanged(previous, edition, index, current.indicator)) reasons.push('scale-change');
  if (reasons.length) return { kind: 'not-comparable', since: previous.edition, reasons };
  const places = Math.min(decimals, decimalsFor(previous, index, current.indicator));
  const value = roundTo(current.value - earlier.value, places);
  return { kind: 'stated', since: previous.edition, value, decimals: places, text: signedFixed(value, places), basis: 'computed' };
}
