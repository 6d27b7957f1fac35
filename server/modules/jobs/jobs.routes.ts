import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.js';
import { idParam } from '../../../shared/common.js';
import { job } from '../../../shared/jobs.js';
import { getJob } from './jobs.service.js';

export const jobsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/jobs/:id',
      { schema: { tags: ['jobs'], summary: '后台任务进度', params: idParam, response: { 200: job } } },
      async (req) => getJob(ctx.db, ctx.jobs, { actor: req.actor, id: req.params.id }),
    );
  };
