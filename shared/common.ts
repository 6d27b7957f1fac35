import { z } from 'zod';

export const idParam = z.object({ id: z.string().uuid('编号格式不正确') });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const paged = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const okResponse = z.object({ ok: z.literal(true) });
