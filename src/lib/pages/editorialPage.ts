import { formatDate } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { sitePath } from '../urls/paths.ts';
import type { Editorial } from '../content/editorial.ts';
import type { PageContext } from './context.ts';
import { pageHead, type PageHead } from './head.ts';

/** An edition the OECD published, held here or not, with its source. */
export interface EditionSourceRow {
  index: string;
  edition: string;
  /** Not comparable with the edition before it (a methodology break). */
  breakBefore: boolean;
  published: string;
  /** "Partial edition: …" (emphasised, with what is missing), "Complete", or "Not held: …" (emphasised, with why). */
  status: { text: string; emphasis: boolean; detail?: string };
  ranked: string;
  citation: string;
  doi?: string;
}

/** What an editorial page (`content/{lang}/pages/*.mdx`) shows beside its text. */
export interface EditorialPage {
  head: PageHead;
  text: Editorial<'pages'>;
  /** The methodology page lists every edition with its source. */
  sources?: EditionSourceRow[];
}

const SECTIONS = ['about', 'methodology'] as const;

function isSection(slug: string): slug is (typeof SECTIONS)[number] {
  return (SECTIONS as readonly string[]).includes(slug);
}

/** Every edition the OECD published, held or not, by index and date (from the manifest). */
export function editionSources(data: DataIndex, lang: Lang): EditionSourceRow[] {
  const order = (index: string) => data.dataset.indices.findIndex((i) => i.id === index);
  const held = data.dataset.editions.map((e) => ({
    index: e.index,
    published: e.published,
    row: {
      edition: e.edition,
      breakBefore: Boolean(e.previous && !e.comparableWithPrevious),
      status: e.status === 'partial'
        ? { text: translate(lang, 'edition.partial'), emphasis: true, ...(e.completeness.status === 'partial' ? { detail: e.completeness.missing[lang] } : {}) }
        : { text: translate(lang, 'edition.complete'), emphasis: false },
      ranked: translate(lang, e.status === 'partial' ? 'country.notRankedPartial' : e.rankedSet === 'all-participants' ? 'index.ranked.all' : 'index.ranked.members'),
      citation: `${e.source.citation}${e.source.table ? `, ${e.source.table}` : ''}`,
      doi: e.source.doi,
    },
  }));
  const unheld = data.dataset.unheldEditions.map((e) => ({
    index: e.index,
    published: e.published,
    row: {
      edition: e.edition,
      breakBefore: false,
      status: { text: translate(lang, 'methodology.notHeld'), emphasis: true, detail: e.reason[lang] },
      ranked: '–',
      citation: e.source.citation,
      ...(e.source.doi ? { doi: e.source.doi } : {}),
    },
  }));
  return [...held, ...unheld]
    .sort((a, b) => order(a.index) - order(b.index) || a.published.localeCompare(b.published))
    .map(({ index, published, row }) => ({ index: data.requireIndex(index).shortLabel[lang], published: formatDate(published, lang), ...row }));
}

/** An editorial page: its text, its nav section, and the edition sources on the methodology page. */
export function editorialPage(ctx: PageContext, { slug, text }: { slug: string; text: Editorial<'pages'> }): EditorialPage {
  const { data, lang, t } = ctx;
  const { title, summary } = text.entry.data;
  return {
    head: pageHead(ctx, {
      title,
      description: summary,
      path: sitePath.page(slug),
      section: isSection(slug) ? slug : undefined,
      pagefindMeta: { title, type: t('type.page') },
      pagefindFilters: { type: t('type.page') },
    }),
    text,
    ...(slug === 'methodology' ? { sources: editionSources(data, lang) } : {}),
  };
}
