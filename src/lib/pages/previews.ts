import { formatNumber, formatRank } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { Edition } from '../model/types.ts';
import { latestComplete, scaleMax, shownAverage } from '../query/editions.ts';
import { scoreCell } from '../statements/cells.ts';
import { statementsOf } from '../statements/stateFigure.ts';
import { profileView } from './profileLeads.ts';
import type { DataIndex } from '../query/dataIndex.ts';
import type { PreviewCard, PreviewRow } from '../output/previewSvg.ts';
import { decimalsOf } from './figures.ts';
import { localePath, sitePath } from '../urls/paths.ts';

/** Size of every link-preview image (the Open Graph / Twitter large-card size). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Language-neutral path of the generic preview used by pages without their own (home, downloads …). */
const SITE_PREVIEW = 'site/';

/** Site path of the preview image of a language-neutral page path: `countries/kor/` → `og/fr/countries/kor.png`. */
export function previewImagePath(lang: Lang, pagePath: string): string {
  return `og/${localePath(lang, pagePath).replace(/\/$/, '')}.png`;
}

/** Share of the scale a composite fills, for the bar behind it. */
function share(data: DataIndex, edition: Edition, indicator: string, value: number): number {
  const { min, max } = data.requireIndex(edition.index).scale;
  const top = scaleMax(edition, data.requireIndicator(edition.index, indicator).level) ?? max;
  return Math.min(1, Math.max(0, (value - min) / (top - min)));
}

/** A profile's card: per index the lead the profile shows (newest edition covering the country, partial marked). */
function countryCard(data: DataIndex, lang: Lang, iso3: string, siteName: string): PreviewCard {
  const view = profileView(data, lang, iso3);
  const rows: PreviewRow[] = view.leads.map((lead) => {
    const o = lead.edition && data.observation(lead.index, lead.edition.edition, iso3, 'composite');
    if (!lead.edition || !lead.statement) {
      // No edition covers the country: the newest edition's reason, in its true words ("did not take part").
      const newest = statementsOf(data).figure(lead.index, data.editions(lead.index).at(-1)!.edition, iso3, 'composite')!;
      return { label: lead.heading, value: scoreCell(newest, lang), detail: '', share: null };
    }
    return {
      label: lead.heading,
      value: scoreCell(lead.statement, lang),
      // A partial edition's heading already says it is partial, which is why it has no rank.
      detail: lead.partial ? '' : lead.rank ?? '',
      share: o ? share(data, lead.edition, 'composite', o.value) : null,
    };
  });
  return { path: sitePath.country(iso3), eyebrow: translate(lang, 'country.profile'), heading: view.name, rows, footer: siteName };
}

/** The OECD average and the top three of one indicator in its newest complete (ranked) edition with data. */
function rankingRows(data: DataIndex, lang: Lang, index: string, indicator: string): { edition: Edition; rows: PreviewRow[] } {
  const newestFirst = [...data.editions(index)].reverse();
  const edition = newestFirst.find((e) => e.status === 'complete' && data.ranking(index, e.edition, indicator).length > 0) ?? latestComplete(data, index);
  const decimals = decimalsOf(data, index, edition.edition, indicator);
  const rows: PreviewRow[] = [];
  const average = shownAverage(data, data.stats(index, edition.edition, indicator), lang);
  if (average) rows.push({ label: translate(lang, average.printed ? 'country.printedAverage' : 'table.average'), value: average.text, detail: '', share: share(data, edition, indicator, average.value) });
  const top = data.ranking(index, edition.edition, indicator).filter((o) => o.rank !== null && o.rank <= 3).slice(0, 3);
  for (const o of top) {
    rows.push({ label: data.requireCountry(o.iso3).name[lang], value: formatNumber(o.value, decimals, lang), detail: formatRank(o.rank, o.rankedOf, edition.rankedSet, lang), share: share(data, edition, indicator, o.value) });
  }
  return { edition, rows };
}

/**
 * The content of every link-preview image in one language: a card per country profile, index page and
 * policy-area page, drawn from the same figures as the page, plus one generic card for the other pages.
 */
export function previewCards(data: DataIndex, lang: Lang): PreviewCard[] {
  const siteName = translate(lang, 'site.title');
  const cards: PreviewCard[] = [{ path: SITE_PREVIEW, eyebrow: translate(lang, 'site.unofficial'), heading: siteName, rows: [], footer: translate(lang, 'site.tagline') }];
  for (const country of data.dataset.countries) cards.push(countryCard(data, lang, country.iso3, siteName));
  for (const index of data.dataset.indices) {
    const { edition, rows } = rankingRows(data, lang, index.id, 'composite');
    cards.push({ path: sitePath.indicator(index.id), eyebrow: `${index.shortLabel[lang]} ${edition.edition}`, heading: index.label[lang], rows, footer: siteName });
    for (const indicator of index.indicators.filter((i) => i.id !== 'composite')) {
      const area = rankingRows(data, lang, index.id, indicator.id);
      cards.push({ path: sitePath.indicator(index.id, indicator.id), eyebrow: `${index.shortLabel[lang]} ${area.edition.edition} · ${translate(lang, 'type.policyArea')}`, heading: indicator.label[lang], rows: area.rows, footer: siteName });
    }
  }
  return cards;
}

const cache = new WeakMap<DataIndex, Map<Lang, Map<string, PreviewCard>>>();

/** The preview card of a page path in `lang` (the generic card where the page has none of its own), memoized per dataset. */
export function previewFor(data: DataIndex, lang: Lang, pagePath: string): PreviewCard {
  let byLang = cache.get(data);
  if (!byLang) cache.set(data, (byLang = new Map()));
  let cards = byLang.get(lang);
  if (!cards) byLang.set(lang, (cards = new Map(previewCards(data, lang).map((c) => [c.path, c]))));
  return cards.get(pagePath) ?? cards.get(SITE_PREVIEW)!;
}

/** Text equivalent of a preview image, for og:image:alt. */
export function previewAlt(card: PreviewCard): string {
  const rows = card.rows.map((r) => [r.label, r.value, r.detail].filter(Boolean).join(' ')).join('; ');
  return [card.heading, card.eyebrow, rows].filter(Boolean).join('. ');
}
