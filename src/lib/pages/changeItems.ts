import { formatDate, formatNumber } from '../i18n/format.ts';
import { listOf } from '../i18n/phrases.ts';
import type { ChangeEntry, CorrectedValue, EditionRef } from '../manifest/changesSchema.ts';
import { changesIn, type ChangeScope, type RecordedChange } from '../query/changes.ts';
import { sitePath } from '../urls/paths.ts';
import type { Link, PageContext } from './context.ts';

/** One recorded change in the reader's language, as What's new, the feeds and the pages show it. */
export interface ChangeItem {
  /** Its place in the record (`changes[n]`), its identity in feeds and anchors (`change-3`). */
  at: number;
  anchor: string;
  /** YYYY-MM-DD. */
  date: string;
  dateText: string;
  kind: ChangeEntry['kind'];
  kindLabel: string;
  /** "Edition added: DGI 2025". */
  title: string;
  /** The editor's sentence. */
  text: string;
  /** Each corrected value: "Korea, Digital by design in DGI 2023, is 0.971 (it was 0.97)". */
  corrections: string[];
  /** The page to look at: "See Korea". */
  look: Link;
}

/** "DGI 2025". */
function editionName(ctx: PageContext, ref: EditionRef): string {
  return `${ctx.data.index(ref.index)?.shortLabel[ctx.lang] ?? ref.index} ${ref.edition}`;
}

/** A value as written in the file ("0.971"), in the reader's number format with its own decimals. */
function asWritten(text: string, ctx: PageContext): string {
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  return formatNumber(Number(text), decimals, ctx.lang);
}

function correctedValue(ctx: PageContext, ref: EditionRef, v: CorrectedValue): string {
  return ctx.t('follow.correctedValue', {
    country: ctx.data.country(v.country)?.name[ctx.lang] ?? v.country,
    indicator: ctx.data.indicator(ref.index, v.indicator)?.label[ctx.lang] ?? v.indicator,
    edition: editionName(ctx, ref),
    after: asWritten(v.after, ctx),
    before: asWritten(v.before, ctx),
  });
}

/** The page a change is best looked at on: within a country's scope its profile, else the one country corrected or the index. */
function lookAt(ctx: PageContext, change: ChangeEntry, scope: ChangeScope): Link {
  const country = (iso3: string): Link => ({ text: ctx.data.country(iso3)?.name[ctx.lang] ?? iso3, href: ctx.href(sitePath.country(iso3)) });
  if (scope.kind === 'country') return country(scope.iso3);
  const corrected = change.kind === 'value-corrected' ? [...new Set(change.values.map((v) => v.country))] : [];
  if (corrected.length === 1) return country(corrected[0]!);
  const index = scope.kind === 'index' ? scope.index : change.editions[0]!.index;
  return { text: ctx.data.index(index)?.label[ctx.lang] ?? index, href: ctx.href(sitePath.indicator(index)) };
}

function changeItem(ctx: PageContext, { at, change }: RecordedChange, scope: ChangeScope = { kind: 'site' }): ChangeItem {
  const kindLabel = ctx.t(`follow.kind.${change.kind}`);
  const ref = change.editions[0]!;
  return {
    at,
    anchor: `change-${at}`,
    date: change.date,
    dateText: formatDate(change.date, ctx.lang),
    kind: change.kind,
    kindLabel,
    title: ctx.t('follow.entryTitle', { kind: kindLabel, editions: listOf(change.editions.map((e) => editionName(ctx, e)), ctx.lang) }),
    text: change.text[ctx.lang],
    corrections: change.kind === 'value-corrected' ? change.values.map((v) => correctedValue(ctx, ref, v)) : [],
    look: (({ text, href }) => ({ text: ctx.t('follow.whatsNew.look', { page: text }), href }))(lookAt(ctx, change, scope)),
  };
}

/** The changes of `scope`, newest first, in the reader's language. */
export function changeItems(ctx: PageContext, scope: ChangeScope): ChangeItem[] {
  return changesIn(ctx.data, scope).map((recorded) => changeItem(ctx, recorded, scope));
}

/**
 * The corrections a page shows near its figures: "Corrected on 5 December 2026: Korea, Digital by design
 * in DGI 2023, is 0.971 (it was 0.97)." Only the values of `scope` (a country, or an index's indicator).
 */
export function correctionNotes(ctx: PageContext, scope: ChangeScope): string[] {
  return changesIn(ctx.data, scope).flatMap(({ change }) => {
    if (change.kind !== 'value-corrected') return [];
    const ref = change.editions[0]!;
    const values = change.values.filter((v) => (scope.kind === 'country' ? v.country === scope.iso3 : scope.kind === 'index' && scope.indicator ? v.indicator === scope.indicator : true));
    if (!values.length) return [];
    return [ctx.t('follow.correctedOn', { date: formatDate(change.date, ctx.lang), values: listOf(values.map((v) => correctedValue(ctx, ref, v)), ctx.lang) })];
  });
}
