/** One value as a source file states it, before country, indicator and number are checked. */
export interface RawRecord {
  line: number;
  /** The country as written: an ISO3 code or a name, per `countryKind`. */
  country: string;
  countryKind: 'code' | 'name';
  /** The country's label where the export prints one beside the code (SDMX with labels, OECD.Stat). */
  countryLabel?: string;
  /** Source variable, column or code, before mapping to an indicator id. */
  variable: string;
  value: string;
}
