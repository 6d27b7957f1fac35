import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import { college, collegeBody } from '../../../shared/colleges.js';
import { createCollege, getCollege, listColleges, updateCollege } from './colleges.service.js';

export const collegesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['colleges'];
    app.get(
      '/colleges',
      { schema: { tags, summary: '二级学院列表', response: { 200: paged(college) } } },
      async (req) => listColleges(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/colleges/:id',
      { schema: { tags, summary: '二级学院详情', params: idParam, response: { 200: college } } },
      async (req) => getCollege(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/colleges',
      { schema: { tags, summary: '新增二级学院', body: collegeBody, response: { 200: college } } },
      async (req) => createCollege(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/colleges/:id',
      { schema: { tags, summary: '修改二级学院', params: idParam, body: collegeBody, response: { 200: college } } },
      async (req) => updateCollege(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
  };
