import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { idParam } from '../../../shared/common.js';
import { AppError } from '../../http/errors.js';
import { readUploadedFile } from '../../http/upload.js';
import { openFile, uploadFile, uploadKinds, type UploadPurpose } from './files.service.js';
import { attachment } from '../../http/download.js';

const fileMeta = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  purpose: z.string(),
  createdAt: z.string(),
});

export const filesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['files'];
    app.post(
      '/files',
      {
        schema: {
          tags,
          summary: '上传文件（multipart/form-data：purpose 字段 + file 文件）',
          consumes: ['multipart/form-data'],
          response: { 200: fileMeta },
        },
      },
      async (req) => {
        const { bytes, name, fields } = await readUploadedFile(req);
        const purpose = fields.purpose ?? 'evidence';
        if (!Object.hasOwn(uploadKinds, purpose))
          throw new AppError('VALIDATION', '用途：取值不在允许范围内', [
            { field: 'purpose', message: '取值不在允许范围内' },
          ]);
        return uploadFile(ctx.db, ctx.files, { actor: req.actor, purpose: purpose as UploadPurpose, name, bytes });
      },
    );
    app.get('/files/:id', { schema: { tags, summary: '下载文件', params: idParam } }, async (req, reply) => {
      const { row, bytes } = await openFile(ctx.db, ctx.files, { actor: req.actor, id: req.params.id });
      reply
        .header('content-type', row.mime)
        .header('content-length', bytes.length)
        .header('content-disposition', attachment(row.name))
        .header('cache-control', 'private, no-store');
      return reply.send(bytes);
    });
  };
