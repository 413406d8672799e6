import { languages, translator } from '../i18n/translate.ts';
import { sitePath } from '../urls/paths.ts';
import type { Link, PageContext } from './context.ts';
import { pageHead, type PageHead } from './head.ts';

/** The 404 page: one file for every language (hosts serve a single 404.html), the default language first. */
interface NotFoundPage {
  head: PageHead;
  title: string;
  body: string;
  /** The same sentence in each other language, with its home page. */
  others: { lang: string; body: string; home: Link }[];
  links: Link[];
}

export function notFoundPage(ctx: PageContext): NotFoundPage {
  const { t, lang } = ctx;
  return {
    head: pageHead(ctx, { title: t('notFound.title'), description: t('notFound.body'), path: '404.html', indexed: false }),
    title: t('notFound.title'),
    body: t('notFound.body'),
    others: languages.filter((l) => l !== lang).map((l) => {
      const tl = translator(l);
      return { lang: l, body: tl('notFound.body'), home: { text: tl('nav.home'), href: ctx.href(sitePath.home(), l) } };
    }),
    links: [
      { text: t('nav.countries'), href: ctx.href(sitePath.countries()) },
      { text: t('nav.search'), href: ctx.href(sitePath.search()) },
    ],
  };
}
