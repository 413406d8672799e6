/** The real index definitions' ids and labels, so the editorial content resolves against synthetic data. */

/** A text in each site language. */
export type Localized = Record<string, string>;

export interface Indicator {
  id: string;
  level: 'composite' | 'dimension' | 'sub';
  parent?: string;
  label: Localized;
  shortLabel?: Localized;
}

export const DGI_DIMENSIONS: { id: string; en: string; fr: string; variable: string; code: string }[] = [
  { id: 'digital-by-design', en: 'Digital by design', fr: 'Numérique dès la conception', variable: 'digital_design', code: 'DG_DBD' },
  { id: 'data-driven-public-sector', en: 'Data-driven public sector', fr: 'Secteur public guidé par les données', variable: 'data_driven', code: 'DG_DDPS' },
  { id: 'government-as-a-platform', en: 'Government as a platform', fr: 'Administration en tant que plateforme', variable: 'govt_as_platform', code: 'DG_GAAP' },
  { id: 'open-by-default', en: 'Open by default', fr: 'Ouverture par défaut', variable: 'open_default', code: 'DG_OBD' },
  { id: 'user-driven', en: 'User-driven', fr: 'Orientée vers les utilisateurs', variable: 'user_driven', code: 'DG_UD' },
  { id: 'proactiveness', en: 'Proactiveness', fr: 'Proactivité', variable: 'proactiveness', code: 'DG_PRO' },
];
export const DGI_COMPOSITE = { en: 'Composite score', fr: 'Score composite', variable: 'composite_index', code: 'DG' };

export const OURDATA_PILLARS: { id: string; en: string; fr: string; variable: string; subs: { id: string; en: string; fr: string; variable: string }[] }[] = [
  {
    id: 'data-availability', en: 'Data availability', fr: 'Disponibilité des données', variable: 'availability_score',
    subs: [
      { id: 'availability-policy', en: 'Content of the data availability policy', fr: 'Contenu de la politique de disponibilité des données', variable: 'availability_policy' },
      { id: 'availability-stakeholder-engagement', en: 'Stakeholder engagement for data release', fr: 'Participation des parties prenantes à la publication des données', variable: 'availability_release' },
      { id: 'availability-implementation', en: 'Implementation of data availability', fr: 'Mise en œuvre de la disponibilité des données', variable: 'availability_implementation' },
    ],
  },
  {
    id: 'data-accessibility', en: 'Data accessibility', fr: 'Accessibilité des données', variable: 'accessibility_score',
    subs: [
      { id: 'accessibility-policy', en: 'Content of the data accessibility policy', fr: "Contenu de la politique d'accessibilité des données", variable: 'accessibility_policy' },
      { id: 'accessibility-stakeholder-engagement', en: 'Stakeholder engagement for data quality and completeness', fr: "Participation des parties prenantes à la qualité et à l'exhaustivité des données", variable: 'accessibility_release' },
      { id: 'accessibility-implementation', en: 'Implementation of data accessibility', fr: "Mise en œuvre de l'accessibilité des données", variable: 'accessibility_implementation' },
    ],
  },
  {
    id: 'government-support-for-data-reuse', en: 'Government support for data re-use', fr: 'Soutien public à la réutilisation des données', variable: 'reuse_score',
    subs: [
      { id: 'reuse-data-promotion', en: 'Data promotion initiatives and partnerships', fr: 'Initiatives de promotion des données et partenariats', variable: 'reuse_promotion' },
      { id: 'reuse-data-literacy', en: 'Data literacy in government', fr: "Culture des données dans l'administration", variable: 'reuse_dataliteracy' },
      { id: 'reuse-monitoring', en: 'Monitoring impact', fr: "Suivi de l'impact", variable: 'reuse_monitoring' },
    ],
  },
];
