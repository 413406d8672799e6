/**
 * What the site publishes beside its pages, on the shared test build (built with SITE_URL): the sitemap
 * with language alternates, absolute canonical and hreflang links, a 1200×630 PNG for every og:image,
 * a data package that describes every CSV download (header, types, key), and parseable Dataset JSON-LD.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTable, type TableSchema } from '../../src/lib/output/checkTable.ts';
import { pngSize } from '../../src/lib/output/renderPng.ts';
import { languages } from '../../src/lib/i18n/translate.ts';
import { publishedData } from '../helpers/publishedData.ts';
import { SITE_URL, siteDir } from '../helpers/globalSetup.ts';
import { decodeEntities, fileFor, htmlFiles, pagePath, tags } from '../helpers/html.ts';

let files: string[];
const html = new Map<string, string>();
const origin = SITE_URL.replace(/\/$/, '');

beforeAll(() => {
  files = htmlFiles(siteDir);
  for (const file of files) html.set(file, readFileSync(join(siteDir, file), 'utf8'));
});

/** The output file an absolute URL on the site serves, or null (also for URLs elsewhere). */
function fileOf(url: string): string | null {
  if (!url.startsWith(`${origin}/`)) return null;
  return fileFor(siteDir, decodeURIComponent(new URL(url).pathname));
}

/** Pages search engines may list: not the 404 page, not the framed embeds (noindex, canonical = the profile). */
const noindex = (file: string) => /<meta name="robots" content="noindex"/.test(html.get(file)!);
const pages = () => files.filter((f) => f !== '404.html' && !noindex(f));
/** The language-neutral file of a page (`fr/countries/kor/index.html` → `countries/kor/index.html`) and its language. */
function neutral(file: string): { lang: string; file: string } {
  for (const lang of languages.slice(1)) if (file.startsWith(`${lang}/`)) return { lang, file: file.slice(lang.length + 1) };
  return { lang: languages[0]!, file };
}

describe('sitemap.xml and robots.txt', () => {
  let sitemap: string;
  beforeAll(() => {
    sitemap = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });

  it('lists every page once (not the 404 page), each with an alternate for every language and x-default', () => {
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    const locs = entries.map((e) => /<loc>([^<]+)<\/loc>/.exec(e)![1]!);
    expect(locs.map(fileOf).sort()).toEqual(pages().sort());
    expect(new Set(locs).size).toBe(locs.length);
    const problems: string[] = [];
    for (const entry of entries) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
      const alternates = Object.fromEntries([...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
      const twin = neutral(fileOf(loc)!);
      const expected = Object.fromEntries([...languages.map((lang) => [lang, lang === languages[0] ? twin.file : `${lang}/${twin.file}`]), ['x-default', twin.file]]);
      const got = Object.fromEntries(Object.entries(alternates).map(([lang, href]) => [lang, fileOf(href)]));
      if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push(`${loc}: alternates ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });
});

describe('page heads', () => {
  it('every page but 404 has an absolute canonical link to itself and absolute hreflang links that resolve', () => {
    const problems: string[] = [];
    expect(tags(html.get('404.html')!, 'link').filter((l) => l.rel === 'canonical')).toEqual([]);
    for (const file of files.filter((f) => f !== '404.html')) {
      const links = tags(html.get(file)!, 'link');
      const canonical = links.filter((l) => l.rel === 'canonical');
      // An embed names its profile as the canonical page.
      const own = `${origin}${pagePath(noindex(file) ? file.replace(/(^|\/)embed\//, '$1') : file)}`;
      if (canonical.length !== 1 || canonical[0]!.href !== own) problems.push(`${file}: canonical ${JSON.stringify(canonical.map((l) => l.href))}`);
      for (const l of links.filter((l) => l.rel === 'alternate' && l.hreflang)) {
        if (!l.href!.startsWith(`${origin}/`) || !fileOf(l.href!)) problems.push(`${file}: hreflang="${l.hreflang}" href="${l.href}" is not an absolute URL of a page`);
      }
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });

  it('every page has Open Graph and Twitter tags with its own title and description', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => !noindex(f))) {
      const page = html.get(file)!;
      const meta = Object.fromEntries(tags(page, 'meta').filter((m) => m.property || m.name).map((m) => [m.property ?? m.name, m.content]));
      const description = meta.description;
      for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image', ...(file === '404.html' ? [] : ['og:url'])]) if (!meta[key]) problems.push(`${file}: no ${key}`);
      if (meta['og:description'] !== description) problems.push(`${file}: og:description differs from the description`);
      if (!decodeEntities(/<title>([^<]*)<\/title>/.exec(page)![1]!).startsWith(meta['og:title']!)) problems.push(`${file}: og:title "${meta['og:title']}" is not the page title`);
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });

  it('every og:image exists and is a 1200×630 PNG; profiles, index and policy-area pages have their own', () => {
    const problems: string[] = [];
    const images = new Map<string, string>();
    for (const file of files.filter((f) => !noindex(f))) {
      const image = tags(html.get(file)!, 'meta').find((m) => m.property === 'og:image')?.content ?? '';
      images.set(file, image);
      const target = fileOf(image);
      if (!target) { problems.push(`${file}: og:image ${image} does not resolve`); continue; }
      const size = pngSize(readFileSync(join(siteDir, target)));
      if (size?.width !== 1200 || size.height !== 630) problems.push(`${file}: ${target} is ${JSON.stringify(size)}`);
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
    expect(images.get('countries/kor/index.html')).toBe(`${origin}/og/countries/kor.png`);
    expect(images.get('fr/countries/kor/index.html')).toBe(`${origin}/og/fr/countries/kor.png`);
    expect(images.get('indices/dgi/index.html')).toBe(`${origin}/og/indices/dgi.png`);
    expect(images.get('indices/dgi/open-by-default/index.html')).toBe(`${origin}/og/indices/dgi/open-by-default.png`);
    const own = files.filter((f) => /^(countries\/[a-z]{3}|indices\/[^/]+(\/[^/]+)?)\/index\.html$/.test(neutral(f).file));
    expect(own.length).toBeGreaterThan(languages.length * 40);
    expect(own.filter((f) => images.get(f)!.endsWith('/site.png'))).toEqual([]);
  });
});

describe('downloads/datapackage.json', () => {
  const downloads = join(siteDir, 'downloads');
  let pkg: { resources: { name: string; path: string; schema: string | TableSchema; sources: { path: string; doi: string }[]; licenses: { name: string; path: string }[] }[]; licenses: unknown[]; sources: { doi: string }[] };
  let schema: TableSchema;
  beforeAll(() => {
    pkg = JSON.parse(readFileSync(join(downloads, 'datapackage.json'), 'utf8'));
    schema = JSON.parse(readFileSync(join(downloads, pkg.resources[0]!.schema as string), 'utf8'));
  });

  it('describes every CSV under downloads/, and each index and edition of the data has its own file', () => {
    const csvs = (readdirSync(downloads, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).filter((f) => f.endsWith('.csv')).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(csvs);
    const manifest = JSON.parse(readFileSync(join(publishedData(), 'manifest.json'), 'utf8')) as { editions: { index: string; edition: string; source: { doi: string }; sources?: { source: { doi: string } }[] }[] };
    for (const e of manifest.editions) expect(csvs).toContain(`editions/${e.index}-${e.edition}.csv`.toLowerCase());
    // Each edition's source and its second sources (issue 23: figures taken from one name it).
    expect(pkg.sources.map((s) => s.doi).sort()).toEqual([...new Set(manifest.editions.flatMap((e) => [e.source.doi, ...(e.sources ?? []).map((s) => s.source.doi)]))].sort());
  });

  it('splits observations.csv into the per-edition files and the per-country files, row for row', () => {
    const rows = (path: string) => readFileSync(join(downloads, path), 'utf8').trimEnd().split('\n').slice(1);
    const all = rows('observations.csv').sort();
    const byEdition = pkg.resources.filter((r) => r.path.startsWith('editions/')).flatMap((r) => rows(r.path)).sort();
    const byCountry = pkg.resources.filter((r) => r.path.startsWith('countries/')).flatMap((r) => rows(r.path)).sort();
    expect(byEdition).toEqual(all);
    expect(byCountry).toEqual(all);
  });

  it('gives every resource its sources with DOIs and its licences', () => {
    for (const r of pkg.resources) {
      const rows = readFileSync(join(downloads, r.path), 'utf8').trimEnd().split('\n').length - 1;
      if (rows === 0 && !r.sources) continue;
      expect(r.sources.length, r.path).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.path).toBe(`https://doi.org/${s.doi}`);
      expect(r.licenses.length, r.path).toBeGreaterThan(0);
      for (const l of r.licenses) expect(l.path).toMatch(/^https:\/\//);
    }
  });

  it('has a table schema whose fields each have a type and a description, with a primary key and missing values', () => {
    for (const f of schema.fields as (TableSchema['fields'][number] & { description?: string })[]) {
      expect(['string', 'number', 'integer', 'boolean']).toContain(f.type);
      expect(f.description, f.name).toMatch(/\w{3}/);
    }
    expect(schema.primaryKey!.length).toBeGreaterThan(0);
    expect(schema.missingValues).toEqual(['']);
  });

  it('matches every CSV: header, types, required cells and a unique primary key', () => {
    const problems = pkg.resources.flatMap((r) => checkTable(readFileSync(join(downloads, r.path), 'utf8'), `downloads/${r.path}`, typeof r.schema === 'string' ? schema : r.schema));
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });
});

describe('downloads/methodology.csv (DGI 2019 and 2023)', () => {
  it('is in the data package with a typed schema and the OECD papers it transcribes', () => {
    const pkg = JSON.parse(readFileSync(join(siteDir, 'downloads', 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string; schema: TableSchema; sources: { doi: string }[] }[] };
    const resource = pkg.resources.find((r) => r.name === 'methodology')!;
    expect(resource.path).toBe('methodology.csv');
    expect(resource.schema.fields.find((f) => f.name === 'weight_percent')!.type).toBe('number');
    expect(resource.sources.map((s) => s.doi).sort()).toEqual(['10.1787/1a89ed5e-en', '10.1787/b00142a4-en']);
    const rows = readFileSync(join(siteDir, 'downloads', 'methodology.csv'), 'utf8').trimEnd().split('\n').slice(1);
    expect(rows.filter((r) => r.startsWith('dgi,2023,') && r.split(',')[3] === 'question')).toHaveLength(155);
    expect(rows.filter((r) => r.startsWith('dgi,2019,') && r.split(',')[3] === 'parameter')).toHaveLength(75);
  });
});

describe('Dataset JSON-LD', () => {
  const datasetPages = () => files.filter((f) => /^(downloads|indices\/[^/]+)\/index\.html$/.test(neutral(f).file));

  it('is on the downloads page and every index page in every language', () => {
    expect(datasetPages().length).toBe(languages.length * (1 + new Set(files.filter((f) => /^indices\/[^/]+\/index\.html$/.test(f))).size));
  });

  it('parses and names the dataset, its licence, creator, coverage and downloadable files', () => {
    const problems: string[] = [];
    for (const file of datasetPages()) {
      const blocks = [...html.get(file)!.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      if (blocks.length !== 1) { problems.push(`${file}: ${blocks.length} JSON-LD blocks`); continue; }
      const data = JSON.parse(blocks[0]![1]!);
      expect(data['@type'], file).toBe('Dataset');
      for (const key of ['name', 'description', 'license', 'creator', 'temporalCoverage', 'spatialCoverage', 'distribution', 'url']) if (!data[key]) problems.push(`${file}: no ${key}`);
      expect(data.temporalCoverage, file).toMatch(/^\d{4}(\/\d{4})?$/);
      for (const d of data.distribution ?? []) if (!fileOf(d.contentUrl)) problems.push(`${file}: contentUrl ${d.contentUrl} does not resolve`);
      if (fileOf(data.url) !== file) problems.push(`${file}: url ${data.url} is not the page`);
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });
});
