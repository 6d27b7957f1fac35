import { gcm } from '@noble/ciphers/aes.js';
import { examPaperPlain, type ExamPaperPlain } from '../../../../shared/exams.js';

/**
 * The preloaded form is AES-256-GCM encrypted with the sitting's key (R-EXAM-02: delivered before the start, opened
 * by a small unlock). WebCrypto's subtle API exists only on secure origins and exam rooms serve plain http on the LAN,
 * so the decryption is @noble/ciphers. blob = base64(iv(12) ‖ ciphertext ‖ tag(16)).
 */
export function decryptPaper(blob: string, keyBase64: string): ExamPaperPlain {
  const bytes = fromBase64(blob);
  const key = fromBase64(keyBase64);
  const plain = gcm(key, bytes.subarray(0, 12)).decrypt(bytes.subarray(12));
  const json: unknown = JSON.parse(new TextDecoder().decode(plain));
  // The contract's shape when it fits; a form with extra or missing optional parts is still shown.
  const parsed = examPaperPlain.safeParse(json);
  return parsed.success ? parsed.data : (json as ExamPaperPlain);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A random id (hex) from the browser's generator, which plain-http origins have too. */
export function randomId(bytes = 16): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}
