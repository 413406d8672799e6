import type { APIRoute } from 'astro';
import { renderAtom } from '../../../../lib/output/atom.ts';
import { feedModel } from '../../../../lib/pages/feeds.ts';
import { countryProfilePaths } from '../../../../routes.ts';

/** `countries/kor/feed.xml`: the Atom feed of the changes that touch one country. */
export const getStaticPaths = countryProfilePaths;

export const GET: APIRoute = ({ locals, props }) => new Response(renderAtom(feedModel(locals.page, { kind: 'country', iso3: (props as { iso3: string }).iso3 })), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
