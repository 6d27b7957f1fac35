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
