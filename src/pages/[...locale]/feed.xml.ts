import type { APIRoute } from 'astro';
import { renderAtom } from '../../lib/output/atom.ts';
import { feedModel } from '../../lib/pages/feeds.ts';
import { languagePaths } from '../../routes.ts';

/** `feed.xml` (and `fr/feed.xml`…): the Atom feed of every recorded change to the data. */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = ({ locals }) => new Response(renderAtom(feedModel(locals.page, { kind: 'site' })), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
