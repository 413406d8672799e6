import type { APIRoute } from 'astro';
import { editionFile } from '../../../lib/output/downloadFiles.ts';
import { editionFilePaths } from '../../../routes.ts';

/** `downloads/editions/{index}-{edition}.csv`: one file per index and edition in the dataset. */
export const getStaticPaths = editionFilePaths;

export const GET: APIRoute = ({ props, locals }) => new Response(editionFile(locals.page.data, props.index, props.edition));
