import { getCollection, type CollectionEntry } from 'astro:content';
import type { Editorial, EditorialKind } from './lib/content/editorial.ts';
import { defaultLang, fallbackOrder, type Lang } from './lib/i18n/languages.ts';

type Kind = EditorialKind;

const published = new Map<Kind, Promise<Map<string, CollectionEntry<Kind>>>>();

function entriesOf(kind: Kind): Promise<Map<string, CollectionEntry<Kind>>> {
  if (!published.has(kind)) {
    published.set(kind, getCollection(kind, (e: CollectionEntry<Kind>) => !e.data.draft).then((all) => new Map(all.map((e) => [e.id, e]))));
  }
  return published.get(kind)!;
}

/** The published editorial entry for `slug` in `lang`, falling back to the default language's text, then the others'. */
export async function editorial<K extends Kind>(kind: K, lang: Lang, slug: string): Promise<Editorial<K> | undefined> {
  const entries = await entriesOf(kind);
  for (const candidate of fallbackOrder(lang)) {
    const entry = entries.get(candidate === defaultLang ? `${kind}/${slug}` : `${candidate}/${kind}/${slug}`);
    if (entry) return { entry: entry as CollectionEntry<K>, lang: candidate, fallback: candidate !== lang };
  }
  return undefined;
}
