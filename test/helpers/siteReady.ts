/** Set-up file of the projects that read the shared site: each file waits for the build globalSetup started. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteBuild, siteDir } from './globalSetup.ts';

const result = await siteBuild();
if (result.status !== 0 || !existsSync(join(siteDir, 'index.html'))) {
  throw new Error(`The site build for the tests failed:\n${result.stdout}\n${result.stderr}`);
}
