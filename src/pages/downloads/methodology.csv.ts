import type { APIRoute } from 'astro';
import { methodologyCsv } from '../../lib/output/methodologyCsv.ts';

export const GET: APIRoute = ({ locals }) => new Response(methodologyCsv(locals.page.data));
