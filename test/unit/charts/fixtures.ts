import type { RankedBarRow } from '../../../src/lib/charts/index.ts';

// OECD (2024), 2023 OECD Digital Government Index, Table A.1, as transcribed in shared/data/oecd/dgi-2023.csv.
// Ranks: OECD members only, competition ranking; PER, BRA, ARG, HRV, ROU unranked; DEU, GRC, SVK, CHE, USA not covered.
export const DGI_2023_COMPOSITE: readonly RankedBarRow[] = [
  { code: 'ARG', label: 'Argentina', value: 0.417, rank: null },
  { code: 'AUS', label: 'Australia', value: 0.753, rank: 5 },
  { code: 'AUT', label: 'Austria', value: 0.547, rank: 23 },
  { code: 'BEL', label: 'Belgium', value: 0.539, rank: 24 },
  { code: 'BRA', label: 'Brazil', value: 0.619, rank: null },
  { code: 'CAN', label: 'Canada', value: 0.655, rank: 10 },
  { code: 'CHE', label: 'Switzerland', value: null, rank: null },
  { code: 'CHL', label: 'Chile', value: 0.398, rank: 32 },
  { code: 'COL', label: 'Colombia', value: 0.736, rank: 7 },
  { code: 'CRI', label: 'Costa Rica', value: 0.224, rank: 33 },
  { code: 'CZE', label: 'Czechia', value: 0.593, rank: 17 },
  { code: 'DEU', label: 'Germany', value: null, rank: null },
  { code: 'DNK', label: 'Denmark', value: 0.811, rank: 2 },
  { code: 'ESP', label: 'Spain', value: 0.599, rank: 15 },
  { code: 'EST', label: 'Estonia', value: 0.742, rank: 6 },
  { code: 'FIN', label: 'Finland', value: 0.639, rank: 12 },
  { code: 'FRA', label: 'France', value: 0.665, rank: 9 },
  { code: 'GBR', label: 'United Kingdom', value: 0.775, rank: 3 },
  { code: 'GRC', label: 'Greece', value: null, rank: null },
  { code: 'HRV', label: 'Croatia', value: 0.358, rank: null },
  { code: 'HUN', label: 'Hungary', value: 0.491, rank: 30 },
  { code: 'IRL', label: 'Ireland', value: 0.714, rank: 8 },
  { code: 'ISL', label: 'Iceland', value: 0.636, rank: 13 },
  { code: 'ISR', label: 'Israel', value: 0.495, rank: 29 },
  { code: 'ITA', label: 'Italy', value: 0.578, rank: 19 },
  { code: 'JPN', label: 'Japan', value: 0.483, rank: 31 },
  { code: 'KOR', label: 'Korea', value: 0.935, rank: 1 },
  { code: 'LTU', label: 'Lithuania', value: 0.608, rank: 14 },
  { code: 'LUX', label: 'Luxembourg', value: 0.567, rank: 21 },
  { code: 'LVA', label: 'Latvia', value: 0.597, rank: 16 },
  { code: 'MEX', label: 'Mexico', value: 0.536, rank: 25 },
  { code: 'NLD', label: 'Netherlands', value: 0.562, rank: 22 },
  { code: 'NOR', label: 'Norway', value: 0.77, rank: 4 },
  { code: 'NZL', label: 'New Zealand', value: 0.5, rank: 27 },
  { code: 'PER', label: 'Peru', value: 0.62, rank: null },
  { code: 'POL', label: 'Poland', value: 0.571, rank: 20 },
  { code: 'PRT', label: 'Portugal', value: 0.64, rank: 11 },
  { code: 'ROU', label: 'Romania', value: 0.198, rank: null },
  { code: 'SVK', label: 'Slovak Republic', value: null, rank: null },
  { code: 'SVN', label: 'Slovenia', value: 0.498, rank: 28 },
  { code: 'SWE', label: 'Sweden', value: 0.525, rank: 26 },
  { code: 'TUR', label: 'Türkiye', value: 0.586, rank: 18 },
  { code: 'USA', label: 'United States', value: null, rank: null },
];

export const DGI_2023_AVERAGE = 0.605;
export const DGI_2023_SD = 0.13;

// OECD (2020), Digital Government Index: 2019 results, Table 1. All participants ranked together; Ireland and Chile tie at 0.411.
export const DGI_2019_COMPOSITE: readonly RankedBarRow[] = [
  { code: 'ARG', label: 'Argentina', value: 0.342, rank: 31 },
  { code: 'AUS', label: 'Australia', value: null, rank: null },
  { code: 'AUT', label: 'Austria', value: 0.452, rank: 20 },
  { code: 'BEL', label: 'Belgium', value: 0.406, rank: 25 },
  { code: 'BRA', label: 'Brazil', value: 0.519, rank: 16 },
  { code: 'CAN', label: 'Canada', value: 0.629, rank: 6 },
  { code: 'CHE', label: 'Switzerland', value: null, rank: null },
  { code: 'CHL', label: 'Chile', value: 0.411, rank: 23 },
  { code: 'COL', label: 'Colombia', value: 0.729, rank: 3 },
  { code: 'CZE', label: 'Czechia', value: 0.434, rank: 22 },
  { code: 'DEU', label: 'Germany', value: 0.398, rank: 26 },
  { code: 'DNK', label: 'Denmark', value: 0.652, rank: 4 },
  { code: 'ESP', label: 'Spain', value: 0.621, rank: 7 },
  { code: 'EST', label: 'Estonia', value: 0.478, rank: 18 },
  { code: 'FIN', label: 'Finland', value: 0.356, rank: 28 },
  { code: 'FRA', label: 'France', value: 0.573, rank: 11 },
  { code: 'GBR', label: 'United Kingdom', value: 0.736, rank: 2 },
  { code: 'GRC', label: 'Greece', value: 0.347, rank: 29 },
  { code: 'HUN', label: 'Hungary', value: null, rank: null },
  { code: 'IRL', label: 'Ireland', value: 0.411, rank: 23 },
  { code: 'ISL', label: 'Iceland', value: 0.282, rank: 32 },
  { code: 'ISR', label: 'Israel', value: 0.604, rank: 8 },
  { code: 'ITA', label: 'Italy', value: 0.534, rank: 15 },
  { code: 'JPN', label: 'Japan', value: 0.645, rank: 5 },
  { code: 'KOR', label: 'Korea', value: 0.742, rank: 1 },
  { code: 'LTU', label: 'Lithuania', value: 0.397, rank: 27 },
  { code: 'LUX', label: 'Luxembourg', value: 0.538, rank: 14 },
  { code: 'LVA', label: 'Latvia', value: 0.474, rank: 19 },
  { code: 'MEX', label: 'Mexico', value: null, rank: null },
  { code: 'NLD', label: 'Netherlands', value: 0.45, rank: 21 },
  { code: 'NOR', label: 'Norway', value: 0.55, rank: 13 },
  { code: 'NZL', label: 'New Zealand', value: 0.564, rank: 12 },
  { code: 'PAN', label: 'Panama', value: 0.343, rank: 30 },
  { code: 'POL', label: 'Poland', value: null, rank: null },
  { code: 'PRT', label: 'Portugal', value: 0.58, rank: 10 },
  { code: 'SVK', label: 'Slovak Republic', value: null, rank: null },
  { code: 'SVN', label: 'Slovenia', value: 0.513, rank: 17 },
  { code: 'SWE', label: 'Sweden', value: 0.257, rank: 33 },
  { code: 'TUR', label: 'Türkiye', value: null, rank: null },
  { code: 'URY', label: 'Uruguay', value: 0.602, rank: 9 },
  { code: 'USA', label: 'United States', value: null, rank: null },
];

export const DGI_2019_AVERAGE = 0.501;

export interface DimensionFixture {
  id: string;
  label: string;
  average: number;
  min: number;
  max: number;
  values: Readonly<Record<string, number>>;
  ranks: Readonly<Record<string, number>>;
}

export const DGI_2023_DIMENSIONS: readonly DimensionFixture[] = [
  {
    id: 'digital_design',
    label: 'Digital by design',
    average: 0.684,
    min: 0.283,
    max: 0.973,
    values: { KOR: 0.971, DNK: 0.851, GBR: 0.914, FRA: 0.677, EST: 0.692, CRI: 0.283, AUS: 0.973, NOR: 0.758, COL: 0.814 },
    ranks: { KOR: 2, DNK: 4, GBR: 3, FRA: 18, EST: 13, CRI: 33, AUS: 1, NOR: 10, COL: 7 },
  },
  {
    id: 'data_driven',
    label: 'Data-driven public sector',
    average: 0.633,
    min: 0.317,
    max: 1.0,
    values: { KOR: 1.0, DNK: 0.833, GBR: 0.598, FRA: 0.816, EST: 0.949, CRI: 0.317, AUS: 0.774, NOR: 0.851, COL: 0.794 },
    ranks: { KOR: 1, DNK: 5, GBR: 16, FRA: 6, EST: 2, CRI: 33, AUS: 8, NOR: 4, COL: 7 },
  },
  {
    id: 'govt_as_platform',
    label: 'Government as a platform',
    average: 0.615,
    min: 0.118,
    max: 0.913,
    values: { KOR: 0.913, DNK: 0.896, GBR: 0.696, FRA: 0.577, EST: 0.705, CRI: 0.118, AUS: 0.738, NOR: 0.818, COL: 0.654 },
    ranks: { KOR: 1, DNK: 2, GBR: 7, FRA: 25, EST: 6, CRI: 33, AUS: 5, NOR: 3, COL: 14 },
  },
  {
    id: 'open_default',
    label: 'Open by default',
    average: 0.525,
    min: 0.235,
    max: 0.882,
    values: { KOR: 0.882, DNK: 0.783, GBR: 0.667, FRA: 0.761, EST: 0.623, CRI: 0.288, AUS: 0.466, NOR: 0.588, COL: 0.731 },
    ranks: { KOR: 1, DNK: 2, GBR: 6, FRA: 3, EST: 10, CRI: 31, AUS: 21, NOR: 11, COL: 4 },
  },
  {
    id: 'user_driven',
    label: 'User-driven',
    average: 0.607,
    min: 0.321,
    max: 0.925,
    values: { KOR: 0.909, DNK: 0.715, GBR: 0.925, FRA: 0.595, EST: 0.614, CRI: 0.321, AUS: 0.833, NOR: 0.853, COL: 0.775 },
    ranks: { KOR: 2, DNK: 8, GBR: 1, FRA: 18, EST: 17, CRI: 33, AUS: 4, NOR: 3, COL: 6 },
  },
  {
    id: 'proactiveness',
    label: 'Proactiveness',
    average: 0.567,
    min: 0.019,
    max: 0.934,
    values: { KOR: 0.934, DNK: 0.788, GBR: 0.853, FRA: 0.561, EST: 0.869, CRI: 0.019, AUS: 0.736, NOR: 0.75, COL: 0.647 },
    ranks: { KOR: 1, DNK: 4, GBR: 3, FRA: 17, EST: 2, CRI: 33, AUS: 7, NOR: 6, COL: 11 },
  },
];
