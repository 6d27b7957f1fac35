import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { writeWorkbook } from '../../http/sheet.js';
import type { ArchiveItem } from '../../../shared/archives.js';
import type { ArchiveDocument } from './sources.export.js';

export const MANIFEST = 'manifest.json';
export const MANIFEST_SIGNATURE = 'manifest.sig';
export const PUBLIC_KEY = 'public-key.pem';
const INDEX = '档案目录.xlsx';
const README = '校验说明.txt';

/** The manifest of a package: every file but the manifest, its signature and the key, with its SHA-256. */
export interface ArchiveManifest {
  format: 'skillcert-archive/1';
  batchId: string;
  batchTitle: string;
  centre: string;
  closedOn: string;
  createdAt: string;
  keyId: string;
  files: { path: string; size: number; sha256: string }[];
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Item folders `01-名称`, so the package reads in the checklist's order. */
function itemFolder(items: readonly ArchiveItem[], key: string): string {
  const i = items.findIndex((x) => x.key === key);
  const name = (items[i]?.name ?? key).replace(/[\\/:*?"<>|]/g, '_');
  return `${String(i + 1).padStart(2, '0')}-${name}`;
}

/** Paths made unique within the package (two letters of the same name get “-2”). */
function uniquePath(taken: Set<string>, p: string): string {
  let out = p;
  for (let n = 2; taken.has(out); n++) out = p.replace(/(\.[^./]+)?$/, (ext) => `-${n}${ext}`);
  taken.add(out);
  return out;
}

/**
 * R-ARC-01/02: the archive package of a batch: every document in its checklist item's folder, the checklist as
 * 档案目录.xlsx (with where each paper original and recording is kept), and `manifest.json` listing every file with its
 * SHA-256, signed with the centre's Ed25519 key (`manifest.sig`, base64; the public key beside it).
 */
export async function buildArchivePackage(opts: {
  items: readonly ArchiveItem[];
  documents: readonly (ArchiveDocument & { itemKey: string })[];
  batch: { id: string; title: string };
  centre: string;
  closedOn: string;
  key: { privateKey: KeyObject; publicKey: KeyObject; keyId: string };
  now?: Date;
}): Promise<{ zip: Buffer; manifest: ArchiveManifest; manifestSha256: string }> {
  const taken = new Set<string>([MANIFEST, MANIFEST_SIGNATURE, PUBLIC_KEY, INDEX, README]);
  const entries: [string, Uint8Array][] = [];
  for (const d of opts.documents) {
    const rest = d.path.includes('/') ? d.path.slice(d.path.indexOf('/') + 1) : d.path;
    entries.push([uniquePath(taken, `${itemFolder(opts.items, d.itemKey)}/${rest}`), d.bytes]);
  }
  const index = await writeWorkbook([
    {
      name: '档案目录',
      title: `${opts.batch.title} 档案目录（归档日期 ${opts.closedOn}）`,
      columns: [
        { header: '序号', key: 'no', width: 6 },
        { header: '档案项目', key: 'name', width: 34 },
        { header: '依据', key: 'basis', width: 22 },
        { header: '系统文件', key: 'files', width: 50 },
        { header: '补充材料（载体、存放位置或文件）', key: 'entries', width: 50 },
      ],
      rows: opts.items.map((it, i) => {
        const folder = itemFolder(opts.items, it.key);
        return {
          no: String(i + 1),
          name: it.name,
          basis: it.basis,
          files: entries
            .filter(([p]) => p.startsWith(`${folder}/`))
            .map(([p]) => p.slice(folder.length + 1))
            .join('\n'),
          entries: it.entries
            .map((e) => [e.mediumName, e.location, e.fileName, e.note].filter(Boolean).join('：'))
            .join('\n'),
        };
      }),
    },
  ]);
  entries.push([INDEX, index]);
  const readme = [
    `${opts.batch.title} 认定档案包`,
    '',
    `${MANIFEST} 列出包内每个文件的 SHA-256 校验值；${MANIFEST_SIGNATURE} 是认定中心对 ${MANIFEST} 的 Ed25519 签名（Base64），`,
    `公钥为 ${PUBLIC_KEY}。校验方法：逐一计算文件的 SHA-256 与清单比对，再用公钥验证签名，例如：`,
    `  base64 -d ${MANIFEST_SIGNATURE} > manifest.sig.bin`,
    `  openssl pkeyutl -verify -pubin -inkey ${PUBLIC_KEY} -rawin -in ${MANIFEST} -sigfile manifest.sig.bin`,
    '',
  ].join('\n');
  entries.push([README, Buffer.from(readme, 'utf8')]);

  const manifest: ArchiveManifest = {
    format: 'skillcert-archive/1',
    batchId: opts.batch.id,
    batchTitle: opts.batch.title,
    centre: opts.centre,
    closedOn: opts.closedOn,
    createdAt: (opts.now ?? new Date()).toISOString(),
    keyId: opts.key.keyId,
    files: entries.map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256(bytes) })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const signature = sign(null, manifestBytes, opts.key.privateKey).toString('base64');
  const zippable: Zippable = {};
  for (const [path, bytes] of entries) zippable[path] = [bytes, { level: 6 }];
  zippable[MANIFEST] = manifestBytes;
  zippable[MANIFEST_SIGNATURE] = Buffer.from(signature, 'utf8');
  zippable[PUBLIC_KEY] = Buffer.from(opts.key.publicKey.export({ format: 'pem', type: 'spki' }) as string, 'utf8');
  const zip = Buffer.from(zipSync(zippable, { mtime: opts.now ?? new Date() }));
  return { zip, manifest, manifestSha256: sha256(manifestBytes) };
}

/**
 * R-ARC-01: checks a package as its receiver would: the manifest's signature with the key inside it (and, when
 * given, that it is the expected key), every listed file present with its checksum, and no file left unlisted.
 * Returns the problems found (Chinese), empty when the package is intact.
 */
export function verifyArchivePackage(zip: Uint8Array, expectedKey?: KeyObject): string[] {
  const files = unzipSync(zip);
  const problems: string[] = [];
  const manifestBytes = files[MANIFEST];
  const sig = files[MANIFEST_SIGNATURE];
  const pem = files[PUBLIC_KEY];
  if (!manifestBytes || !sig || !pem) return ['档案包缺少清单、签名或公钥文件'];
  const key = expectedKey ?? createPublicKey(Buffer.from(pem).toString('utf8'));
  const signature = Buffer.from(Buffer.from(sig).toString('utf8'), 'base64');
  if (!verify(null, manifestBytes, key, signature)) problems.push('清单签名无效');
  const manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as ArchiveManifest;
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const bytes = files[f.path];
    if (!bytes) problems.push(`缺少文件：${f.path}`);
    else if (sha256(bytes) !== f.sha256) problems.push(`校验值不符：${f.path}`);
  }
  for (const p of Object.keys(files))
    if (!listed.has(p) && ![MANIFEST, MANIFEST_SIGNATURE, PUBLIC_KEY].includes(p) && !p.endsWith('/'))
      problems.push(`清单未列出的文件：${p}`);
  return problems;
}
