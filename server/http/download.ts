import type { FastifyReply } from 'fastify';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';

/** The Content-Disposition of a download with a Chinese file name (RFC 6266 / 5987). */
export const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Sends a generated file as a download with its Chinese name; never cached (it may carry personal data). */
export function sendFile(reply: FastifyReply, file: { bytes: Buffer; name: string }, mime: string) {
  return reply
    .header('content-type', mime)
    .header('content-disposition', attachment(file.name))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

/** Characters no file system (or Windows download dialog) accepts in a name. */
const UNSAFE = /[\\/:*?"<>|]+/g;
const clean = (s: string) => s.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();

/**
 * Issue 9: every download is named `<subject>-<document>.<ext>` (`2026年第一批数控车工-花名册模板.xlsx`,
 * `孙浩然-职业技能等级认定备案表.pdf`), or `<document>.<ext>` without a subject (`课程成绩导入模板.xlsx`).
 */
export function downloadName(subject: string | null | undefined, document: string, ext: string): string {
  const s = subject ? clean(subject) : '';
  return `${s ? `${s}-` : ''}${clean(document)}.${ext}`;
}
