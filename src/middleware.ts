import { defineMiddleware } from 'astro:middleware';
import { defaultLang, isLang } from './lib/i18n/languages.ts';
import { loadData, loadGroups } from './lib/load/loadData.ts';
import { RENDER_RECORD, type RenderRecord } from './lib/output/chartFiles.ts';
import { createPageContext } from './lib/pages/context.ts';
import { address, base } from './routes.ts';

/**
 * Builds the page context once per rendered route and puts it on `Astro.locals.page`, as Starlight puts
 * its route data on `Astro.locals`: page builders, views and MDX components read it, none loads data or
 * reads the URL. The language is the route's `locale` parameter (none for the default language). Under
 * `npm run build` the context also carries the build's render record, where figures leave their files.
 */
export const onRequest = defineMiddleware((context, next) => {
  const locale = context.params.locale;
  const lang = locale !== undefined && isLang(locale) ? locale : defaultLang;
  context.locals.page = createPageContext({ data: loadData(), groups: loadGroups(), lang, base, address, here: context.url.pathname, record: (globalThis as { [RENDER_RECORD]?: RenderRecord })[RENDER_RECORD] });
  return next();
});
