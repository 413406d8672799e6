import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../src/lib/output/searchDocument.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Corée · Profils</title><link rel="stylesheet" href="/a.css"></head><body><nav>Pays</nav>${main}<footer>OCDE</footer></body></html>`;

describe('searchDocument()', () => {
  it('keeps the language, title and main text with its Pagefind attributes', () => {
    const doc = searchDocument(page('<main id="main" data-pagefind-body=""><h1>Corée</h1><span hidden data-pagefind-meta="figure:DGI 2023 0,935"></span><p>Texte</p></main>'));
    expect(doc).toBe(
      '<!doctype html><html lang="fr"><head><title>Corée · Profils</title></head><body><main id="main" data-pagefind-body=""><h1>Corée</h1><span hidden data-pagefind-meta="figure:DGI 2023 0,935"></span><p>Texte</p></main></body></html>',
    );
  });

  it('drops charts, data tables and scripts', () => {
    const doc = searchDocument(page('<main data-pagefind-body=""><p>A</p><svg class="chart"><text>Korea</text></svg><table><tr><td>0.935</td></tr></table><script type="module">x()</script><p>B</p></main>'))!;
    expect(doc).toContain('<p>A</p><p>B</p>');
    expect(doc).not.toMatch(/svg|table|script|0\.935/);
  });

  it('skips pages that opt out of search', () => {
    expect(searchDocument(page('<main id="main"><h1>Recherche</h1></main>'))).toBeUndefined();
  });
});
