import { formatDate, languageName } from '../i18n/format.ts';
import { languages, translator, type Lang } from '../i18n/translate.ts';
import type { PreviewCard } from '../output/previewSvg.ts';
import { headTags, type HeadTag } from '../urls/head.ts';
import { licenceNote } from '../output/licenses.ts';
import { localePath, sitePath } from '../urls/paths.ts';
import type { ChangeScope } from '../query/changes.ts';
import type { Link, PageContext } from './context.ts';
import { feedLinks } from './feeds.ts';
import { versionOfData } from '../output/version.ts';
import { PREVIEW_SIZE, previewAlt, previewFor, previewImagePath } from './previews.ts';

/** The nav section a page belongs to, marked as current in the site header. */
type Section = 'home' | 'countries' | 'indices' | 'compare' | 'search' | 'methodology' | 'about' | 'downloads';

/** What a page builder says about its page to the shell: title, description, where it sits, how search sees it. */
interface HeadSpec {
  title: string;
  description: string;
  /** Language-neutral path of the page (`countries/kor/`); one ending in `.html` (the 404 page) has no twins. */
  path: string;
  section?: Section | undefined;
  /** Links between home and this page in the breadcrumb. */
  crumbs?: Link[];
  /** Extra text for the search index (country spellings, figures); not shown. */
  pagefindMeta?: Record<string, string>;
  pagefindFilters?: Record<string, string>;
  /** Whether Pagefind indexes this page (default true). */
  indexed?: boolean;
  /** Feeds of changes the page announces besides the site's (a country's, an index's). */
  feeds?: ChangeScope[];
}

/** A switch to this page in another language. */
interface LanguageSwitch {
  lang: Lang;
  text: string;
  href: string;
  /** "Read this page in French", in that language. */
  label: string;
}

/** Everything the page shell (`layouts/Base.astro`) renders around a page's own content. */
export interface PageHead extends Required<Omit<HeadSpec, 'section' | 'feeds'>> {
  section: Section | undefined;
  lang: Lang;
  /** `Title · Site`, or the site title alone on the home page. */
  fullTitle: string;
  tags: HeadTag[];
  /** The favicon's URL. */
  icon: string;
  preview: PreviewCard;
  home: Link;
  nav: (Link & { id: Section })[];
  search: { action: string; label: string; placeholder: string; submit: string };
  languages: LanguageSwitch[];
  footer: Link[];
  /** "Data version v1.5.0 of 1 December 2026" (a version, not a decimal number: hence the "v"), or without a record of changes the figures' fingerprint, linking What's new. */
  dataVersion?: Link;
  /** The terms each edition is published under ("Data: OECD. DGI 2019…: re-use under the OECD terms…; DGI 2025…: CC BY 4.0."). */
  licence: string;
}

/** The head and shell of a page in the context's language. */
export function pageHead(ctx: PageContext, spec: HeadSpec): PageHead {
  const { lang, t } = ctx;
  const link = (text: string, path: string): Link => ({ text, href: ctx.href(path) });
  const preview = previewFor(ctx.data, lang, spec.path);
  const siteName = t('site.title');
  /** The 404 page is one file (`404.html`) with no twins in other languages: its switch leads home. */
  const hasTwin = !spec.path.endsWith('.html');
  const tags = headTags({
    path: spec.path, lang, languages, address: ctx.address, base: ctx.base, title: spec.title, description: spec.description, siteName,
    image: { path: previewImagePath(lang, preview.path), alt: previewAlt(preview), ...PREVIEW_SIZE },
  }, localePath);
  tags.push(...feedLinks(ctx, spec.feeds ?? []));
  // Without a record of changes, the figures' fingerprint (lib/output/version.ts), the version the downloads give.
  const version = versionOfData(ctx.data.dataset);
  return {
    dataVersion: link(version.created ? t('follow.version', { version: version.text, date: formatDate(version.created, lang) }) : t('prov.version', { version: version.text }), sitePath.whatsNew()),
    title: spec.title,
    description: spec.description,
    path: spec.path,
    section: spec.section,
    crumbs: spec.crumbs ?? [],
    pagefindMeta: spec.pagefindMeta ?? {},
    pagefindFilters: spec.pagefindFilters ?? {},
    indexed: spec.indexed ?? true,
    lang,
    fullTitle: spec.section === 'home' ? siteName : `${spec.title} · ${siteName}`,
    tags,
    icon: ctx.file('favicon.svg'),
    preview,
    home: link(siteName, sitePath.home()),
    nav: [
      { id: 'countries', ...link(t('nav.countries'), sitePath.countries()) },
      { id: 'indices', ...link(t('nav.indices'), sitePath.indicator(ctx.data.dataset.indices[0]?.id ?? 'dgi')) },
      { id: 'compare', ...link(t('nav.compare'), sitePath.compare()) },
      { id: 'methodology', ...link(t('nav.methodology'), sitePath.page('methodology')) },
      { id: 'downloads', ...link(t('nav.downloads'), sitePath.page('downloads')) },
      { id: 'about', ...link(t('nav.about'), sitePath.page('about')) },
    ],
    search: { action: ctx.href(sitePath.search()), label: t('search.label'), placeholder: t('search.placeholder'), submit: t('search.submit') },
    languages: languages.filter((l) => l !== lang).map((l) => ({
      lang: l,
      text: languageName(l, l, true),
      href: ctx.href(hasTwin ? spec.path : '', l),
      label: translator(l)('nav.readThisPage', { language: languageName(l, l) }),
    })),
    footer: [
      link(t('nav.methodology'), sitePath.page('methodology')),
      link(t('nav.dataQuality'), sitePath.page('data-quality')),
      link(t('follow.whatsNew.title'), sitePath.whatsNew()),
      link(t('nav.downloads'), sitePath.page('downloads')),
      link(t('nav.about'), sitePath.page('about')),
      link(t('nav.digitalGovernment'), sitePath.page('digital-government')),
    ],
    licence: licenceNote(ctx.data.dataset.editions, (index) => ctx.data.index(index)?.shortLabel[lang] ?? index, lang),
  };
}
