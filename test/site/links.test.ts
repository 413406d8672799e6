/**
 * Integrity of the built site: no broken internal link or asset, every profile reachable from the home
 * page, an English/French twin for every page with matching lang and hreflang, and profiles that show
 * the right country and DGI 2023 figure in each language's number format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryName, countrySpellings } from '../../src/lib/countries/registry.ts';
import { defaultLang, languages, type Lang } from '../../src/lib/i18n/languages.ts';
import { SITE_URL, siteDir } from '../helpers/globalSetup.ts';
import { root } from '../helpers/buildSite.ts';
import { fileFor, htmlFiles, ids, isExternal, pagePath, references, resolvePath, tags, textOf } from '../helpers/html.ts';

let files: string[];
const html = new Map<string, string>();
const read = (file: string) => html.get(file) ?? readFileSync(join(siteDir, file), 'utf8');

beforeAll(() => {
  files = htmlFiles(siteDir);
  for (const file of files) html.set(file, readFileSync(join(siteDir, file), 'utf8'));
});

/** data/dgi-2023.csv's composite scores by ISO3 (country rows only). */
function dgiComposites(edition = '2023'): Map<string, number> {
  const csv = readFileSync(join(root, `data/dgi-${edition}.csv`), 'utf8').replace(/^\uFEFF/, '');
  const scores = new Map<string, number>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [iso3, , variable, value] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    if (variable === 'composite_index' && iso3 && /^[A-Z]{3}$/.test(iso3) && iso3 !== 'OECD') scores.set(iso3, Number(value));
  }
  return scores;
}

const others = languages.filter((l) => l !== defaultLang);
/** The site language of a built file, from its folder (the default language has none). */
const langOfFile = (file: string): Lang => others.find((l) => file.startsWith(`${l}/`)) ?? defaultLang;
/** The file's path without its language folder. */
const neutralFile = (file: string) => (langOfFile(file) === defaultLang ? file : file.slice(langOfFile(file).length + 1));
const countryFile = new RegExp(`^((${others.join('|')})\\/)?countries\\/([a-z]{3})\\/index\\.html$`);

const links = new Map<string, string[]>();
/** The internal page files a page links to with <a href> (and search forms), for the link graph (worked out once per page). */
function linkedPages(file: string): string[] {
  const known = links.get(file);
  if (known) return known;
  const from = pagePath(file);
  const out = new Set<string>();
  for (const ref of references(read(file))) {
    if (isExternal(ref.url) || ref.url.startsWith('#') || !['a', 'form'].includes(ref.tag)) continue;
    const target = fileFor(siteDir, resolvePath(ref.url, from));
    if (target?.endsWith('.html')) out.add(target);
  }
  links.set(file, [...out]);
  return [...out];
}

function reachable(start: string, follow: (file: string) => boolean = () => true): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of linkedPages(queue.shift()!)) {
      if (seen.has(next) || !follow(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

describe('internal links and assets', () => {
  it('the output has the expected pages', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('fr/index.html');
    expect(files).toContain('countries/kor/index.html');
    expect(files.length).toBeGreaterThan(100);
  });

  it('every internal href/src/srcset/action resolves to a file in the output', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const page = read(file);
      const from = pagePath(file);
      const pageIds = ids(page);
      for (const ref of references(page)) {
        if (isExternal(ref.url)) continue;
        checked++;
        if (ref.url.startsWith('#')) {
          const id = decodeURIComponent(ref.url.slice(1));
          if (id && !pageIds.has(id)) broken.push(`${file}: <${ref.tag} ${ref.attr}="${ref.url}"> (no such id)`);
          continue;
        }
        const target = fileFor(siteDir, resolvePath(ref.url, from));
        if (!target) {
          broken.push(`${file}: <${ref.tag} ${ref.attr}="${ref.url}">`);
          continue;
        }
        const hash = new URL(ref.url, 'http://site.test/').hash.slice(1);
        if (hash && target.endsWith('.html') && !ids(read(target)).has(decodeURIComponent(hash))) {
          broken.push(`${file}: <${ref.tag} ${ref.attr}="${ref.url}"> (no #${hash} in ${target})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken.slice(0, 30), `${broken.length} broken internal references`).toEqual([]);
  });

  it('every country profile is reachable from / by following links', () => {
    const fromHome = reachable('index.html');
    const profiles = files.filter((f) => countryFile.test(f));
    expect(profiles.length).toBeGreaterThan(40);
    expect(profiles.filter((f) => !fromHome.has(f)), 'unreachable from /').toEqual([]);
    for (const lang of languages) {
      const home = lang === defaultLang ? 'index.html' : `${lang}/index.html`;
      const within = reachable(home, (f) => langOfFile(f) === lang);
      expect(profiles.filter((f) => langOfFile(f) === lang && !within.has(f)), `unreachable from ${home} through ${lang} pages`).toEqual([]);
    }
  });

  it('no page but 404.html is an orphan', () => {
    const fromHome = reachable('index.html');
    expect(files.filter((f) => f !== '404.html' && !fromHome.has(f))).toEqual([]);
  });
});

describe('languages', () => {
  it('builds the same set of pages in every language (en, fr, es)', () => {
    expect(languages).toEqual(['en', 'fr', 'es']);
    const pages = files.filter((f) => f !== '404.html');
    const byLang = new Map(languages.map((l) => [l, pages.filter((f) => langOfFile(f) === l).map(neutralFile).sort()]));
    const english = byLang.get(defaultLang)!;
    expect(english.length).toBeGreaterThan(60);
    for (const lang of others) expect(byLang.get(lang), `pages built in ${lang}`).toEqual(english);
  });

  it('<html lang> matches the folder and hreflang alternates name every twin', () => {
    const problems: string[] = [];
    for (const file of files) {
      const page = read(file);
      const lang = langOfFile(file);
      const htmlLang = tags(page, 'html')[0]?.lang;
      if (htmlLang !== lang) problems.push(`${file}: <html lang="${htmlLang}">, expected "${lang}"`);
      if (file === '404.html') continue;
      const neutral = pagePath(neutralFile(file));
      const site = SITE_URL.replace(/\/$/, '');
      const expected: Record<string, string> = Object.fromEntries([...languages.map((l) => [l, `${site}${l === defaultLang ? neutral : `/${l}${neutral}`}`]), ['x-default', `${site}${neutral}`]]);
      const alternates = tags(page, 'link').filter((l) => l.rel === 'alternate' && l.hreflang);
      for (const [hreflang, path] of Object.entries(expected)) {
        const link = alternates.find((l) => l.hreflang === hreflang);
        if (!link) problems.push(`${file}: no <link rel="alternate" hreflang="${hreflang}">`);
        else if (link.href !== path) problems.push(`${file}: hreflang="${hreflang}" points to ${link.href}, expected ${path}`);
      }
    }
    expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
  });

  it('French and Spanish pages use the decimal comma in visible text', () => {
    const offenders: string[] = [];
    for (const file of files.filter((f) => langOfFile(f) === 'fr' || langOfFile(f) === 'es')) {
      const visible = textOf(read(file)
        .replace(/<code\b[\s\S]*?<\/code>/gi, ' ')
        .replace(/<(\w+)\b[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/gi, ' '))
        .replace(/\b(?:https?:\/\/|doi:)\S+/gi, ' ')
        // A licence's version is a name, not a decimal: "CC BY 4.0", "Creative Commons Attribution 4.0".
        .replace(/\b(?:CC BY|Attribution|Atribución) 4\.0\b/g, ' ');
      for (const m of visible.matchAll(/.{0,30}(?<![\w.,])\d+\.\d+(?!\w).{0,20}/g)) offenders.push(`${file}: …${m[0]}…`);
    }
    expect(offenders.slice(0, 20), `${offenders.length} numbers with a decimal point on French or Spanish pages`).toEqual([]);
  });

  it('/es/countries/kor/ says 0,935 and "1.º de 33", /es/countries/esp/ is titled España', () => {
    const es = textOf(read('es/countries/kor/index.html'));
    expect(es).toContain('0,935');
    expect(es).toContain('1.º de 33 miembros de la OCDE');
    expect(tags(read('es/countries/esp/index.html'), 'h1').length).toBe(1);
    expect(textOf(read('es/countries/esp/index.html'))).toMatch(/<h1>España<\/h1>|España/);
  });

  it('/fr/countries/kor/ shows 0,935 and never 0.935 outside attributes; /countries/kor/ the reverse', () => {
    const fr = textOf(read('fr/countries/kor/index.html'));
    const en = textOf(read('countries/kor/index.html'));
    expect(fr).toContain('0,935');
    expect(fr).not.toContain('0.935');
    expect(en).toContain('0.935');
    expect(en).not.toContain('0,935');
  });
});

describe('country profiles', () => {
  const composites = dgiComposites();
  const composites2025 = dgiComposites('2025');

  it('data/dgi-2023.csv has composites to compare with', () => {
    expect(composites.get('KOR')).toBe(0.935);
    expect(composites.has('DEU')).toBe(false);
  });

  it('every country with a DGI 2023 composite has a profile in every language', () => {
    const missing = [...composites.keys()].flatMap((iso3) =>
      languages.map((l) => `${l === defaultLang ? '' : `${l}/`}countries/${iso3.toLowerCase()}/index.html`).filter((f) => !files.includes(f)));
    expect(missing).toEqual([]);
  });

  it('each profile names its country in <h1> and leads with the newest DGI edition covering it, saying which newer ones do not', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => countryFile.test(f))) {
      const [, , , code] = countryFile.exec(file)!;
      const iso3 = code!.toUpperCase();
      const lang = langOfFile(file);
      const page = read(file);
      const h1s = [...page.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => textOf(m[1]!));
      if (h1s.length !== 1) problems.push(`${file}: ${h1s.length} <h1> elements`);
      const h1 = h1s[0] ?? '';
      if (h1 !== countryName(iso3, lang)) problems.push(`${file}: <h1> "${h1}", expected "${countryName(iso3, lang)}"`);
      if (!countrySpellings(iso3).includes(h1)) problems.push(`${file}: <h1> "${h1}" is not a name of ${iso3}`);
      const title = textOf(/<title>([\s\S]*?)<\/title>/.exec(page)?.[1] ?? '');
      if (!h1 || !title.startsWith(h1)) problems.push(`${file}: <title> "${title}" does not start with "${h1}"`);
      const acronym = /.{0,30}\b(?:oecd|ocde)\b.{0,10}/.exec(textOf(page).replace(/\b(?:https?:\/\/|www\.)\S+/g, ' '));
      if (acronym) problems.push(`${file}: "OECD"/"OCDE" in lower case: …${acronym[0]}…`);
      const card = /<section\b[^>]*aria-labelledby="card-dgi"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1];
      if (!card) {
        problems.push(`${file}: no DGI key-figure card`);
        continue;
      }
      const cardText = textOf(card);
      const stat = /<dd class="stat">([\s\S]*?)<\/dd>/.exec(card)?.[1];
      const local = (score: number, places: number) => (lang === 'en' ? score.toFixed(places) : score.toFixed(places).replace('.', ','));
      // The card leads with the newest DGI edition that covers the country: 2025 (partial), else 2023.
      const newest = composites2025.get(iso3);
      const score = composites.get(iso3);
      if (newest !== undefined) {
        if (!cardText.includes('DGI 2025')) problems.push(`${file}: the DGI card is not about DGI 2025: "${cardText}"`);
        if (!/partial edition|édition partielle|edición parcial/.test(cardText)) problems.push(`${file}: the DGI 2025 card does not say the edition is partial: "${cardText}"`);
        if (!stat || textOf(stat) !== local(newest, 2)) problems.push(`${file}: DGI 2025 composite "${stat && textOf(stat)}", expected ${local(newest, 2)}`);
      } else if (score !== undefined) {
        if (!cardText.includes('DGI 2023')) problems.push(`${file}: the DGI card is not about DGI 2023: "${cardText}"`);
        if (!/DGI 2025/.test(cardText)) problems.push(`${file}: the DGI card does not say DGI 2025 lacks the country: "${cardText}"`);
        if (!stat || textOf(stat) !== local(score, 3)) problems.push(`${file}: DGI 2023 composite "${stat && textOf(stat)}", expected ${local(score, 3)}`);
      } else {
        // One sentence per reason, naming every edition it holds for ("did not take part in DGI 2019, 2023 and 2025").
        const notCovered = {
          en: /did not take part in DGI [\d, and]*2023|DGI [\d, and]*2023[\d, and]* do(?:es)? not cover/i,
          fr: /n'(?:a|ont) pas participé (?:à|aux éditions) [^.]*2023[^.]*DGI|2023[^.]* de l'indice DGI ne couvr/i,
          es: /no particip(?:ó|aron) en [^.]*2023|2023[^.]* del DGI no incluyen?|DGI 2023 no incluye a/i,
        }[lang];
        if (stat && /DGI 2023/.test(textOf(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(card)?.[1] ?? ''))) problems.push(`${file}: shows a DGI 2023 score "${textOf(stat)}" for a country the data does not cover`);
        if (!notCovered.test(cardText)) problems.push(`${file}: does not say DGI 2023 does not cover it: "${cardText}"`);
      }
    }
    expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
  });

  it('/countries/kor/, /countries/deu/, /countries/dnk/, /countries/ury/ and /countries/usa/ in detail', () => {
    const card = (file: string) => textOf(/<section\b[^>]*aria-labelledby="card-dgi"[^>]*>([\s\S]*?)<\/section>/.exec(read(file))?.[1] ?? '');
    // Behaviour change (issue 21): the card is the verdict, key figures first, then the sentence, then why newer editions lack the country.
    expect(card('countries/kor/index.html')).toMatch(/^DGI 2023 Score 0\.935 OECD average 0\.605 Above the average \+0\.330 Rank 1st of 33 OECD members .* The OECD assessed Korea in DGI 2025 \(partial edition\); its results are not transcribed here\. The OECD's country notes, DGI 2025/);
    expect(card('countries/dnk/index.html')).toMatch(/^DGI 2025 \(partial edition\) Score 0\.83 OECD average \(printed\) 0\.70 Above the average \+0\.13 Rank not ranked \(partial edition\) Change \(printed\) \+0\.02 since 2023 .* Up 0\.02 since 2023, as printed by the OECD\./);
    expect(card('countries/ury/index.html')).toMatch(/DGI 2019 Score 0\.602 .*Rank 9th of 33 participating countries/);
    expect(card('countries/deu/index.html')).toMatch(/^DGI 2019 Score 0\.398 .* Germany did not take part in DGI 2023 and 2025\./);
    expect(card('fr/countries/deu/index.html')).toMatch(/L'Allemagne n'a pas participé aux éditions 2023 et 2025 de l'indice DGI\./);
    expect(card('countries/usa/index.html')).toMatch(/The United States did not take part in DGI 2019, 2023 and 2025\./);
    expect(textOf(read('countries/deu/index.html')).split('Germany did not take part in DGI 2023 and 2025.')).toHaveLength(2);
  });
});
