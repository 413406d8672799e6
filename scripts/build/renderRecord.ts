import { RENDER_RECORD, type ChartFile, type RenderRecord } from '../../src/lib/output/chartFiles.ts';

/** What one build keeps from rendering its pages: the figures' take-away files and the pages left out of the sitemap. */
export interface BuildRecord extends RenderRecord {
  /** The chart files, by page and figure id (the order does not depend on the order pages rendered in). */
  charts(): ChartFile[];
  /** Folders of the pages marked noindex. */
  unlistedPages(): ReadonlySet<string>;
}

/** A fresh record for one build. A figure id met twice on one page with different files is an error, not a silent overwrite. */
export function buildRecord(): BuildRecord {
  const charts = new Map<string, ChartFile>();
  const unlisted = new Set<string>();
  return {
    chart(file) {
      const key = `${file.page}${file.id}`;
      const kept = charts.get(key);
      if (kept && (kept.svg !== file.svg || kept.csv !== file.csv)) throw new Error(`two different figures have the id "${file.id}" on the page /${file.page}; give each figure of a page its own id`);
      charts.set(key, file);
    },
    unlisted: (page) => void unlisted.add(page),
    charts: () => [...charts.values()].sort((a, b) => (a.page === b.page ? compare(a.id, b.id) : compare(a.page, b.page))),
    unlistedPages: () => unlisted,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Runs `render` (Astro's build, in this process) with `record` in the slot the pages' context reads
 * (`RENDER_RECORD`, see src/middleware.ts), and empties the slot after, so no record outlives its build.
 */
export async function recording<T>(record: RenderRecord, render: () => Promise<T>): Promise<T> {
  const slot = globalThis as { [RENDER_RECORD]?: RenderRecord };
  if (slot[RENDER_RECORD]) throw new Error('another build is already recording in this process');
  slot[RENDER_RECORD] = record;
  try {
    return await render();
  } finally {
    delete slot[RENDER_RECORD];
  }
}
