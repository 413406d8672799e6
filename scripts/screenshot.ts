import { launchBrowser } from './browser/launch.ts';
import { serve } from './browser/serve.ts';

// Development aid: `npx node scripts/screenshot.ts /countries/kor/ 390 out.png [dark]`.
const [path = '/', width = '1280', out = 'shot.png', scheme = 'light'] = process.argv.slice(2);
const { server, origin } = await serve('dist');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(origin + path);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server.close();
