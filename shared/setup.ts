import { z } from 'zod';

/** First-run setup of a production install: the centre first, then its colleges. */
export const setupStatus = z.object({
  centreExists: z.boolean(),
  centreName: z.string().nullable(),
  collegeCount: z.number().int(),
});
