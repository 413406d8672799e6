import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Lang } from '../i18n/languages.ts';

/** ISO country names of each site language, from i18n-iso-countries (kept apart from languages.ts so client scripts do not bundle them). */
export const isoCountryNames = { en, fr, es } satisfies Record<Lang, { locale: string; countries: Record<string, string | string[]> }>;
