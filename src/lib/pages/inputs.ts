import type { CountryGroup } from '../groups/schema.ts';
import type { Lang } from '../i18n/translate.ts';
import type { PreviewCard } from '../output/previewSvg.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import type { Absolute } from './datasets.ts';
import { previewFor } from './previews.ts';

/** A link on a page: its text and where it leads (a URL under the deployment base). */
export interface Anchor {
  text: string;
  href: string;
}

/**
 * What every page view model is built from: the validated data, the country groups, and how the site
 * writes its URLs (`href`: a page in a language under the deployment base; `file`: a language-neutral
 * file such as a download; `absolute`: with the host, or undefined without a site address).
 */
export interface PageInputs {
  site: DataIndex;
  groups: readonly CountryGroup[];
  href: (lang: Lang, path: string) => string;
  file: (path: string) => string;
  absolute: Absolute;
}

/** What the page layout needs besides its content: title, description, language-neutral path and link-preview card. */
export interface PageHead {
  title: string;
  description: string;
  path: string;
  preview: PreviewCard;
}

export function pageHead(site: DataIndex, lang: Lang, head: Omit<PageHead, 'preview'>): PageHead {
  return { ...head, preview: previewFor(site, lang, head.path) };
}

/** An element id from parts that may hold dots or upper case (`home-dgi-2025`). */
export function chartId(...parts: string[]): string {
  return parts.join('-').replace(/[^a-z0-9-]/g, '-');
}

