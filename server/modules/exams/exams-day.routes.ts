// Exam day for every sitting (R-EXAM-01, R-EXAM-03, R-EXAM-04, R-VIOL-01…04 recorded): the rooms of one's duties,
// check-in, incidents with credit, violations, the room record. Routes under /api/v1/exams/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';

export const examDayRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async () => {
    void ctx;
  };
