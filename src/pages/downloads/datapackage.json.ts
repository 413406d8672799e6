import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/output/dataPackage.ts';

/** `downloads/datapackage.json`: the Frictionless Data Package of every CSV download. */
export const GET: APIRoute = ({ locals }) => new Response(`${JSON.stringify(dataPackage(locals.page.data, locals.page.absolute('')), null, 1)}\n`);
