/** OECD members with the date each deposited its instrument of accession (ISO dates). */
export const oecdAccession: Readonly<Record<string, string>> = {
  AUT: '1961-09-29', BEL: '1961-09-13', CAN: '1961-04-10', DNK: '1961-05-30', FRA: '1961-08-07',
  DEU: '1961-09-27', GRC: '1961-09-27', ISL: '1961-06-05', IRL: '1961-08-17', ITA: '1962-03-29',
  LUX: '1961-12-07', NLD: '1961-11-13', NOR: '1961-07-04', PRT: '1961-08-04', ESP: '1961-08-03',
  SWE: '1961-09-28', CHE: '1961-09-28', TUR: '1961-08-02', GBR: '1961-05-02', USA: '1961-04-12',
  JPN: '1964-04-28', FIN: '1969-01-28', AUS: '1971-06-07', NZL: '1973-05-29', MEX: '1994-05-18',
  CZE: '1995-12-21', HUN: '1996-05-07', POL: '1996-11-22', KOR: '1996-12-12', SVK: '2000-12-14',
  CHL: '2010-05-07', SVN: '2010-07-21', ISR: '2010-09-07', EST: '2010-12-09', LVA: '2016-07-01',
  LTU: '2018-07-05', COL: '2020-04-28', CRI: '2021-05-25',
};

/**
 * Whether `iso3` was an OECD member on `date` (YYYY-MM or YYYY-MM-DD; a month means its last day).
 * With no date, tells current membership.
 */
export function isOecdMember(iso3: string, date?: string): boolean {
  const joined = oecdAccession[iso3];
  if (joined === undefined) return false;
  if (date === undefined) return true;
  const day = date.length === 7 ? `${date}-31` : date;
  return joined <= day;
}
