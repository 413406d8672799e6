export type FormatValue = (value: number, decimals?: number) => string;

export const DEFAULT_VALUE_DECIMALS = 3;
export const DEFAULT_TICK_DECIMALS = 1;

/** d3-format's `.{decimals}f`: fixed decimals, a true minus sign, and no sign on a value that rounds to zero. */
export const defaultFormatValue: FormatValue = (value, decimals = DEFAULT_VALUE_DECIMALS) => {
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
};

export function localeFormatValue(locale: string, valueDecimals = DEFAULT_VALUE_DECIMALS): FormatValue {
  const formats = new Map<number, Intl.NumberFormat>();
  return (value, decimals = valueDecimals) => {
    let nf = formats.get(decimals);
    if (!nf) {
      nf = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      formats.set(decimals, nf);
    }
    return nf.format(value);
  };
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot write non-finite number ${n} into SVG`);
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function isValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
