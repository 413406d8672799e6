import { isOecdMember, oecdAccession } from '../countries/membership.ts';
import type { IndexDefinition } from '../manifest/schema.ts';
import type { Edition } from '../model/types.ts';
import type { CoverageCode } from './types.ts';

/**
 * The indicators an edition publishes: those its file maps, and in a complete edition the parents
 * computed from them (OURdata 2023's composite). OURdata 2019 and 2025 publish no sub-pillars.
 */
export function publishedIndicators(edition: Edition, index: IndexDefinition): Set<string> {
  const mapped = new Set(Object.values(edition.layout.type === 'wide' ? edition.layout.columns : edition.layout.variables));
  if (edition.status !== 'complete') return mapped;
  let grew = true;
  while (grew) {
    grew = false;
    for (const parent of index.indicators) {
      if (mapped.has(parent.id)) continue;
      const children = index.indicators.filter((c) => c.parent === parent.id);
      if (children.length && children.every((c) => mapped.has(c.id))) {
        mapped.add(parent.id);
        grew = true;
      }
    }
  }
  return mapped;
}

interface CoverageFacts {
  /** The country has a value for this indicator in the edition. */
  stated: boolean;
  /** The country has a value for some indicator of the edition. */
  inEdition: boolean;
  /** The edition publishes this indicator at all. */
  published: boolean;
}

/**
 * Why a country has or has not a figure in an edition, in the words that are true: the first that
 * applies of stated, not published at this level, not stated by the source (the country is in the
 * edition), did not take part (the OECD says so, or a member absent from a complete edition), assessed
 * but not transcribed, not yet a member at the edition's membership date, not in the edition.
 */
export function coverageCode(edition: Edition, iso3: string, facts: CoverageFacts): CoverageCode {
  if (facts.stated) return 'stated';
  if (!facts.published) return 'not-published-in-edition';
  if (facts.inEdition) return 'not-stated-in-source';
  if (edition.notTakingPart.includes(iso3)) return 'did-not-take-part';
  if (edition.assessedNotTranscribed.includes(iso3)) return 'assessed-not-transcribed';
  const member = isOecdMember(iso3, edition.membershipAsOf);
  if (member && edition.status === 'complete') return 'did-not-take-part';
  if (!member && oecdAccession[iso3] !== undefined) return 'not-member-at-membership-date';
  return 'not-in-edition';
}
