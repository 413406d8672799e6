import type { APIRoute } from 'astro';
import { tableSchema } from '../../lib/output/dataPackage.ts';

/** `downloads/observations.schema.json`: the Frictionless Table Schema every CSV download follows. */
export const GET: APIRoute = ({ locals }) => new Response(`${JSON.stringify(tableSchema(locals.page.data), null, 1)}\n`);
