import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { migrationLevel } from '../../db/client.js';

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['system'],
          summary: '健康检查',
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.enum(['pglite', 'postgres']),
              migrations: z.number().int(),
              mode: z.enum(['demo', 'production']),
              time: z.string(),
            }),
          },
        },
        config: { public: true },
      },
      async () => ({
        status: 'ok' as const,
        database: ctx.dbKind,
        migrations: await migrationLevel(ctx.db),
        mode: ctx.config.mode,
        time: new Date().toISOString(),
      }),
    );
  };
