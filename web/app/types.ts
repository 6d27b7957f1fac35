import type { z } from 'zod';
import type { paged } from '../../shared/common.js';

/** A page of a list response (`{ items, total }`), typed from the shared schema of its items. */
export type PageOf<S extends z.ZodTypeAny> = z.infer<ReturnType<typeof paged<S>>>;
