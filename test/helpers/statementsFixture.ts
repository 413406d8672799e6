/** The statement fixture: four editions of a made-up index (see test/fixtures/statements/manifest.json). */
import { join } from 'node:path';
import { indexData } from '../../src/lib/query/dataIndex.ts';
import { buildFrom, repoRoot } from './realData.ts';

export const fixtureDir = join(repoRoot, 'test', 'fixtures', 'statements');

/** DataIndex over the fixture, built once per test file. */
export const fixtureQueries = () => indexData(buildFrom(repoRoot, fixtureDir));
