/**
 * The record of data changes (`changes` in manifest.json) is checked against the data: each rejection
 * names the manifest line, quotes the value and says the fix. Each test copies the real data folder and
 * adds one entry.
 */
import { describe, expect, it } from 'vitest';
import { useDataCopy } from '../../helpers/realData.ts';

const data = useDataCopy();
const text = (en: string) => ({ en, fr: en, es: en });

/** How many entries the copy's record of changes holds. */
const recorded = (): number => (JSON.parse(data().read('manifest.json')) as { changes: unknown[] }).changes.length;

/** Adds `entry` to the record and returns the manifest line holding `needle` (inside the added entry). */
function addChange(entry: object, needle: string, before = 0): number {
  data().editManifest((m) => m.changes.push(entry));
  const lines = data().read('manifest.json').split('\n');
  const start = lines.lastIndexOf('  "changes": [') + 1 || 0;
  const at = lines.findLastIndex((l) => l.includes(needle));
  expect(at, `${needle} in manifest`).toBeGreaterThanOrEqual(start);
  return at + 1 - before;
}

const korCorrection = (before: string, after: string) => ({
  date: '2026-12-05', kind: 'value-corrected', editions: [{ index: 'dgi', edition: '2023' }],
  values: [{ country: 'KOR', indicator: 'digital-by-design', before, after }], text: text('Corrected.'),
});

describe('the record of data changes', () => {
  it('is seeded with one "edition-added" entry per edition of the real data, DGI 2025 and OURdata 2025 included', () => {
    const dataset = data().build();
    const added = dataset.changes.filter((c) => c.kind === 'edition-added').flatMap((c) => c.editions.map((e) => `${e.index} ${e.edition}`));
    expect(added.sort()).toEqual(dataset.editions.map((e) => `${e.index} ${e.edition}`).sort());
    expect(added).toContain('dgi 2025');
  });

  it('accepts a correction whose value after is the value in the file', () => {
    data().editManifest((m) => m.changes.push(korCorrection('0.97', '0.971')));
    expect(data().build().changes.at(-1)?.kind).toBe('value-corrected');
  });

  it.each([
    {
      what: 'a value after that is not the value in the file',
      entry: korCorrection('0.97', '0.975'), needle: '"after": "0.975"',
      message: 'changes[NEW].values[0].after: "0.975" is not the value in the data: dgi 2023 gives KOR digital-by-design "0.971" (data/dgi-2023.csv:2); write the value the file holds now as "after", or fix the file',
    },
    {
      what: 'a value before equal to the value after',
      entry: korCorrection('0.971', '0.971'), needle: '"before": "0.971"',
      message: 'changes[NEW].values[0].before: "0.971" equals the value after ("0.971"); a correction changes a value: write the value the site showed before',
    },
    {
      what: 'a value before that is not a number',
      entry: korCorrection('n/a', '0.971'), needle: '"before": "n/a"',
      message: 'changes[NEW].values[0].before: "n/a" is not a number; write the value the site showed before, e.g. "0.83"',
    },
    {
      what: 'an edition added that is not in the data',
      entry: { date: '2026-12-05', kind: 'edition-added', editions: [{ index: 'dgi', edition: '2027' }], text: text('Added.') },
      needle: '"edition": "2027"', brace: true,
      message: 'changes[NEW].editions[0]: "dgi 2027" is not an edition of "editions"; name one of dgi 2019, dgi 2023, dgi 2025, ourdata 2019, ourdata 2023, ourdata 2025, or add the edition\'s file and entry first',
    },
    {
      what: 'an edition added twice',
      entry: { date: '2026-12-05', kind: 'edition-added', editions: [{ index: 'dgi', edition: '2023' }], text: text('Added.') },
      needle: '"edition": "2023"', brace: true,
      message: 'changes[NEW].editions[0]: "dgi 2023" is already recorded as added in changes[1]; an edition is added once (record later fixes as "value-corrected" or "edition-completed")',
    },
    {
      what: 'a date in the future',
      entry: { ...korCorrection('0.97', '0.971'), date: '2999-01-01' }, needle: '"date": "2999-01-01"',
      message: 'changes[NEW].date: "2999-01-01" is in the future; date a change to the day it entered the data folder (to build ahead, set SOURCE_DATE_EPOCH, see EDITING.md)',
    },
    {
      what: 'a country the edition does not hold',
      entry: { ...korCorrection('0.97', '0.971'), countries: ['USA'] }, needle: '"USA"',
      message: 'changes[NEW].countries[0]: "USA" has no value in dgi 2023; name only countries the change touches, or leave "countries" out',
    },
  ])('rejects $what at its manifest line', ({ entry, needle, message, ...rest }) => {
    // An edition named by an object is reported on the line of its opening brace, the line above its index.
    // The added entry's index is the number of entries the record holds (it grows with the data).
    const added = recorded();
    const line = addChange(entry, needle, 'brace' in rest ? 2 : 0);
    expect(data().rejection().lines).toEqual([`data/manifest.json:${line}: ${message.replace('changes[NEW]', `changes[${added}]`)}`]);
  });

  it('rejects an unknown kind, naming the kinds', () => {
    const added = recorded();
    data().editManifest((m) => m.changes.push({ date: '2026-12-05', kind: 'fixed', editions: [{ index: 'dgi', edition: '2023' }], text: text('x') }));
    expect(data().rejection().lines.join('\n')).toContain(`data/manifest.json: changes[${added}].kind: the text "fixed" is not a known kind; use one of "edition-added", "edition-completed", "source-added", "value-corrected"`);
  });
});
