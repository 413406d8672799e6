import type { APIRoute } from 'astro';
import { observationsJson } from '../../lib/output/downloadFiles.ts';

export const GET: APIRoute = ({ locals }) => new Response(observationsJson(locals.page.data));
