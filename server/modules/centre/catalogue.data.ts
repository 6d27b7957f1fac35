import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * R-ORG-02: the occupation catalogue as shipped in data/ (copies of ../shared/data, so `npm start` needs nothing
 * beside the repository). The source's known errors are kept as published and flagged (see `knownSourceErrors`).
 */
const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export interface SeedOccupation {
  edition: '2015' | '2022';
  code: string;
  name: string;
  marker: string | null;
  jobCount: number | null;
  levels: number[] | null;
  levelsNote: string | null;
  standardNotice: string | null;
  sourceNote: string | null;
  jobs: { name: string; source: string; sourceNote: string | null }[];
}

/** A CSV without embedded line breaks; quoted fields with commas are handled. */
function readCsv(file: string): Record<string, string>[] {
  const lines = fs
    .readFileSync(path.join(dataDir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const split = (line: string) => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out.map((s) => s.trim());
  };
  const [head, ...rest] = lines.map(split);
  return rest.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])));
}

/** Known errors of the 2015 subset (data/README.md), flagged but not corrected. Key: `edition|code`. */
export const knownSourceErrors: Record<string, { occupation?: string; job?: string }> = {
  '2015|4-03-02-02': { occupation: '源数据疑误：4-03-02-02 应为“中式面点师”（中式烹调师为 4-03-02-01），按原文保留' },
  '2015|6-31-05-00': { job: '源数据疑误：工种“采油工”不属于“包装工”，按原文保留' },
  '2015|4-02-02-04': { job: '源数据疑误：工种“道路货运站务员”与职业“道路客运业务员”不符，按原文保留' },
  '2015|6-10-01-04': { occupation: '源数据疑误：名称“渣油加热工工”有误（2022 版为“渣油热加工工”），按原文保留' },
};

/** Levels as the 2015 subset writes them; per-direction levels (消防设施操作员) become their union plus a note. */
function levelsOf(text: string): { levels: number[] | null; note: string | null } {
  if (!text) return { levels: null, note: null };
  const digits = new Set((text.match(/[1-5]/g) ?? []).map(Number));
  return { levels: [...digits].sort((a, b) => b - a), note: /[（(]/.test(text) ? text : null };
}

let cached: SeedOccupation[] | null = null;

/** Both editions with their jobs, read once per process. */
export function loadCatalogueSeed(): SeedOccupation[] {
  if (cached) return cached;
  const out: SeedOccupation[] = [];
  const key = (e: string, c: string) => `${e}|${c}`;
  const byKey = new Map<string, SeedOccupation>();
  const add = (o: SeedOccupation) => {
    out.push(o);
    byKey.set(key(o.edition, o.code), o);
  };

  const levels2015 = new Map<
    string,
    { name: string; levels: number[] | null; note: string | null; notice: string | null }
  >();
  for (const r of readCsv('occupations-2015-subset.csv')) {
    const flags = knownSourceErrors[key('2015', r.code)];
    const l = levelsOf(r.levels);
    levels2015.set(r.code, { name: r.name, levels: l.levels, note: l.note, notice: r.standard_notice || null });
    add({
      edition: '2015',
      code: r.code,
      name: r.name,
      marker: null,
      jobCount: null,
      levels: l.levels,
      levelsNote: l.note,
      standardNotice: r.standard_notice || null,
      sourceNote: flags?.occupation ?? null,
      jobs: r.first_job
        ? [{ name: r.first_job, source: '职业分类大典（2015 版）', sourceNote: flags?.job ?? null }]
        : [],
    });
  }
  for (const r of readCsv('occupations-2022.csv')) {
    // The national standard does not change with the catalogue edition: where code and name are the same, the
    // levels known from the 2015 data apply to the 2022 occupation too.
    const same = levels2015.get(r.code);
    const inherit = same && same.name === r.name && same.levels;
    add({
      edition: '2022',
      code: r.code,
      name: r.name,
      marker: r.marker || null,
      jobCount: r.job_count === '' ? null : Number(r.job_count),
      levels: inherit ? same.levels : null,
      levelsNote: inherit ? same.note : null,
      standardNotice: inherit ? same.notice : null,
      sourceNote: null,
      jobs: [],
    });
  }
  for (const r of readCsv('jobs-supplement.csv')) {
    const edition = r.edition as '2015' | '2022';
    let occ = byKey.get(key(edition, r.code));
    if (!occ) {
      occ = {
        edition,
        code: r.code,
        name: r.occupation_name,
        marker: null,
        jobCount: null,
        levels: null,
        levelsNote: null,
        standardNotice: null,
        sourceNote: null,
        jobs: [],
      };
      add(occ);
    }
    if (!occ.jobs.some((j) => j.name === r.job)) occ.jobs.push({ name: r.job, source: r.source, sourceNote: null });
  }
  cached = out;
  return out;
}

export const editionSeed = [
  { edition: '2022', name: '职业分类大典（2022 版）', isDefault: true },
  { edition: '2015', name: '职业分类大典（2015 版）及新职业公告', isDefault: false },
];
