import type { FastifyRequest } from 'fastify';
import { hasControlChars, stripControlChars } from '../../shared/common.js';
import { fieldLabel } from '../../shared/labels.js';
import { AppError, isMalformedMultipart, malformedUpload } from './errors.js';

/**
 * The one uploaded file of a multipart request (field `file`), its name and its other fields. Every upload route
 * reads through here, so a broken body is a Chinese 400, a control character in a field is a field error, and a
 * file name never carries a NUL into the database.
 */
export async function readUploadedFile(
  req: FastifyRequest,
  opts: { what?: string; limits?: { fileSize?: number; files?: number } } = {},
): Promise<{ bytes: Buffer; name: string; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST', '请以表单方式上传文件');
  try {
    const part = await req.file(opts.limits ? { limits: opts.limits } : undefined);
    if (!part)
      throw new AppError('VALIDATION', `文件：请选择要上传的${opts.what ?? '文件'}`, [
        { field: 'file', message: '请选择文件' },
      ]);
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(part.fields)) {
      const value = (v as { value?: unknown } | undefined)?.value;
      if (typeof value !== 'string' || k === part.fieldname) continue;
      if (hasControlChars(value) || hasControlChars(k))
        throw new AppError('VALIDATION', `${fieldLabel(stripControlChars(k))}：不能包含控制字符`, [
          { field: k, message: '不能包含控制字符' },
        ]);
      fields[k] = value;
    }
    const bytes = await part.toBuffer();
    return { bytes, name: stripControlChars(part.filename ?? '').trim() || 'upload', fields };
  } catch (err) {
    if (isMalformedMultipart(err)) throw malformedUpload();
    throw err;
  }
}

/** The .xlsx of a multipart upload (field `file`) and its non-empty other fields. */
export async function readUpload(req: FastifyRequest) {
  const { bytes, fields } = await readUploadedFile(req, { what: ' Excel 文件' });
  return { bytes, fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) };
}
