import type { APIRoute } from 'astro';
import { observationsCsv } from '../../lib/output/downloadFiles.ts';

export const GET: APIRoute = ({ locals }) => new Response(observationsCsv(locals.page.data));
