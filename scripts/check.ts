import { validateInputs } from './validate.ts';

// `npm run check`: data, content and translations without building the site.
process.exitCode = validateInputs() ? 0 : 1;
if (process.exitCode === 0) console.log('Data, content and translations are valid.');
