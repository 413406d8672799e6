import { titled } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import { headlineEdition } from './headline.ts';
import { sitePath } from '../urls/paths.ts';
import { countryEditionView, type CountryEditionView } from './countryEdition.ts';

/** A country's headline chart alone, for other sites to frame. */
export interface EmbedPage {
  /** "Korea: DGI 2023". */
  title: string;
  /** The embed's own path (`embed/countries/kor/`). */
  path: string;
  /** The country's profile, the canonical page and where the chart's links lead. */
  profile: string;
  figures: CountryEditionView;
  /** "Source: OECD (2024), …". */
  source: string;
}

/** The embeddable chart of the country's headline edition; undefined for a country no latest edition covers. */
export function embedPage(site: DataIndex, lang: Lang, iso3: string): EmbedPage | undefined {
  const edition = headlineEdition(site, iso3);
  if (!edition) return undefined;
  const index = site.index(edition.index)!;
  return {
    title: titled(lang, site.country(iso3)!.name[lang], `${index.shortLabel[lang]} ${edition.edition}`),
    path: sitePath.embed(iso3),
    profile: sitePath.country(iso3),
    figures: countryEditionView(site, lang, iso3, edition),
    source: translate(lang, 'embed.source', { citation: edition.source.citation }),
  };
}
