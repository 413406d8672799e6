import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../lib/i18n/translate.ts';
import { previewSvg, type PreviewCard } from '../../lib/output/previewSvg.ts';
import { renderPng } from '../../lib/output/renderPng.ts';
import { loadData } from '../../lib/load/loadData.ts';
import { previewCards, previewImagePath } from '../../lib/pages/previews.ts';
import { address } from '../../site.ts';

/**
 * `og/{page}.png` in every language: the link-preview image of each profile, index and policy-area page,
 * and a generic one. Only with SITE_URL: og:image needs an absolute URL, so without it no page refers to them.
 */
export function getStaticPaths() {
  if (!address) return [];
  const site = loadData();
  return languages.flatMap((lang: Lang) =>
    previewCards(site, lang).map((card) => ({ params: { image: previewImagePath(lang, card.path).replace(/^og\//, '') }, props: { card } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const png = renderPng(previewSvg((props as { card: PreviewCard }).card));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
