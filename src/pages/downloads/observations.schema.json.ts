import type { APIRoute } from 'astro';
import { tableSchema } from '../../lib/output/dataPackage.ts';
import { loadSite } from '../../lib/site/loadSite.ts';

/** `downloads/observations.schema.json`: the Frictionless Table Schema every CSV download follows. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(tableSchema(loadSite()), null, 1)}\n`);
