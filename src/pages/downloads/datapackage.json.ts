import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/output/dataPackage.ts';
import { loadData } from '../../lib/load/loadData.ts';
import { absolute } from '../../site.ts';

/** `downloads/datapackage.json`: the Frictionless Data Package of every CSV download. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(dataPackage(loadData(), absolute('')), null, 1)}\n`);
