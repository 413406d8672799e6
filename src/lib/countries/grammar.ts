import { countryName } from './registry.ts';
import en from './grammar/en.json' with { type: 'json' };
import es from './grammar/es.json' with { type: 'json' };
import fr from './grammar/fr.json' with { type: 'json' };
import type { Lang } from '../i18n/languages.ts';

/** English: whether the name takes "the" in running text, and whether it is plural in form (the Netherlands'). */
interface EnglishGrammar {
  article: boolean;
  plural: boolean;
}

/** French and Spanish: article, gender and number; French also whether le/la/de elide before the name (l'Allemagne, d'Israël). */
interface RomanceGrammar {
  article: boolean;
  gender: 'm' | 'f';
  number: 'singular' | 'plural';
  elision?: boolean;
}

/** Country grammar per language and ISO3 code: data, in src/lib/countries/grammar/{lang}.json. */
export const countryGrammar = { en, fr, es } as unknown as { en: Record<string, EnglishGrammar>; fr: Record<string, RomanceGrammar>; es: Record<string, RomanceGrammar> };

/**
 * The forms a sentence needs of a country's name:
 * `subject` (the United States, les États-Unis, los Estados Unidos), `of` (of the United States,
 * des États-Unis, del Reino Unido), `to` (French à/au/aux, Spanish a/al/a los: the object of "assessed"),
 * `possessive` (English: the Netherlands', Korea's; elsewhere the `of` form).
 */
type CountryForm = 'subject' | 'of' | 'to' | 'possessive';

function grammarOf(iso3: string, lang: Lang): EnglishGrammar | RomanceGrammar {
  const entry = countryGrammar[lang][iso3];
  if (!entry) throw new Error(`src/lib/countries/grammar/${lang}.json: no entry for ${iso3}; add {"article": …} for it`);
  return entry;
}

/** The country's name in the form a sentence needs, with its article where the language needs one. */
export function countryPhrase(iso3: string, lang: Lang, form: CountryForm = 'subject'): string {
  const name = countryName(iso3, lang);
  if (lang === 'en') {
    const g = grammarOf(iso3, lang) as EnglishGrammar;
    const subject = g.article ? `the ${name}` : name;
    if (form === 'of') return `of ${subject}`;
    if (form === 'to') return `to ${subject}`;
    if (form === 'possessive') return g.plural ? `${subject}'` : `${subject}'s`;
    return subject;
  }
  const g = grammarOf(iso3, lang) as RomanceGrammar;
  return lang === 'fr' ? french(name, g, form) : spanish(name, g, form);
}

function french(name: string, g: RomanceGrammar, form: CountryForm): string {
  const elide = g.elision === true;
  if (!g.article) {
    if (form === 'of' || form === 'possessive') return elide ? `d'${name}` : `de ${name}`;
    if (form === 'to') return `à ${name}`;
    return name;
  }
  if (g.number === 'plural') return { subject: `les ${name}`, of: `des ${name}`, possessive: `des ${name}`, to: `aux ${name}` }[form];
  if (elide) return { subject: `l'${name}`, of: `de l'${name}`, possessive: `de l'${name}`, to: `à l'${name}` }[form];
  if (g.gender === 'm') return { subject: `le ${name}`, of: `du ${name}`, possessive: `du ${name}`, to: `au ${name}` }[form];
  return { subject: `la ${name}`, of: `de la ${name}`, possessive: `de la ${name}`, to: `à la ${name}` }[form];
}

function spanish(name: string, g: RomanceGrammar, form: CountryForm): string {
  if (!g.article) return { subject: name, of: `de ${name}`, possessive: `de ${name}`, to: `a ${name}` }[form];
  const article = g.number === 'plural' ? (g.gender === 'm' ? 'los' : 'las') : g.gender === 'm' ? 'el' : 'la';
  if (article === 'el') return { subject: `el ${name}`, of: `del ${name}`, possessive: `del ${name}`, to: `al ${name}` }[form];
  return { subject: `${article} ${name}`, of: `de ${article} ${name}`, possessive: `de ${article} ${name}`, to: `a ${article} ${name}` }[form];
}

/**
 * The grammatical number a verb agrees with when the country is its subject, for `select` in messages:
 * "les États-Unis n'ont pas participé", "los Estados Unidos no participaron"; English names take a
 * singular verb ("the Netherlands scores").
 */
export function countryNumber(iso3: string, lang: Lang): 'singular' | 'plural' {
  if (lang === 'en') return 'singular';
  const g = grammarOf(iso3, lang) as RomanceGrammar;
  return g.article ? g.number : 'singular';
}
