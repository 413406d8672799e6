import type { CountryGroup } from '../groups/schema.ts';
import { translator, type Lang } from '../i18n/translate.ts';
import { chartFile, type ChartSource, type RenderRecord } from '../output/chartFiles.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { absoluteUrl, type SiteAddress } from '../urls/address.ts';
import { localePath, withBase } from '../urls/paths.ts';

/** A link on a page: its text and where it leads (a URL under the deployment base, made by `ctx.href`). */
export interface Link {
  text: string;
  href: string;
}

/**
 * Everything a page builder reads, made once per rendered route by the middleware (`src/middleware.ts`)
 * and put on `Astro.locals.page`: the validated data, the country groups, the page's language, its
 * translator, and the one way this site writes its URLs.
 */
export interface PageContext {
  data: DataIndex;
  groups: readonly CountryGroup[];
  lang: Lang;
  t: ReturnType<typeof translator>;
  /** A page of this site in `lang` (the page's own by default), under the deployment base: `href(sitePath.country('KOR'))`. */
  href: (path: string, lang?: Lang) => string;
  /** A language-neutral file (a download, an asset) under the deployment base. */
  file: (path: string) => string;
  /** With the host, or undefined when the site address (SITE_URL) is unknown. */
  absolute: (path: string) => string | undefined;
  /** Where the site is published, if known, and its deployment base (`/`, `/profiles/`). */
  address: SiteAddress | undefined;
  base: string;
  /** The address of the page being rendered, with the deployment base and a closing slash (`/fr/countries/kor/`). */
  here: string;
  /**
   * Hands a figure and the data tables its view rendered under it to the build, which writes its take-away
   * files (`{id}.svg`, `{id}.csv`) beside the page; does nothing outside `npm run build`.
   */
  keepFigure: (figure: ChartSource, tablesHtml: string) => void;
  /** Tells the build that this page is not to be indexed (no sitemap entry); does nothing outside `npm run build`. */
  unlisted: () => void;
}

interface ContextSources {
  data: DataIndex;
  groups: readonly CountryGroup[];
  lang: Lang;
  base: string;
  address: SiteAddress | undefined;
  here?: string;
  /** What the build keeps from rendering (see lib/output/chartFiles.ts); none outside `npm run build`. */
  record?: RenderRecord | undefined;
}

/** The page context for one language of one build. */
export function createPageContext({ data, groups, lang, base, address, here = base, record }: ContextSources): PageContext {
  const page = here.endsWith('/') ? here : `${here}/`;
  /** The page's folder in the output: its address under the deployment base. */
  const folder = page.startsWith(base) ? page.slice(base.length) : page.replace(/^\//, '');
  return {
    data,
    groups,
    lang,
    t: translator(lang),
    href: (path, to = lang) => withBase(base, localePath(to, path)),
    file: (path) => withBase(base, path),
    absolute: (path) => (address ? absoluteUrl(address, path) : undefined),
    address,
    base,
    here: page,
    keepFigure: (figure, tablesHtml) => record?.chart(chartFile(folder, figure, tablesHtml)),
    unlisted: () => record?.unlisted(folder),
  };
}
