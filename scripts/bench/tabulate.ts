import { judge, type Budget, type Budgets } from './budgets.ts';
import { fmtBytes, fmtMs, kB, MB } from './format.ts';
import { PAGE_LABELS, PAGE_TYPES, type Result } from './measureSite.ts';
import type { Row } from './renderTable.ts';

/** The table's rows for the measured datasets, judged against the budgets, with per-process notes. */
export function tabulate(results: Result[], budgets: Budgets): { rows: Row[]; notes: string[]; over: boolean } {
  const rows: Row[] = [];
  const notes: string[] = [];
  let over = false;
  const push = (dataset: string, measure: string, value: number, shown: string, budget: Budget | undefined, parts?: Row['parts'], budgetId = dataset) => {
    const c = budget ? judge(value, budget, budgetId) : { budget: '-', status: '', over: false };
    over ||= c.over;
    rows.push({ dataset, measure, ...(parts ? { parts } : {}), value: shown, budget: c.budget, status: c.status });
  };
  for (const r of results) {
    push(r.label, 'pages built (.html)', r.pages, String(r.pages), undefined);
    push(r.label, 'build time', r.run.wallMs, fmtMs(r.run.wallMs), budgets.buildTime, undefined, r.id);
    push(r.label, 'build time per page', r.run.wallMs / r.pages, fmtMs(r.run.wallMs / r.pages), budgets.buildTimePerPage, undefined, r.id);
    push(r.label, 'build CPU time (user+sys, all processes)', r.run.cpuMs, fmtMs(r.run.cpuMs), undefined);
    push(r.label, `peak memory (${r.run.peakSource})`, r.run.peakRss, fmtBytes(r.run.peakRss), budgets.peakMemory, undefined, r.id);
    const cpuSplit = [...r.run.cpuByName].filter(([, ms]) => ms >= 100).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${fmtMs(ms)}`);
    const memSplit = [...r.run.hwmByName].filter(([, b]) => b >= 10 * MB).sort((a, b) => b[1] - a[1]).map(([name, b]) => `${name} ${fmtBytes(b)}`);
    notes.push(`${r.label}: CPU time by process: ${cpuSplit.join(', ') || 'n/a'}; each process's own peak RSS: ${memSplit.join(', ') || 'n/a'}.`);
    push(r.label, 'size of the site (dist/)', r.distBytes, fmtBytes(r.distBytes), budgets.distSize, undefined, r.id);
    push(r.label, 'Pagefind index (dist/pagefind)', r.pagefindBytes, fmtBytes(r.pagefindBytes), budgets.pagefindSize, undefined, r.id);
    for (const type of PAGE_TYPES) {
      const v = r.views[type];
      if (!v) {
        rows.push({ dataset: r.label, measure: `first view: ${PAGE_LABELS[type]}`, value: 'no page', budget: '-', status: '' });
        continue;
      }
      const js = v.jsFiles + v.jsInline;
      const jsText = v.jsInline ? `${(js / kB).toFixed(1)}*` : (js / kB).toFixed(1);
      const parts: Row['parts'] = [(v.html / kB).toFixed(1), (v.css / kB).toFixed(1), jsText, (v.fonts / kB).toFixed(1), (v.images / kB).toFixed(1)];
      push(r.label, `first view: ${PAGE_LABELS[type]} (/${v.page.replace(/index\.html$/, '')})`, v.total, fmtBytes(v.total), budgets.firstView[type], parts, r.id);
      if (type === 'country') push(r.label, 'JS before interaction: country profile', js, fmtBytes(js), budgets.countryJs, undefined, r.id);
      if (v.missing.length) console.error(`bench: ${r.label} /${v.page} refers to files that are not in the build: ${v.missing.join(', ')}`);
    }
  }
  const real = results.find((r) => r.id === 'real');
  const synth = results.find((r) => r.id === 'synthetic');
  if (real && synth) {
    const timeRatio = synth.run.wallMs / real.run.wallMs;
    const pageRatio = synth.pages / real.pages;
    const allowed = pageRatio * budgets.buildTimeScaling.maxTimeRatioOverPageRatio;
    const ok = timeRatio <= allowed;
    over ||= !ok;
    rows.push({
      dataset: `${synth.label} / real`,
      measure: `build time ratio (page ratio ${pageRatio.toFixed(2)}x)`,
      value: `${timeRatio.toFixed(2)}x`,
      budget: `<= ${allowed.toFixed(2)}x`,
      status: ok ? 'ok' : 'OVER',
    });
    rows.push({
      dataset: `${synth.label} / real`,
      measure: 'HTML bytes ratio (for reference: work grows with output)',
      value: `${(synth.htmlBytes / real.htmlBytes).toFixed(2)}x`,
      budget: '-',
      status: '',
    });
    rows.push({
      dataset: `${synth.label} / real`,
      measure: 'CPU time ratio (for reference: less sensitive to load)',
      value: `${(synth.run.cpuMs / real.run.cpuMs).toFixed(2)}x`,
      budget: '-',
      status: '',
    });
  }
  return { rows, notes, over };
}
