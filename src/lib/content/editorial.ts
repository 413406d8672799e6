import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';

/** The kinds of editorial text under `content/`. */
export type EditorialKind = 'countries' | 'indices' | 'pages';

/** An editorial text as a page shows it: the entry, and the language it is written in. */
export interface Editorial<K extends EditorialKind> {
  entry: CollectionEntry<K>;
  /** Language the text is written in; differs from the page's when the translation is missing. */
  lang: Lang;
  fallback: boolean;
}
