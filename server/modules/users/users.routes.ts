import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import { oneTimePasswordResponse, user, userBody, userUpdateBody, usersQuery } from '../../../shared/users.js';
import { createUser, listUsers, resetPassword, setAccountState, updateUser } from './users.service.js';

export const usersRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['users'];
    app.get(
      '/users',
      { schema: { tags, summary: '用户列表', querystring: usersQuery, response: { 200: paged(user) } } },
      async (req) => listUsers(ctx.db, { actor: req.actor, query: req.query }),
    );
    app.post(
      '/users',
      {
        schema: {
          tags,
          summary: '新增用户（返回一次性密码）',
          body: userBody,
          response: { 200: oneTimePasswordResponse },
        },
      },
      async (req) => createUser(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/users/:id',
      {
        schema: {
          tags,
          summary: '修改用户（姓名、角色、所属学院）',
          params: idParam,
          body: userUpdateBody,
          response: { 200: user },
        },
      },
      async (req) => updateUser(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    for (const action of ['disable', 'enable', 'unlock'] as const) {
      app.post(
        `/users/:id/${action}`,
        {
          schema: {
            tags,
            summary: { disable: '停用账户', enable: '启用账户', unlock: '解除锁定' }[action],
            params: idParam,
            response: { 200: user },
          },
        },
        async (req) => setAccountState(ctx.db, { actor: req.actor, id: req.params.id, action }),
      );
    }
    app.post(
      '/users/:id/reset-password',
      {
        schema: {
          tags,
          summary: '重置密码（返回一次性密码）',
          params: idParam,
          response: { 200: oneTimePasswordResponse },
        },
      },
      async (req) => resetPassword(ctx.db, { actor: req.actor, id: req.params.id }),
    );
  };
