import { z } from 'zod';

/** The home page of each role: a few figures and the reminders that need the user's attention. */
export const homeResponse = z.object({
  cards: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      value: z.union([z.number(), z.string()]),
      suffix: z.string().optional(),
    }),
  ),
  reminders: z.array(
    z.object({ level: z.enum(['info', 'warning', 'error']), text: z.string(), link: z.string().optional() }),
  ),
});
export type HomeResponse = z.infer<typeof homeResponse>;
