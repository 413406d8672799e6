import { titled } from '../i18n/format.ts';
import { languages, translate } from '../i18n/translate.ts';
import { headTags, type HeadTag } from '../urls/head.ts';
import { localePath, sitePath } from '../urls/paths.ts';
import type { PageContext } from './context.ts';
import { countryEditionView, type CountryEditionView } from './countryEdition.ts';
import { headlineEdition } from './headline.ts';

/** A country's headline chart alone, for other sites to frame. */
export interface EmbedPage {
  /** "Korea: DGI 2023". */
  title: string;
  /** "Korea: DGI 2023 · Digital Government Profiles". */
  fullTitle: string;
  /** Absolute alternates with SITE_URL, none without. */
  alternates: HeadTag[];
  /** The profile's absolute URL, the canonical page, with SITE_URL. */
  canonical: string | undefined;
  icon: string;
  /** The country's profile, the canonical page and where the chart's links lead. */
  profile: string;
  figures: CountryEditionView;
  /** "Source: OECD (2024), …". */
  source: string;
  siteName: string;
}

/** The embeddable chart of the country's headline edition; undefined for a country no latest edition covers. */
export function embedPage(ctx: PageContext, { iso3 }: { iso3: string }): EmbedPage | undefined {
  const { data, lang, t } = ctx;
  const edition = headlineEdition(data, iso3);
  if (!edition) return undefined;
  const index = data.requireIndex(edition.index);
  const title = titled(lang, data.requireCountry(iso3).name[lang], `${index.shortLabel[lang]} ${edition.edition}`);
  const siteName = t('site.title');
  const path = sitePath.embed(iso3);
  const alternates = headTags({ path, lang, languages, address: ctx.address, base: ctx.base, title, description: title, siteName }).filter((tag) => tag.attrs.rel === 'alternate');
  const canonical = ctx.absolute(localePath(lang, sitePath.country(iso3)));
  return {
    title,
    fullTitle: `${title} · ${siteName}`,
    alternates,
    canonical,
    icon: ctx.file('favicon.svg'),
    profile: ctx.href(sitePath.country(iso3)),
    figures: countryEditionView(ctx, iso3, edition),
    source: translate(lang, 'embed.source', { citation: edition.source.citation }),
    siteName,
  };
}
