// The computer-based theory exam (R-EXAM-02): the candidate API under /api/v1/exam/ (public routes, the device
// token in `x-exam-token`), and the proctor's and the centre's actions on computer-based rooms under /api/v1/exams/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';

export const cbtRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async () => {
    void ctx;
  };
