import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { fieldLabel } from '../../shared/labels.js';

/** One error type for the whole server; its code decides the HTTP status (see `statusOf`). */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'FORBIDDEN'
  | 'CSRF'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LOCKED'
  | 'PAYLOAD_TOO_LARGE'
  | 'URI_TOO_LONG'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'CALENDAR_MISSING'
  | 'INTERNAL';

const statusOf: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  CALENDAR_MISSING: 422,
  UNAUTHENTICATED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface FieldIssue {
  field: string;
  message: string;
  row?: number;
  column?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[] | Record<string, unknown>,
  ) {
    super(message);
  }
  get status() {
    return statusOf[this.code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权查看`);
export const forbidden = (message = '没有权限执行此操作') => new AppError('FORBIDDEN', message);

/** Chinese text for zod's issue codes: the message names the field by its Chinese label. */
function describeIssue(issue: {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}): FieldIssue {
  const field = issue.path.map(String).join('.');
  const label = fieldLabel(field);
  let message: string;
  // A schema message that already names its field (`结束时间：应晚于开始时间`) is not prefixed twice.
  if (issue.message && /[\u4e00-\u9fa5]/.test(issue.message))
    message = issue.message.startsWith(`${label}：`) ? issue.message : `${label}：${issue.message}`;
  else if (issue.code === 'invalid_type') message = `${label}：必填或格式不正确`;
  else if (issue.code === 'too_small') message = `${label}：太短或太小（最小 ${String(issue.minimum)}）`;
  else if (issue.code === 'too_big') message = `${label}：太长或太大（最大 ${String(issue.maximum)}）`;
  else if (issue.code === 'invalid_format' || issue.code === 'invalid_string') message = `${label}：格式不正确`;
  else if (issue.code === 'invalid_value' || issue.code === 'invalid_enum_value')
    message = `${label}：取值不在允许范围内`;
  else if (issue.code === 'unrecognized_keys') message = `${label || '请求'}：包含不允许的字段`;
  else message = `${label}：不正确`;
  return { field, message };
}

/**
 * Errors Fastify's router answers before any route or error handler (a path parameter over the length limit, a
 * path that is not valid percent-encoding): the same error shape, in Chinese (Fastify's `frameworkErrors`).
 */
export function sendFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const appErr =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError('URI_TOO_LONG', '请求地址中的参数过长')
      : new AppError('BAD_REQUEST', '请求地址格式不正确');
  reply
    .status(appErr.status)
    .send({ error: { code: appErr.code, message: appErr.message, details: null, requestId: request.id } });
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    const requestId = request.id;
    let appErr: AppError;
    if (err instanceof AppError) appErr = err;
    else if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) =>
        describeIssue({
          ...(v.params as { minimum?: unknown; maximum?: unknown }),
          code: v.keyword,
          message: v.message ?? '',
          path: v.instancePath.split('/').filter(Boolean),
        }),
      );
      appErr = new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
    } else if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response failed its schema');
      appErr = new AppError('INTERNAL', '服务器内部错误，请稍后重试或联系管理员');
    } else if (isMalformedMultipart(err)) appErr = malformedUpload();
    else if (err.statusCode === 429) appErr = new AppError('RATE_LIMITED', '请求过于频繁，请稍后再试');
    else if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413)
      appErr = new AppError('PAYLOAD_TOO_LARGE', '上传内容超过大小限制');
    else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415)
      appErr = new AppError('UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型');
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      appErr = new AppError('BAD_REQUEST', '请求格式不正确');
    else {
      request.log.error({ err }, 'unhandled error');
      appErr = new AppError('INTERNAL', '服务器内部错误，请稍后重试或联系管理员');
    }
    if (appErr.status >= 500) request.log.error({ err }, appErr.message);
    reply.status(appErr.status).send({
      error: { code: appErr.code, message: appErr.message, details: appErr.details ?? null, requestId },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'NOT_FOUND', message: '请求的地址不存在', details: null, requestId: request.id },
    });
  });
}

/** Errors of the multipart parser that mean the client sent a broken body (no boundary, cut off, bad part header). */
export const isMalformedMultipart = (err: unknown) =>
  err instanceof Error &&
  /^(Multipart: |Unexpected end of |Malformed (part header|urlencoded form)|Part terminated early)/.test(err.message);

export const malformedUpload = () => new AppError('BAD_REQUEST', '上传内容不完整或格式不正确，请重新选择文件上传');
