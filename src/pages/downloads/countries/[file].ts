import type { APIRoute } from 'astro';
import { countryFile } from '../../../lib/output/downloadFiles.ts';
import { countryFilePaths } from '../../../routes.ts';

/** `downloads/countries/{iso3}.csv` and `.json`: one country's observations with citations. */
export const getStaticPaths = countryFilePaths;

export const GET: APIRoute = ({ props, locals }) => new Response(countryFile(locals.page.data, props.iso3, props.ext));
