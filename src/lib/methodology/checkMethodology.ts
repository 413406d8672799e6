import { quote, type DataIssue } from '../issues.ts';
import type { z } from 'zod';
import { percent, type Row } from './readRows.ts';
import type { DimensionMethodology, questionRowSchema, structureRowSchema } from './schema.ts';
import type { Translations } from './translations.ts';

/**
 * Printed weights are rounded (to 2 decimals: ±0.005 points each), so a sum of n printed parts may miss
 * the printed whole by up to (n + 1) half-units and still be right.
 */
export function roundingAllowance(parts: string[], whole: string): number {
  const half = (text: string) => 0.5 * 10 ** -((text.replace('%', '').split('.')[1] ?? '').length);
  return parts.reduce((sum, p) => sum + half(p), half(whole));
}

const points = (n: number) => Number(n.toFixed(3)).toString();

/** Each dimension's facet weights add up to its weight, within the printed rounding. */
export function checkWeights(dimensions: DimensionMethodology[], title: string, issues: DataIssue[]): void {
  for (const d of dimensions) {
    const weighted = d.facets.filter((f) => f.weightText);
    if (!d.weightText || weighted.length !== d.facets.length) continue;
    const sum = weighted.reduce((s, f) => s + f.weight!, 0);
    const allowed = roundingAllowance(weighted.map((f) => f.weightText!), d.weightText);
    if (Math.abs(sum - d.weight!) > allowed + 1e-9) {
      issues.push({ ...d.source, message: `the facet weights of ${title} ${quote(d.dimension)} add up to ${points(sum)}%, not the dimension's ${d.weightText} (printed rounding allows ±${points(allowed)} points); correct facet_weights or dimension_weight` });
    }
  }
}

type QuestionRow = Row<z.infer<typeof questionRowSchema>>;
type StructureRow = Row<z.infer<typeof structureRowSchema>>;

/**
 * Attaches the questions to their facets and checks them: every dimension has questions, every question
 * is in one facet only, its facet is one of the dimension's with the same weight, the questions of a
 * facet add up to its weight within the printed rounding, and their number is the one the dimensions file gives.
 */
export function checkQuestions(rows: QuestionRow[], dimensions: DimensionMethodology[], expected: string[], file: string, title: string, words: Translations, issues: DataIssue[]): void {
  const seen = new Map<string, QuestionRow>();
  for (const row of rows) {
    const at = { file, line: row.line };
    const dimension = dimensionOf(row, dimensions, expected, at, title, issues);
    if (!dimension) continue;
    const facet = dimension.facets.find((f) => f.key === row.facet);
    if (!facet) {
      issues.push({ ...at, message: `facet ${quote(row.facet)} is not a facet of ${title} ${quote(row.dimension)} in ${dimension.source.file}:${dimension.source.line}; use one of ${dimension.facets.map((f) => f.key).join(', ')}` });
      continue;
    }
    const before = seen.get(row.question);
    if (before) {
      issues.push({ ...at, message: `question ${quote(row.question)} is already listed under ${quote(before.dimension)} / ${quote(before.facet)} (line ${before.line}); a question belongs to one facet only: remove one of the rows` });
      continue;
    }
    seen.set(row.question, row);
    if (facet.weightText && percent(row.facet_weight) !== facet.weight) {
      issues.push({ ...at, message: `column "facet_weight": ${quote(row.facet_weight)} differs from the weight of ${quote(row.dimension)} / ${quote(row.facet)} in ${dimension.source.file}:${dimension.source.line} (${facet.weightText}); make them agree` });
    }
    facet.questions.push({
      number: row.question,
      label: words.localize(row.label, at, 'question label'),
      type: words.localize(row.question_type, at, 'question type'),
      weight: percent(row.weight),
      weightText: row.weight,
      page: Number(row.page),
      table: row.table,
      source: at,
    });
  }
  for (const d of dimensions) {
    if (!d.facets.some((f) => f.questions.length)) {
      issues.push({ file, message: `${title} lists no question for the dimension ${quote(d.dimension)}; add its questions` });
      continue;
    }
    for (const f of d.facets) {
      if (f.questions.length !== f.count) {
        issues.push({ ...d.source, message: `${title} ${quote(d.dimension)} counts ${f.count} questions under ${quote(f.key)}, but ${file} lists ${f.questions.length}; correct the count or the questions` });
        continue;
      }
      if (!f.weightText || f.questions.length === 0) continue;
      const sum = f.questions.reduce((s, q) => s + q.weight, 0);
      const allowed = roundingAllowance(f.questions.map((q) => q.weightText), f.weightText);
      if (Math.abs(sum - f.weight!) > allowed + 1e-9) {
        issues.push({ ...f.questions[0]!.source, message: `${f.questions.length === 1 ? 'the question' : `the ${f.questions.length} questions`} of ${title} ${quote(d.dimension)} / ${quote(f.key)} ${f.questions.length === 1 ? 'weighs' : 'add up to'} ${points(sum)}%, not the facet's ${f.weightText} (printed rounding allows ±${points(allowed)} points); correct a weight or facet_weight` });
      }
    }
  }
}

/** Attaches the 2019-style parameters and checks the item counts per facet against the dimensions file. */
export function checkCounts(rows: StructureRow[], dimensions: DimensionMethodology[], expected: string[], file: string, title: string, words: Translations, issues: DataIssue[]): void {
  const counted = new Map<string, number>();
  for (const row of rows) {
    const at = { file, line: row.line };
    const dimension = dimensionOf(row, dimensions, expected, at, title, issues);
    if (!dimension) continue;
    if (row.row_type === 'parameter') {
      dimension.parameters.push({ text: words.localize(row.parameter, at, 'parameter'), page: Number(row.page), table: row.table, source: at });
      continue;
    }
    const facet = dimension.facets.find((f) => f.key === row.facet);
    const key = `${row.dimension}\u0000${row.facet}`;
    if (!facet) issues.push({ ...at, message: `facet ${quote(row.facet)} is not a facet of ${title} ${quote(row.dimension)}; use one of ${dimension.facets.map((f) => f.key).join(', ')}` });
    else if (counted.has(key)) issues.push({ ...at, message: `the items of ${quote(row.dimension)} / ${quote(row.facet)} are counted twice; keep one row` });
    else if (Number(row.items) !== facet.count) issues.push({ ...at, message: `${row.items} items under ${quote(row.dimension)} / ${quote(row.facet)}, but ${dimension.source.file}:${dimension.source.line} counts ${facet.count}; make them agree` });
    counted.set(key, Number(row.items));
  }
  for (const d of dimensions) {
    if (d.parameterCount !== undefined && d.parameterCount !== d.parameters.length) {
      issues.push({ ...d.source, message: `${title} ${quote(d.dimension)} says ${d.parameterCount} parameters are listed, but ${file} lists ${d.parameters.length}; correct the count or the parameters` });
    }
    const missing = d.facets.filter((f) => !counted.has(`${d.dimension}\u0000${f.key}`));
    if (missing.length) issues.push({ file, message: `${title} ${quote(d.dimension)} has no item count for ${missing.map((f) => quote(f.key)).join(', ')}; add a facet_item_count row for each` });
  }
}

/**
 * The dimension a row names. A dimension the index does not have is reported; one it has but the dimensions
 * file lacks gives undefined silently (the dimensions check reports that dimension once).
 */
function dimensionOf(row: { dimension: string }, dimensions: DimensionMethodology[], expected: string[], at: { file: string; line: number }, title: string, issues: DataIssue[]): DimensionMethodology | undefined {
  const dimension = dimensions.find((d) => d.dimension === row.dimension);
  if (!dimension && !expected.includes(row.dimension)) issues.push({ ...at, message: `dimension ${quote(row.dimension)} is not a dimension of ${title}; use one of ${expected.join(', ')}` });
  return dimension;
}
