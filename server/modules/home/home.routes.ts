import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { homeResponse } from '../../../shared/home.js';
import { describeHome } from './home.service.js';

export const homeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/home', { schema: { tags: ['home'], summary: '工作台', response: { 200: homeResponse } } }, async (req) =>
      describeHome(ctx.db, { actor: req.actor }),
    );
  };
