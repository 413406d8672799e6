import type { APIRoute } from 'astro';
import { renderAtom } from '../../../../lib/output/atom.ts';
import { feedModel } from '../../../../lib/pages/feeds.ts';
import { indexPagePaths } from '../../../../routes.ts';

/** `indices/dgi/feed.xml`: the Atom feed of the changes to one index's editions. */
export const getStaticPaths = indexPagePaths;

export const GET: APIRoute = ({ locals, props }) => new Response(renderAtom(feedModel(locals.page, { kind: 'index', index: (props as { index: string }).index })), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
