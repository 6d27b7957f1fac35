import { describe, expect, it } from 'vitest';
import { deriveTicketKey, parseTicketVerifyUrl, ticketVerifyUrl, verifyTicketSignature } from './qr.js';
import { publicUrlNote } from './documents.service.js';

/** R-ARR-11: what a ticket's QR code says, and the start-up note while PUBLIC_URL still names this machine. */
describe('ticket QR address', () => {
  const key = deriveTicketKey(Buffer.alloc(32, 3));

  it('R-ARR-11: the QR code opens the public check page <PUBLIC_URL>/ticket-check, signed', () => {
    const url = ticketVerifyUrl('https://kaowu.example.edu.cn/', key, '0001261208010101');
    expect(url).toMatch(/^https:\/\/kaowu\.example\.edu\.cn\/ticket-check\?n=0001261208010101&s=[\w-]{16}$/);
    const p = parseTicketVerifyUrl(url)!;
    expect(verifyTicketSignature(key, p.ticketNumber, p.signature)).toBe(true);
  });

  it('R-ARR-11: a Chinese start-up note while PUBLIC_URL is this machine, none once it is set', () => {
    const note = publicUrlNote({ PUBLIC_URL: 'http://localhost:3000', mode: 'demo' });
    expect(note).toMatch(/PUBLIC_URL 的默认值/);
    expect(note).toMatch(/手机扫码无法打开/);
    expect(publicUrlNote({ PUBLIC_URL: 'http://127.0.0.1:8080', mode: 'production' })).toMatch(/PUBLIC_URL/);
    expect(publicUrlNote({ PUBLIC_URL: 'https://kaowu.example.edu.cn', mode: 'demo' })).toBeNull();
  });
});
