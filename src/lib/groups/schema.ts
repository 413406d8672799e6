import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, e.g. "2004-05-01"');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'use an upper-case ISO 3166-1 alpha-3 code, e.g. "DNK"');

/** A member: a code (member throughout), or a code with the first and last day of membership. */
const memberSchema = z.union([
  iso3,
  z.object({ iso3, from: isoDate.optional(), until: isoDate.optional() }).strict(),
]);

const groupSchema = z
  .object({
    /** Used in URLs (`/compare/nordic/`) and catalogue keys (`group.nordic`). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "asia-pacific"'),
    /** Where the membership list comes from. */
    source: z.string().min(1),
    members: z.array(memberSchema).min(1),
  })
  .strict();

export const groupsFileSchema = z.object({ $comment: z.string().optional(), groups: z.array(groupSchema) }).strict();

/** A group with each member's dated membership spelled out. */
export interface CountryGroup {
  id: string;
  source: string;
  members: { iso3: string; from?: string | undefined; until?: string | undefined }[];
}
