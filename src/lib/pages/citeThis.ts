import { formatDate, titled } from '../i18n/format.ts';
import { citePage, type Citation } from '../output/citations.ts';
import { versionOfData } from '../output/version.ts';
import type { PageContext } from './context.ts';

/** "Cite this page": the page's address, the data version and its date, in text, BibTeX and RIS. */
export interface CiteThisView {
  title: string;
  cite: Citation;
  /** "Cite this figure", per chart of the page: its permalink (named by its edition) instead of the page's address. */
  figures: { title: string; heading: string; cite: Citation }[];
}

/**
 * The citation of the page at `path` (language-neutral, e.g. `countries/kor/`) titled `title`. The
 * address is absolute when the site address is known; the version and date are those of the data, so
 * the citation names the state of the data the reader saw.
 */
export function citeThis(ctx: PageContext, title: string, path: string, key: string, figures: readonly { id: string; title: string }[] = []): CiteThisView {
  const version = versionOfData(ctx.data.dataset);
  const href = ctx.href(path);
  const prefix = ctx.base.endsWith('/') ? ctx.base : `${ctx.base}/`;
  const url = ctx.absolute(href.startsWith(prefix) ? href.slice(prefix.length) : href) ?? href;
  const date = version?.created ?? ctx.data.dataset.editions.map((e) => e.published).sort().at(-1)!;
  const common = {
    site: ctx.t('site.title'),
    year: date.slice(0, 4),
    // Without a record of changes, the figures' fingerprint names the state of the data (lib/output/version.ts).
    note: version.created ? ctx.t('follow.cite.note', { version: version.version, date: formatDate(version.created, ctx.lang) }) : ctx.t('prov.cite.note', { version: version.version }),
    version: version.version,
    date,
  };
  return {
    title: ctx.t('follow.cite.title'),
    cite: citePage({ ...common, title, key, url }),
    figures: figures.map((f) => ({
      title: f.title,
      heading: titled(ctx.lang, ctx.t('follow.cite.figure'), f.title),
      cite: citePage({ ...common, title: titled(ctx.lang, title, f.title), key: `${key}-${f.id}`, url: `${url}#${f.id}` }),
    })),
  };
}
