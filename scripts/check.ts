import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectPathProblem } from '../src/lib/urls/basePath.ts';
import { validateInputs } from './validate.ts';

const pathProblem = projectPathProblem(resolve(import.meta.dirname, '..'));

// `npm run check`: data, content and translations, then TypeScript/Astro types, without building the site.
if (pathProblem) {
  console.error(`\nNothing was checked: ${pathProblem}.`);
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
