import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './buildSite.ts';

/** WCAG 2.2 A and AA rules, and axe's best practices (unique landmarks, heading order, …). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** axe is served from the test server's own origin so the site's strict CSP ('self') stays on. */
const AXE_PATH = '/__test__/axe.min.js';
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const routed = new WeakSet<Page>();

/** Makes `page` able to load axe from `origin` (call before navigating; once is enough for a reused page). */
export async function routeAxe(page: Page, origin: string): Promise<void> {
  if (routed.has(page)) return;
  routed.add(page);
  await page.route(`${origin}${AXE_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: axeSource }));
}

/** Runs axe with the WCAG 2.2 A/AA rules on the loaded page (adding axe to it unless a previous run did). */
export async function axeViolations(page: Page, origin: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
}

/** One readable line per violation, for assertion messages. */
export function describeViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ');
      return `${label} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${targets}`;
    })
    .join('\n');
}
