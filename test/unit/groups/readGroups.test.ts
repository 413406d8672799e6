import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupsOf, readGroups } from '../../../src/lib/groups/readGroups.ts';
import { dataDir } from '../../../src/lib/input/dataDir.ts';
import { readInputs } from '../../../src/lib/input/readInputs.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { tempDir } from '../../helpers/temp.ts';

const SOURCE = 'https://european-union.europa.eu/';
const GROUPS = { groups: [{ id: 'eu', source: SOURCE, members: ['AUT', 'BEL'] }] };

/** A data folder holding only `groups` as groups.json, or nothing. */
function folder(groups?: string): string {
  const dir = join(tempDir('groups-'), 'elsewhere');
  mkdirSync(dir);
  if (groups !== undefined) writeFileSync(join(dir, 'groups.json'), groups);
  return dir;
}

describe('groupsOf(readInputs(dir))', () => {
  it('reads groups.json with the data files, in the same read', () => {
    const inputs = readInputs(folder(JSON.stringify(GROUPS)));
    expect(inputs.groups?.name).toBe('groups.json');
    expect(groupsOf(inputs).groups.map((g) => g.id)).toEqual(['eu']);
  });

  it('has no groups and no problem when the file is absent', () => {
    expect(readGroups(folder())).toEqual({ groups: [], issues: [] });
  });

  it('names the file by its real path under another data folder', () => {
    const dir = folder(`{ "groups": [ { "id": "eu", "source": "${SOURCE}", "members": ["XXX"] } ] }`);
    const cwd = join(dir, '..', '..');
    const { groups, issues } = readGroups(dir, cwd);
    expect(groups).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([`${relative(cwd, join(dir, 'groups.json'))}:1: groups[0].members[0]: "XXX" is not an ISO 3166-1 alpha-3 country code; fix the code`]);
    expect(issues[0]?.file).not.toContain('data/');
  });

  it('keeps the link rule of every data file: a link out of the folder is refused, its problem kept', () => {
    const outside = folder(JSON.stringify(GROUPS));
    const dir = folder();
    symlinkSync(join(outside, 'groups.json'), join(dir, 'groups.json'));
    const { groups, issues } = readGroups(dir, dir);
    expect(groups).toEqual([]);
    expect(issues.map(formatIssue)).toEqual(['groups.json: is a link to a file outside the data folder, which the build does not follow; copy the file into the data folder instead']);
  });
});

describe('dataDir()', () => {
  it.each<[NodeJS.ProcessEnv, string, string]>([
    [{}, '/project', '/project/data'],
    [{ DATA_DIR: '/srv/data' }, '/project', '/srv/data'],
  ])('%o under %s → %s', (env, root, dir) => {
    expect(dataDir(env, root)).toBe(dir);
  });
});
