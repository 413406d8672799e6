import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each long file took in a full run on the shared 2-core machine (measured, rounded, builds
 * included). The files start longest first, across projects, so that neither worker is left with a long
 * file at the end; files not listed follow in Vitest's own order (on a fresh clone: larger files first).
 * corpus.test.ts is put first on purpose: it needs no shared site, so it and the base-path build it
 * starts use the cores while the shared site builds (the files that need the site wait for it).
 * Re-measure with `npx vitest run --reporter=verbose` when a file grows.
 */
const SECONDS: Record<string, number> = {
  'test/browser/a11y.test.ts': 70,
  'test/build/corpus.test.ts': 46,
  'test/browser/search.test.ts': 26,
  'test/browser/compare.test.ts': 25,
  'test/browser/reader.test.ts': 18,
  'test/build/hostile.test.ts': 17,
  'test/build/new-edition.test.ts': 15,
  'test/site/failed-build.test.ts': 15,
  'test/build/basepath.test.ts': 15,
  'test/browser/security.test.ts': 10,
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const seconds = (spec: TestSpecification) => SECONDS[spec.moduleId.slice(spec.project.config.root.length + 1)] ?? 0;
    return base.map((spec, at) => ({ spec, at })).sort((a, b) => seconds(b.spec) - seconds(a.spec) || a.at - b.at).map(({ spec }) => spec);
  }
}
