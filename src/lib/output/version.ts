import { createHash } from 'node:crypto';
import type { Dataset } from '../model/types.ts';
import { dataVersion } from '../query/changes.ts';

/** The version of the data the footer, the citations, the data package and the JSON downloads name. */
export interface DataVersion {
  /** `1.5.0` from the record of changes, or the 12-hex-digit fingerprint of the figures without one. */
  version: string;
  /** As the reader sees it: `v1.5.0`, or the fingerprint as is. */
  text: string;
  /** The day of the last recorded change (YYYY-MM-DD); none for a fingerprint. */
  created?: string;
}

const fingerprints = new WeakMap<Dataset, string>();

/**
 * The data version: the record of changes' (`query/changes.ts`), or, where the manifest records no change,
 * a deterministic fingerprint of the figures, SHA-256 of every observation (edition, country, indicator,
 * the value as printed and the publication it comes from), sorted, cut to 12 hex digits. It changes
 * exactly when a figure or its source does, never with the build's clock or file order.
 */
export function versionOfData(dataset: Dataset): DataVersion {
  const recorded = dataVersion(dataset.changes);
  if (recorded) return { version: recorded.version, text: `v${recorded.version}`, created: recorded.created };
  let fingerprint = fingerprints.get(dataset);
  if (fingerprint === undefined) {
    const rows = dataset.observations.map((o) => `${o.index}|${o.edition}|${o.iso3}|${o.indicator}|${o.text}|${o.source?.doi ?? ''}`).sort();
    fingerprint = createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 12);
    fingerprints.set(dataset, fingerprint);
  }
  return { version: fingerprint, text: fingerprint };
}
