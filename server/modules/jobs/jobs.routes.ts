import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { idParam } from '../../../shared/common.js';
import { job } from '../../../shared/jobs.js';
import { getJob, listOwnJobs } from './jobs.service.js';

export const jobsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/jobs',
      {
        schema: {
          tags: ['jobs'],
          summary: '我的后台任务（最近 50 个）',
          response: { 200: z.object({ items: z.array(job) }) },
        },
      },
      async (req) => listOwnJobs(ctx.db, ctx.jobs, { actor: req.actor }),
    );
    app.get(
      '/jobs/:id',
      { schema: { tags: ['jobs'], summary: '后台任务进度', params: idParam, response: { 200: job } } },
      async (req) => getJob(ctx.db, ctx.jobs, { actor: req.actor, id: req.params.id }),
    );
  };
