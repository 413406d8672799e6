import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of ARCHITECTURE.md as eslint.config.js states them, tried on made-up files at real places.
const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it.each([
    ['src/lib/model/probe.ts', "import { profilePage } from '../pages/profilePage.ts';\nexport const x = profilePage;\n"],
    ['src/lib/query/probe.ts', "import { observationRows } from '../output/observationRows.ts';\nexport const x = observationRows;\n"],
    ['src/lib/statements/probe.ts', "import { loadData } from '../load/loadData.ts';\nexport const x = loadData;\n"],
    ['src/lib/csv/probe.ts', "import { indexData } from '../query/dataIndex.ts';\nexport const x = indexData;\n"],
  ])('refuses an import up a layer from %s', async (file, code) => {
    expect((await problems(file, code)).join('\n')).toMatch(/no-restricted-imports: .*sit below .*ARCHITECTURE\.md/);
  });

  it.each([
    ['src/lib/pages/probe.ts', "import { indexData } from '../query/dataIndex.ts';\nexport const x = indexData;\n"],
    ['src/lib/output/probe.ts', "import { readCsv } from '../csv/readCsv.ts';\nexport const x = readCsv;\n"],
  ])('accepts an import down the layers from %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('keeps Node modules and message catalogues out of browser code', async () => {
    expect((await problems('src/lib/shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).join()).toMatch(/no Node modules/);
    expect((await problems('src/scripts/probe.ts', "import { translate } from '../lib/i18n/translate.ts';\nexport const x = translate;\n")).join()).toMatch(/no message catalogues/);
    expect(await problems('src/scripts/probe.ts', "import type { Lang } from '../lib/i18n/languages.ts';\nexport const x: Lang = 'en';\n")).toEqual([]);
    expect(await problems('src/scripts/probe.ts', "import { formatNumberIn } from '../lib/i18n/numbers.ts';\nexport const x = formatNumberIn;\n")).toEqual([]);
  });

  it('keeps test code out of scripts', async () => {
    expect((await problems('scripts/probe.ts', "import { tempDir } from '../test/helpers/temp.ts';\nexport const x = tempDir;\n")).join()).toMatch(/Scripts import no test code/);
  });

  it('keeps the environment out of src/lib outside its input edge', async () => {
    expect((await problems('src/lib/pages/probe.ts', 'export const x = process.env.DATA_DIR;\n')).join()).toMatch(/reads no environment/);
  });
});
