import { z } from 'zod';

const RESERVED = '__proto__';

/**
 * A `z.record` whose result has no prototype, so a name from the data (`constructor`, `toString`) is
 * never mistaken for a member of Object.prototype by `in` or `[name]`. The key `__proto__`, which a
 * plain record would drop without a word, is refused.
 */
export function safeRecord<V extends z.ZodType>(key: z.ZodString, value: V) {
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (input !== null && typeof input === 'object' && Object.hasOwn(input, RESERVED)) {
        ctx.addIssue({ code: 'custom', path: [RESERVED], message: `"${RESERVED}" cannot be used as a name here; rename the column or variable in the file, or list it under "ignore"` });
      }
    })
    .pipe(z.record(key, value))
    .transform((record) => Object.assign(Object.create(null) as Record<string, z.output<V>>, record));
}
