/**
 * The part of a built page that search indexes: its language, title and `<main>` (the element Pagefind
 * reads), without the SVG charts, data tables and scripts that it would parse only to ignore. Returns
 * undefined for pages that opt out (no `data-pagefind-body`).
 */
export function searchDocument(html: string): string | undefined {
  const main = /<main\b[^>]*data-pagefind-body[^>]*>[\s\S]*<\/main>/.exec(html)?.[0];
  if (!main) return undefined;
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const body = main
    .replace(/<svg\b[\s\S]*?<\/svg>/g, '')
    .replace(/<table\b[\s\S]*?<\/table>/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '');
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${body}</body></html>`;
}
