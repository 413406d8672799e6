import type { APIRoute } from 'astro';
import { previewSvg } from '../../lib/output/previewSvg.ts';
import { renderPng } from '../../lib/output/renderPng.ts';
import { previewImagePaths } from '../../routes.ts';

/**
 * `og/{page}.png` in every language: the link-preview image of each profile, index and policy-area page,
 * and a generic one. Only with SITE_URL: og:image needs an absolute URL, so without it no page refers to them.
 */
export const getStaticPaths = previewImagePaths;

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(renderPng(previewSvg(props.card))), { headers: { 'content-type': 'image/png' } });
