import type { ChangeEntry } from '../manifest/changesSchema.ts';
import { touchedCountries } from '../manifest/checkChanges.ts';
import type { DataIndex } from './dataIndex.ts';

/** Which changes a page or feed follows: every change, those touching a country, or those of an index. */
export type ChangeScope = { kind: 'site' } | { kind: 'country'; iso3: string } | { kind: 'index'; index: string; indicator?: string };

/** A change with its place in the record (`changes[n]`), which stays its identity. */
export interface RecordedChange {
  at: number;
  change: ChangeEntry;
}

/** True when `change` touches `iso3`: it names the country, or names none and one of its editions holds the country. */
function touchesCountry(data: DataIndex, change: ChangeEntry, iso3: string): boolean {
  const named = touchedCountries(change);
  if (named) return named.includes(iso3);
  return change.editions.some((ref) => {
    const edition = data.edition(ref.index, ref.edition);
    return edition !== undefined && data.coverage(iso3, ref.index).includes(edition);
  });
}

function inScope(data: DataIndex, change: ChangeEntry, scope: ChangeScope): boolean {
  if (scope.kind === 'site') return true;
  if (scope.kind === 'country') return touchesCountry(data, change, scope.iso3);
  if (!change.editions.some((ref) => ref.index === scope.index)) return false;
  if (scope.indicator === undefined || change.kind !== 'value-corrected') return true;
  return change.values.some((v) => v.indicator === scope.indicator);
}

/** The changes in `scope`, newest first (a later entry of the same day first). */
export function changesIn(data: DataIndex, scope: ChangeScope): RecordedChange[] {
  return data.dataset.changes
    .map((change, at) => ({ at, change }))
    .filter(({ change }) => inScope(data, change, scope))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || b.at - a.at);
}

/** The day the data of `scope` last changed (YYYY-MM-DD), or undefined when the record names no change. */
export function lastChanged(data: DataIndex, scope: ChangeScope): string | undefined {
  return changesIn(data, scope)[0]?.change.date;
}

/**
 * The version of the data: 1.0.0 at the first recorded change; an edition added or completed or a
 * source added raises the minor number, a correction the patch number. `created` is the day of the
 * newest change. Both come from the record only, so two builds of the same data agree.
 */
export function dataVersion(changes: readonly ChangeEntry[]): { version: string; created: string } | undefined {
  if (!changes.length) return undefined;
  const ordered = changes.map((change, at) => ({ change, at })).sort((a, b) => a.change.date.localeCompare(b.change.date) || a.at - b.at);
  let minor = -1;
  let patch = 0;
  for (const { change } of ordered) {
    if (change.kind === 'value-corrected') patch += 1;
    else {
      minor += 1;
      patch = 0;
    }
  }
  return { version: `1.${Math.max(minor, 0)}.${patch}`, created: ordered.at(-1)!.change.date };
}
