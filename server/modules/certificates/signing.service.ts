// The centre's certificate signing key (Ed25519, node:crypto). The private key lives outside the database: the file
// DATA_DIR/keys/certificate-ed25519.pem, created at first use (mode 0600). The public key is published at
// GET /api/v1/public/certificates/key, so anyone can check a certificate offline (R-CERT-05).
import fs from 'node:fs';
import path from 'node:path';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { CertificateData } from '../../db/schema/index.js';
import { base58btc, canonicalJson, fromBase58btc } from './certificates.rules.js';

export interface CertificateKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The raw 32-byte public key. */
  raw: Buffer;
  /** `did:key:z6Mk…`: the issuer of the credentials and its verification method. */
  did: string;
  publicKeyPem: string;
}

export const KEY_FILE = path.join('keys', 'certificate-ed25519.pem');
const cache = new Map<string, CertificateKey>();

function toKey(privateKey: KeyObject): CertificateKey {
  const publicKey = createPublicKey(privateKey);
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return {
    privateKey,
    publicKey,
    raw,
    did: `did:key:z${base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** The key of DATA_DIR, created (race-free: `wx`) when missing. */
export function loadCertificateKey(dataDir: string): CertificateKey {
  const hit = cache.get(dataDir);
  if (hit) return hit;
  const file = path.join(dataDir, KEY_FILE);
  let key: CertificateKey;
  if (fs.existsSync(file)) key = toKey(createPrivateKey(fs.readFileSync(file, 'utf8')));
  else {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      fs.writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
      key = toKey(privateKey);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      key = toKey(createPrivateKey(fs.readFileSync(file, 'utf8')));
    }
  }
  cache.set(dataDir, key);
  return key;
}

/** The bytes that are signed: the canonical JSON (JCS) of the certificate data. */
export const signedBytes = (data: CertificateData) => Buffer.from(canonicalJson(data), 'utf8');

/** R-CERT-05: the Ed25519 signature of a certificate's data, base64url (the QR code carries it). */
export const signCertificate = (key: CertificateKey, data: CertificateData) =>
  sign(null, signedBytes(data), key.privateKey).toString('base64url');

/** True when `signature` (base64url) is the key's signature of `data`; anything malformed is false. */
export function verifyCertificate(publicKey: KeyObject, data: CertificateData, signature: string): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  try {
    return verify(null, signedBytes(data), publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * A Data Integrity proof of cryptosuite `eddsa-jcs-2022` (W3C VC Data Integrity EdDSA, 2025): the proof options
 * carry the document's `@context`; the signature covers SHA-256(JCS(proof options)) ‖ SHA-256(JCS(document)); the
 * proofValue is multibase base58btc (`z…`).
 */
export function addProof<T extends Record<string, unknown>>(key: CertificateKey, doc: T, created: Date) {
  const proofConfig = {
    '@context': doc['@context'],
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    verificationMethod: `${key.did}#${key.did.slice('did:key:'.length)}`,
    proofPurpose: 'assertionMethod',
  };
  const hash = Buffer.concat([sha256(canonicalJson(proofConfig)), sha256(canonicalJson(doc))]);
  const proofValue = `z${base58btc(sign(null, hash, key.privateKey))}`;
  const { '@context': _ctx, ...proof } = proofConfig;
  return { ...doc, proof: { ...proof, proofValue } };
}

/** Checks an `eddsa-jcs-2022` proof against a raw Ed25519 public key (as an offline verifier would). */
export function verifyProof(doc: Record<string, unknown>, publicKey: KeyObject): boolean {
  const { proof, ...unsecured } = doc as { proof?: Record<string, unknown> } & Record<string, unknown>;
  if (!proof || typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) return false;
  const { proofValue, ...rest } = proof;
  const proofConfig = { ...rest, '@context': unsecured['@context'] };
  const hash = Buffer.concat([sha256(canonicalJson(proofConfig)), sha256(canonicalJson(unsecured))]);
  try {
    return verify(null, hash, publicKey, fromBase58btc((proofValue as string).slice(1)));
  } catch {
    return false;
  }
}

/** The public key of a `did:key` of an Ed25519 key (multicodec 0xed01). */
export function publicKeyOfDid(did: string): KeyObject {
  const bytes = fromBase58btc(did.replace(/^did:key:z/, '').split('#')[0]);
  if (bytes[0] !== 0xed || bytes[1] !== 0x01 || bytes.length !== 34) throw new Error('not an Ed25519 did:key');
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.slice(2)).toString('base64url') },
    format: 'jwk',
  });
}
