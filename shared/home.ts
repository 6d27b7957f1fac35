import { z } from 'zod';

const level = z.enum(['info', 'warning', 'error']);

/** One line of a piece of waiting work: a batch with its count, a deadline, a sitting. */
export const homeTaskLine = z.object({
  text: z.string(),
  /** A second line in smaller type (a deadline, a room and seat). */
  detail: z.string().optional(),
  count: z.number().int().optional(),
  /** A short state shown as a tag (报名中, 已退回). */
  tag: z.string().optional(),
  level: level.optional(),
  link: z.string().optional(),
});
export type HomeTaskLine = z.infer<typeof homeTaskLine>;

/** A kind of work waiting for the signed-in user (applications to review, batches to submit), with its lines. */
export const homeTask = z.object({
  key: z.string(),
  title: z.string(),
  /** How many things wait (applications, batches, days); 0 for a state with nothing to do (no exam yet). */
  count: z.number().int(),
  level,
  /** The page where the work is done. */
  link: z.string().optional(),
  linkText: z.string().optional(),
  lines: z.array(homeTaskLine),
  /** Said when there are no lines. */
  empty: z.string().optional(),
});
export type HomeTask = z.infer<typeof homeTask>;

/** The home page of each role: a few figures, the work waiting for the user, and the reminders. */
export const homeResponse = z.object({
  cards: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      value: z.union([z.number(), z.string()]),
      suffix: z.string().optional(),
    }),
  ),
  tasks: z.array(homeTask),
  reminders: z.array(z.object({ level, text: z.string(), link: z.string().optional() })),
});
export type HomeResponse = z.infer<typeof homeResponse>;
