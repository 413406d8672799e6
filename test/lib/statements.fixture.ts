/** The statement fixture: four editions of a made-up index (see test/fixtures/statements/manifest.json). */
import { join } from 'node:path';
import { createQueries } from '../../src/lib/query/createQueries.ts';
import { buildFrom, repoRoot } from './helpers.ts';

export const fixtureDir = join(repoRoot, 'test', 'fixtures', 'statements');

/** Queries over the fixture, built once per test file. */
export const fixtureQueries = () => createQueries(buildFrom(repoRoot, fixtureDir));
