import type { APIRoute } from 'astro';
import { tableSchema } from '../../lib/output/dataPackage.ts';
import { loadData } from '../../lib/load/loadData.ts';

/** `downloads/observations.schema.json`: the Frictionless Table Schema every CSV download follows. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(tableSchema(loadData()), null, 1)}\n`);
