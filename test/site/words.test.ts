/**
 * Words that stay current, on the shared build of the real data: the editorial texts name the editions the
 * data holds (DGI and OURdata 2019, 2023 and the partial 2025), never a stale count or an average without
 * its edition; a note shown in another language keeps its own language's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/globalSetup.ts';

const html = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const text = (path: string) =>
  html(path).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<svg\b[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe('the stale statements of issue 21 are gone', () => {
  it.each([
    ['index.html', ['Two editions are available', 'The site covers the 2023 edition']],
    ['fr/index.html', ['compte deux éditions', 'Le site couvre l’édition 2023', "Le site couvre l'édition 2023"]],
    ['es/index.html', ['Hay dos ediciones disponibles', 'El sitio abarca la edición de 2023']],
    ['methodology/index.html', ['three OECD publications', 'The OURdata tables give the three pillars and their nine sub-pillars but not the overall score']],
    ['fr/methodology/index.html', ['trois publications de l']],
    ['es/methodology/index.html', ['tres publicaciones de la OCDE']],
    ['indices/dgi/open-by-default/index.html', ['In the 2023 edition, the OECD average for this dimension is']],
  ])('%s', (path, stale) => {
    const page = text(path);
    for (const phrase of stale) expect(page).not.toContain(phrase);
  });
});

describe('texts name every edition the data holds', () => {
  it.each(['index.html', 'indices/dgi/index.html', 'methodology/index.html'])('%s lists DGI 2019, 2023 and 2025 (partial) with who is ranked', (path) => {
    const page = text(path);
    expect(page).toContain('DGI 2019 , published October 2020; 33 countries, all ranked together.');
    expect(page).toContain('DGI 2023 , published January 2024; 38 countries: the 33 OECD members ranked, 5 other countries shown without a rank; not comparable with DGI 2019.');
    expect(page).toMatch(/DGI 2025 \(partial edition\) , published June 2026; 36 countries .*not ranked/);
  });

  it('the methodology says who is ranked in OURdata 2019 and 2025 too, and which OURdata tables give the composite', () => {
    const page = text('methodology/index.html');
    expect(page).toContain('OURdata 2019 , published March 2020; 32 countries, all of them OECD members and ranked.');
    expect(page).toMatch(/OURdata 2025 \(partial edition\) , published June 2026; 34 countries .*not ranked/);
    expect(page).toContain('The 2019 table gives the composite');
  });

  it('the home page names the latest complete editions rankings use', () => {
    expect(text('index.html')).toContain('the latest complete editions, DGI 2023 and OURdata 2023');
    expect(text('fr/index.html')).toContain('les dernières éditions complètes, DGI 2023 et OURdata 2023');
  });
});

describe('every average names its edition', () => {
  it('open by default: the printed DGI 2025 average above its 2025 chart, and the DGI 2023 one', () => {
    const page = text('indices/dgi/open-by-default/index.html');
    expect(page).toContain('The OECD average for this dimension is 0.59 (DGI 2025, partial edition, as printed by the OECD); in the latest complete edition, where members are ranked, it is 0.525 (DGI 2023).');
  });

  it('data accessibility: the pillar average with its year, the sub-pillars from OURdata 2023', () => {
    const page = text('indices/ourdata/data-accessibility/index.html');
    expect(page).toContain("The pillar’s OECD average is 0.67 (OURdata 2025, partial edition, as printed by the OECD); in the latest complete edition it is 0.59 (OURdata 2023).");
    expect(page).toContain('OECD average: 0.68 (OURdata 2023).');
    expect(text('fr/indices/ourdata/data-accessibility/index.html')).toContain("0,67 (OURdata 2025, édition partielle, telle qu'imprimée par l'OCDE)");
  });
});

describe('country notes', () => {
  it('Denmark leads with DGI 2025 and its printed average, then 2023 as an older edition; the Outlook 2026 is a source', () => {
    const page = text('countries/dnk/index.html');
    expect(page).toContain('Denmark scores 0.83 (partial edition 2025) in the Digital Government Index, against an OECD average of 0.70 (DGI 2025, partial edition, as printed by the OECD)');
    expect(page).toContain('In 2023 it scored 0.811 , 2nd of 33 OECD members');
    expect(html('countries/dnk/index.html')).toContain('Digital Government Outlook 2026: From Foundations to Transformational Impact');
  });

  it('on the French page of Germany (no French note), the English note is shown whole in English, marked lang="en", with English figures', () => {
    const page = html('fr/countries/deu/index.html');
    const note = /<div class="prose" lang="en">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '';
    expect(note).toContain('en anglais');
    expect(note).toContain('>0.398</data>');
    expect(note).toMatch(/of 33 participating countries/);
    expect(note).not.toMatch(/0,\d\d\d|sur 33/);
  });

  it('the Spanish note of Denmark is in Spanish, with Spanish figures', () => {
    const page = text('es/countries/dnk/index.html');
    expect(page).toContain('Dinamarca obtiene 0,83');
    expect(page).toContain('En 2023 obtuvo 0,811 , 2.º de 33 miembros de la OCDE');
  });
});

describe('edition choice on compare', () => {
  it.each(['compare/editions/2025/index.html', 'fr/compare/editions/2025/index.html', 'es/compare/editions/2025/index.html', 'compare/editions/2019/index.html'])('%s is built', (path) => {
    expect(html(path)).toContain('compare-editions');
  });

  it('compare/ says it shows the latest complete editions and links to 2019 and 2025', () => {
    const page = html('compare/index.html');
    expect(text('compare/index.html')).toContain('Latest complete editions (DGI 2023, OURdata 2023)');
    expect(page).toContain('href="/compare/editions/2025/"');
    expect(page).toContain('href="/compare/editions/2019/"');
  });
});
