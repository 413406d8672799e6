import { languages, type Lang } from '../i18n/languages.ts';
import { quote, type DataIssue } from '../issues.ts';
import type { Localized } from '../manifest/schema.ts';
import { readCsv } from '../csv/readCsv.ts';
import type { Source } from './schema.ts';

/** The file holding the translations of the methodology's texts into `lang`. */
const labelsFile = (lang: Lang) => `labels-${lang}.csv`;

/** English names of the languages, for messages to editors. */
const languageName = (lang: Lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

/**
 * Turns the English texts of the methodology files into texts in every site language, from
 * `labels-{lang}.csv` (columns `en` and the language code). A text without a translation is reported once
 * per language, at the first place it is used, with the row to add.
 */
export class Translations {
  private readonly tables = new Map<Lang, Map<string, string>>();
  private readonly reported = new Set<string>();
  private readonly shown: (name: string) => string;
  private readonly issues: DataIssue[];

  constructor(read: (name: string) => { text: string; file: string } | undefined, shown: (name: string) => string, issues: DataIssue[]) {
    this.shown = shown;
    this.issues = issues;
    for (const lang of languages) {
      if (lang === 'en') continue;
      const table = new Map<string, string>();
      this.tables.set(lang, table);
      const input = read(labelsFile(lang));
      if (!input) {
        issues.push({ file: shown(labelsFile(lang)), message: `the ${languageName(lang)} translations of the methodology are missing; create the file with the columns en,${lang}` });
        continue;
      }
      const { table: csv, issues: problems } = readCsv(input.text, input.file);
      issues.push(...problems);
      if (!csv) continue;
      if (csv.header.length !== 2 || csv.header[0] !== 'en' || csv.header[1] !== lang) {
        issues.push({ file: input.file, line: 1, message: `the header is ${quote(csv.header.join(','))}; it must be en,${lang}` });
        continue;
      }
      for (const { line, cells } of csv.rows) {
        const [en = '', translation = ''] = cells.map((c) => c.trim());
        if (!en || !translation) issues.push({ file: input.file, line, message: `${quote(en || translation)} lacks ${en ? 'its translation' : 'the English text'}; fill in both cells` });
        else if (table.has(en)) issues.push({ file: input.file, line, message: `${quote(en)} is translated twice; keep one row` });
        else table.set(en, translation);
      }
    }
  }

  /** `en` in every language; a missing translation is reported against `at`. */
  localize(en: string, at: Source, what: string): Localized {
    const out = { en } as Localized;
    for (const [lang, table] of this.tables) {
      const found = table.get(en);
      if (found !== undefined) out[lang] = found;
      else {
        out[lang] = en;
        const key = `${lang}\u0000${en}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        this.issues.push({ file: at.file, line: at.line, message: `the ${what} ${quote(en)} has no ${languageName(lang)} translation; add a row with it and its translation to ${this.shown(labelsFile(lang))}` });
      }
    }
    return out;
  }
}
