export const kB = 1000;
export const MB = 1000 * 1000;

export const fmtBytes = (b: number) => (b >= MB ? `${(b / MB).toFixed(b >= 100 * MB ? 0 : 1)} MB` : `${(b / kB).toFixed(1)} kB`);
export const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
export const fmtLimit = (value: number, unit: string) => (unit === 's' ? `${value / 1000} s` : unit === 'ms' ? `${value} ms` : unit === 'MB' ? `${value / MB} MB` : unit === 'kB' ? `${value / kB} kB` : `${value} B`);
