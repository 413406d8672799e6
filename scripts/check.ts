import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { configProblem } from './build/config.ts';
import { validateInputs } from './validate.ts';

const problem = configProblem(resolve(import.meta.dirname, '..'));

// `npm run check`: the settings, data, groups, content and translations (whatever `npm run build` would
// refuse, in the same words), then TypeScript/Astro types, without building the site.
if (problem) {
  console.error(`\nNothing was checked: ${problem}.`);
  process.exitCode = 1;
} else if (!validateInputs()) {
  process.exitCode = 1;
} else {
  console.log('Data, content and translations are valid.');
  if (!process.env.SKIP_TYPES) {
    const types = spawnSync('npx', ['astro', 'check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    process.exitCode = types.status ?? 1;
  }
}
