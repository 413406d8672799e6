import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const text = (en: string, fr: string, es: string) => ({ en, fr, es });

/** The correction the added-editions build records: Korea's DGI 2027 digital-by-design score, 0.08 before, 0.8 now. */
export const fixtureCorrection = { index: 'dgi', edition: '2027', country: 'KOR', indicator: 'digital-by-design', before: '0.08', after: '0.8', date: '2028-03-01' } as const;

/**
 * Records, as an editor would, that the fixture DGI 2027 edition was added and that one of its values
 * was then corrected (test/helpers/addedEditionsBuild.ts adds the edition itself).
 */
export function recordFixtureChanges(dataDir: string): void {
  const path = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const c = fixtureCorrection;
  manifest.changes.push(
    {
      date: '2028-02-20', kind: 'edition-added', editions: [{ index: 'dgi', edition: '2027' }],
      text: text('Added the fixture DGI 2027 edition.', "Ajout de l'édition fictive DGI 2027.", 'Se añadió la edición ficticia DGI 2027.'),
    },
    {
      date: c.date, kind: 'value-corrected', editions: [{ index: c.index, edition: c.edition }],
      values: [{ country: c.country, indicator: c.indicator, before: c.before, after: c.after }],
      text: text('A transcription slip in the fixture edition was fixed.', "Une erreur de transcription de l'édition fictive a été corrigée.", 'Se corrigió un error de transcripción de la edición ficticia.'),
    },
  );
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}
