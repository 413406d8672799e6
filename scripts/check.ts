import { spawnSync } from 'node:child_process';
import { validateInputs } from './validate.ts';

// `npm run check`: data, content and translations, then TypeScript/Astro types, without building the site.
if (!validateInputs()) {
  process.exitCode = 1;
} else {
  console.log('Data, content and translations are valid.');
  if (!process.env.SKIP_TYPES) {
    const types = spawnSync('npx', ['astro', 'check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    process.exitCode = types.status ?? 1;
  }
}
