import type { Edition } from '../model/types.ts';

/** One publication the data comes from, with the editions it holds; several editions can share one. */
export interface Source {
  key: string;
  doi: string;
  url: string;
  citation: string;
  author: string;
  year: string;
  title: string;
  series: string;
  publisher: string;
  place: string;
  license: Edition['source']['license'];
  editions: { index: string; edition: string }[];
}

/** `Author (Year), "Title", rest`: the title in double quotes, curly quotes or *asterisks* (it may hold commas), or bare up to the first comma. */
const CITATION = /^(?<author>[^(]+?) \((?<year>\d{4})\),\s*(?:"(?<q>[^"]+)"|“(?<c>[^”]+)”|\*(?<s>[^*]+)\*|(?<bare>[^,]+)),\s*(?<rest>.*)$/;

/** The parts of an OECD-style citation: `OECD (2020), "Title", Series, No. 03, OECD Publishing, Paris`. */
export function parseCitation(citation: string, published: string): Pick<Source, 'author' | 'year' | 'title' | 'series' | 'publisher' | 'place'> {
  const m = CITATION.exec(citation.trim())?.groups;
  if (!m) return { author: '', year: published.slice(0, 4), title: citation, series: '', publisher: '', place: '' };
  const parts = m.rest!.split(/,\s*/).filter(Boolean);
  const at = parts.findIndex((p) => /publishing/i.test(p));
  const publisher = at >= 0 ? parts[at]! : '';
  const place = at >= 0 ? parts.slice(at + 1).join(', ') : '';
  const series = (at >= 0 ? parts.slice(0, at) : parts).join(', ');
  return { author: m.author!, year: m.year!, title: (m.q ?? m.c ?? m.s ?? m.bare)!.trim(), series, publisher, place };
}

/** The sources of `editions`, one per DOI, in edition order. */
export function sourcesOf(editions: readonly Edition[]): Source[] {
  const byDoi = new Map<string, Source>();
  // An edition's own source, then its second sources (figures taken from them name them too).
  for (const [e, source] of editions.flatMap((e) => [e.source, ...(e.sources ?? []).map((s) => s.source)].map((source) => [e, source] as const))) {
    const known = byDoi.get(source.doi);
    if (known) {
      if (!known.editions.some((x) => x.index === e.index && x.edition === e.edition)) known.editions.push({ index: e.index, edition: e.edition });
      continue;
    }
    const parts = parseCitation(source.citation, e.published);
    const key = `${(parts.author || 'source').toLowerCase().replace(/[^a-z0-9]+/g, '')}${parts.year}-${source.doi.split('/').pop()!.replace(/[^A-Za-z0-9]+/g, '')}`;
    byDoi.set(source.doi, { key, doi: source.doi, url: `https://doi.org/${source.doi}`, citation: source.citation, license: source.license, editions: [{ index: e.index, edition: e.edition }], ...parts });
  }
  return [...byDoi.values()];
}

const bibEscape = (text: string) => text.replace(/([&%$#_{}])/g, '\\$1');

/** A reference to copy: plain text, BibTeX and RIS. */
export interface Citation {
  text: string;
  bibtex: string;
  ris: string;
}

function bibtex(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === 'author' ? `{${bibEscape(v!)}}` : k === 'url' || k === 'doi' ? v : bibEscape(v!)}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

function ris(fields: [string, string | undefined][]): string {
  return [...fields.filter(([, v]) => v).map(([k, v]) => `${k}  - ${v}`), 'ER  - '].join('\n');
}

/** Text, BibTeX and RIS for one source. */
export function citeSource(source: Source): Citation {
  return {
    text: `${source.citation}, ${source.url}`,
    bibtex: bibtex('techreport', source.key, [
      ['author', source.author], ['title', source.title], ['type', source.series], ['institution', source.publisher],
      ['address', source.place], ['year', source.year], ['doi', source.doi], ['url', source.url],
    ]),
    ris: ris([
      ['TY', 'RPRT'], ['AU', source.author], ['PY', source.year], ['TI', source.title], ['T3', source.series],
      ['PB', source.publisher], ['CY', source.place], ['DO', source.doi], ['UR', source.url],
    ]),
  };
}

/** Text, BibTeX and RIS for the site itself; `url` only when the site address is known. */
export function citeSite(site: { title: string; note: string; year: string; url: string | undefined }): Citation {
  return {
    text: [`${site.title} (${site.year})`, site.note, site.url].filter(Boolean).join(', '),
    bibtex: bibtex('misc', 'dgprofiles', [['title', site.title], ['year', site.year], ['note', site.note], ['url', site.url]]),
    ris: ris([['TY', 'ELEC'], ['TI', site.title], ['PY', site.year], ['N1', site.note], ['UR', site.url]]),
  };
}

/**
 * Text, BibTeX and RIS for one page of the site: its title, the site, the data version and date, and
 * its address, so that the citation names the state of the data (`version`) the reader saw.
 */
export function citePage(page: { site: string; title: string; key: string; year: string; note: string; version?: string; date: string; url: string }): Citation {
  return {
    text: `${page.site} (${page.year}), ${page.title}, ${page.note}, ${page.url}`,
    bibtex: bibtex('misc', `dgprofiles-${page.key}${page.version ? `-${page.version.replace(/\./g, '-')}` : ''}`, [
      ['title', page.title], ['howpublished', page.site], ['year', page.year], ['version', page.version], ['date', page.date], ['note', page.note], ['url', page.url],
    ]),
    ris: ris([['TY', 'ELEC'], ['TI', page.title], ['T2', page.site], ['PY', page.year], ['DA', page.date.replace(/-/g, '/')], ['ET', page.version], ['N1', page.note], ['UR', page.url]]),
  };
}
