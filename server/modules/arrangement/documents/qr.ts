import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';

/**
 * R-ARR-11: the ticket's QR code. It encodes a verification URL carrying the ticket number and a short HMAC of it,
 * so a door checker scanning it learns whether the centre issued this number; a forged or altered ticket fails.
 * The key comes from TICKET_QR_KEY, or is derived from the PII master key (one secret to keep, never in the database).
 */

/** 96 bits of HMAC-SHA256 in base64url: short enough for a small QR code, far beyond guessing. */
const SIG_CHARS = 16;

export function deriveTicketKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'skillcert ticket qr v1', 32));
}

export function signTicketNumber(key: Buffer, ticketNumber: string): string {
  return createHmac('sha256', key).update(`ticket\u0000${ticketNumber}`).digest('base64url').slice(0, SIG_CHARS);
}

export function verifyTicketSignature(key: Buffer, ticketNumber: string, signature: string): boolean {
  const expected = Buffer.from(signTicketNumber(key, ticketNumber));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `<base>/ticket-check?n=<number>&s=<signature>` — what the ticket's QR code says: a public page a phone opens (the
 * web front end's 准考证核验), which asks `/api/v1/tickets/verify` with the same query and says in Chinese whether
 * the ticket is valid and for whom. Machines call the API with the query directly.
 */
export const TICKET_CHECK_PATH = '/ticket-check';
export function ticketVerifyUrl(baseUrl: string, key: Buffer, ticketNumber: string): string {
  const n = encodeURIComponent(ticketNumber);
  return `${baseUrl.replace(/\/+$/, '')}${TICKET_CHECK_PATH}?n=${n}&s=${signTicketNumber(key, ticketNumber)}`;
}

/** Reads a verification URL (or its query string) back into its parts; null when it is not one. */
export function parseTicketVerifyUrl(url: string): { ticketNumber: string; signature: string } | null {
  const q = url.includes('?') ? url.slice(url.indexOf('?') + 1) : url;
  const p = new URLSearchParams(q);
  const n = p.get('n');
  const s = p.get('s');
  return n && s ? { ticketNumber: n, signature: s } : null;
}

/** The QR code's modules (dark = true), row by row: drawn as vector squares, sharp at any print resolution. */
export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, dark: Uint8Array.from(qr.modules.data) };
}
