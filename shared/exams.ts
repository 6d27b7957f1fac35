import { z } from 'zod';
import { text } from './common.js';

/**
 * 考试实施 (exam day): the catalogues of the Henan handbook as data (突发事件处理办法 → `incidentKinds`, 考生违纪违规
 * 处理规定 → `violationClauses`), the exam-day settings (R-EXAM-01's minutes), and the computer-based exam's
 * candidate API (R-EXAM-02). The staff side's requests and answers are in `shared/exams-day.ts`.
 */

export const examModes = ['paper', 'computer'] as const;
export type ExamMode = (typeof examModes)[number];
export const examModeNames: Record<ExamMode, string> = { paper: '纸笔考试', computer: '机考' };

export const attemptStates = ['ready', 'started', 'submitted'] as const;
export type AttemptState = (typeof attemptStates)[number];
export const attemptStateNames: Record<AttemptState, string> = {
  ready: '未开始',
  started: '作答中',
  submitted: '已交卷',
};

export const submitKinds = ['candidate', 'auto', 'proctor'] as const;
export type SubmitKind = (typeof submitKinds)[number];
export const submitKindNames: Record<SubmitKind, string> = {
  candidate: '考生交卷',
  auto: '到时自动交卷',
  proctor: '监考员收卷',
};

export const checkinStatuses = ['present', 'absent'] as const;
export type CheckinStatus = (typeof checkinStatuses)[number];
export const checkinStatusNames: Record<CheckinStatus, string> = { present: '已入场', absent: '缺考' };

export const checkinMethods = ['scan', 'typed', 'list'] as const;
export type CheckinMethod = (typeof checkinMethods)[number];
export const checkinMethodNames: Record<CheckinMethod, string> = {
  scan: '扫码',
  typed: '输入准考证号',
  list: '名单勾选',
};

/** R-EXAM-01: why a candidate is absent. */
export const absenceReasons = ['no_show', 'late', 'documents', 'identity'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];
export const absenceReasonNames: Record<AbsenceReason, string> = {
  no_show: '未到考',
  late: '迟到超过入场截止时间',
  documents: '准考证、身份证不全或不符',
  identity: '人证不符（替考）',
};

export const creditScopes = ['none', 'candidate', 'room'] as const;
export type CreditScope = (typeof creditScopes)[number];
export const creditStates = ['none', 'pending', 'approved', 'rejected'] as const;
export type CreditState = (typeof creditStates)[number];
export const creditStateNames: Record<CreditState, string> = {
  none: '不补时',
  pending: '待考场负责人批准',
  approved: '已批准',
  rejected: '未批准',
};

/**
 * R-EXAM-04: the handbook's 突发事件处理办法, one entry per section, with the handling it prescribes. `credit` says
 * whether the section lets the time lost be made up (顺延): §5–§7 do, §10 (illness) says explicitly no. `room` marks
 * incidents that concern the whole room. `violation` points to the clause a proctor normally records with it.
 */
export interface IncidentKind {
  code: string;
  name: string;
  /** The section of 突发事件处理办法. */
  section: string;
  handling: string;
  credit: boolean;
  room: boolean;
  violation?: string;
}

export const incidentKinds: IncidentKind[] = [
  {
    code: 'missing_documents',
    name: '未带准考证、身份证原件',
    section: '一',
    handling: '凭公安机关开具的身份证明入场；不能出示有效证件或开考后 30 分钟内仍不能到考场的，不得参加本场考试',
    credit: false,
    room: false,
  },
  {
    code: 'late',
    name: '考生迟到',
    section: '二',
    handling: '迟到超过 30 分钟者不得参加本场考试，视为缺考；未超过的入场，不延长考试时间',
    credit: false,
    room: false,
  },
  {
    code: 'photo_mismatch',
    name: '人证不符或有疑点',
    section: '三',
    handling: '考生承认替考的按舞弊处理并由代考者签名确认；不承认且无实据的允许继续考试，考后由主考带至考点办公室调查',
    credit: false,
    room: false,
    violation: 'v4_impersonation',
  },
  {
    code: 'seal_broken',
    name: '试卷袋密封异常',
    section: '四',
    handling: '立即报告主考并暂停拆封；主考与监考共同记录后拆封分发，确有问题逐级上报并追查原因',
    credit: true,
    room: true,
  },
  {
    code: 'wrong_papers',
    name: '试卷与科目不符或错装混装',
    section: '五',
    handling: '试卷装回试卷袋，考生静候，报告主考核实后更换正确试卷或启用备用卷，记录处理时间并顺延考试时间',
    credit: true,
    room: true,
  },
  {
    code: 'papers_short',
    name: '试卷份数不足或缺页、漏印、损坏',
    section: '六',
    handling: '启封备用卷或余卷；仍不足时复印试卷或抄题于黑板，报评价机构领导小组，记录处理时间并顺延考试时间',
    credit: true,
    room: false,
  },
  {
    code: 'mixed_after_start',
    name: '开考后发现试卷错装混装',
    section: '七',
    handling: '收齐密封错发试卷，考生不得离开考场，主考批准启用备用卷，错发试卷封存于保密室',
    credit: true,
    room: true,
  },
  {
    code: 'unclear_print_single',
    name: '个别试卷字迹不清',
    section: '八',
    handling: '将正确字句写在黑板上告知考生；对涉及试题内容的询问不作解释',
    credit: false,
    room: false,
  },
  {
    code: 'unclear_print_all',
    name: '全部试卷印刷不清或漏印',
    section: '九',
    handling: '不作答复，逐级上报；得到更正通知后写在黑板上；无答复时告知考生按自己的理解答题',
    credit: false,
    room: true,
  },
  {
    code: 'illness',
    name: '考生突发疾病',
    section: '十',
    handling: '考生坚持可应试，但不延长考试时间；难以坚持的劝其停考，由两名以上工作人员陪同就医',
    credit: false,
    room: false,
  },
  {
    code: 'disorder',
    name: '扰乱考场秩序',
    section: '十一',
    handling: '主监考劝阻和警告，报告主考，主考亲自或派人协助维护秩序',
    credit: false,
    room: false,
    violation: 'v1_disturbance',
  },
  {
    code: 'cheating',
    name: '夹带、偷看、抄袭等舞弊',
    section: '十二',
    handling: '立即制止并收缴物证，由主监考如实记入考场情况记录表；多人舞弊时报告主考',
    credit: false,
    room: false,
    violation: 'v2_copying',
  },
  {
    code: 'misconduct',
    name: '考生违纪',
    section: '十三',
    handling: '主监考警告制止，记入考场情况记录表',
    credit: false,
    room: false,
    violation: 'v1_other',
  },
  {
    code: 'toilet',
    name: '考生要求如厕',
    section: '十四',
    handling: '原则上不允许；确需如厕的报告主监考，由场外流动监考两人陪同，时刻不离',
    credit: false,
    room: false,
  },
  {
    code: 'forced_leave',
    name: '考生提前强行离场',
    section: '十五',
    handling: '劝说留场至考试结束；坚持离场的告知属违纪并取消本场成绩，填写考场情况记录表作违纪处理',
    credit: false,
    room: false,
    violation: 'v1_left_seat',
  },
  {
    code: 'answer_sheet_missing',
    name: '答题卡（纸）少收、漏收',
    section: '十六',
    handling: '在试卷和草稿纸中查找，启封检查并沿路线查找；仍找不到的与监考、考生面谈并做笔录',
    credit: false,
    room: true,
  },
  {
    code: 'seal_strip_missing',
    name: '试卷袋内漏放密封条',
    section: '十七',
    handling: '用相当形状的白纸密封，两位监考在密封条上齐缝签名，在答卷袋上写明情况',
    credit: false,
    room: true,
  },
  {
    code: 'phone',
    name: '携带手机未放在指定位置',
    section: '十八',
    handling: '疑似利用手机阅读、接收、处理或发送信息的按作弊处理；仅铃声（震动）不视为作弊',
    credit: false,
    room: false,
    violation: 'v3_device',
  },
  {
    code: 'equipment_failure',
    name: '机考设备或网络故障',
    section: '五、六（机考）',
    handling: '更换考试机（监考员释放座位后在新设备继续作答）或恢复网络，记录耽误时间，经考场负责人批准顺延考试时间',
    credit: true,
    room: false,
  },
  {
    code: 'power_outage',
    name: '停电或全场网络中断',
    section: '五、六（机考）',
    handling: '暂停全场考试，恢复后继续；记录中断时间，经考场负责人批准全场顺延',
    credit: true,
    room: true,
  },
  {
    code: 'other',
    name: '其他突发情况',
    section: '—',
    handling: '及时请示报告，如实记录',
    credit: true,
    room: false,
  },
];

export const incidentKindByCode = new Map(incidentKinds.map((k) => [k.code, k]));

/**
 * R-VIOL-01…04: the clauses of 考生违纪违规处理规定 (H), each with its tier. The effect of a tier is applied by the
 * scoring module: 1 cancels the subject, 2 scores it 0 as cheating, 3 cancels every subject of the batch, 4 also
 * bars the candidate from evaluation until graduation (R-ELIG-07).
 */
export interface ViolationClause {
  code: string;
  tier: 1 | 2 | 3 | 4;
  name: string;
}

export const violationClauses: ViolationClause[] = [
  { code: 'v1_forbidden_items', tier: 1, name: '携带违禁物品进入座位，经提醒拒不改正' },
  { code: 'v1_left_seat', tier: 1, name: '未在规定座位考试或擅自离开座位，经提醒拒不改正' },
  { code: 'v1_disturbance', tier: 1, name: '喧哗、吸烟等影响考场秩序，经提醒拒不改正' },
  { code: 'v1_other', tier: 1, name: '其他违反考场规则但尚未构成作弊' },
  { code: 'v2_signalling', tier: 2, name: '交头接耳、左顾右盼、互打暗号或手势' },
  { code: 'v2_copying', tier: 2, name: '抄袭或协助他人抄袭' },
  { code: 'v2_passing', tier: 2, name: '夹带资料、传递纸条或交换试卷、答题卡、草稿纸' },
  { code: 'v2_false_identity', tier: 2, name: '在答卷上填写与本人身份不符的姓名、准考证号等' },
  { code: 'v2_took_papers', tier: 2, name: '将试卷、答题卡、草稿纸带出考场' },
  { code: 'v2_identical', tier: 2, name: '同一考场试卷雷同' },
  { code: 'v3_device', tier: 3, name: '使用规定以外的电子设备（手机、耳机、智能手表等）' },
  { code: 'v3_damage', tier: 3, name: '故意损毁试卷、工件或考试材料' },
  { code: 'v3_took_questions', tier: 3, name: '擅自将试题、答卷或有关内容带出考场' },
  { code: 'v3_other_cheating', tier: 3, name: '其他作弊但未对他人造成严重干扰' },
  { code: 'v4_false_documents', tier: 4, name: '以虚假承诺、虚假材料等不正当手段取得考试资格' },
  { code: 'v4_questions_in_advance', tier: 4, name: '考前以不正当手段获得或传播试题、答案' },
  { code: 'v4_theft_coercion', tier: 4, name: '抢夺、窃取他人试卷，胁迫他人作弊，偷换工量器具或工件' },
  { code: 'v4_impersonation', tier: 4, name: '由他人冒名顶替或代替他人考试' },
  { code: 'v4_organised', tier: 4, name: '串通作弊或参与有组织作弊' },
  { code: 'v4_equipment_damage', tier: 4, name: '故意损毁考试设备（含视频监控系统）、材料' },
  { code: 'v4_other', tier: 4, name: '其他严重扰乱考试管理秩序的行为' },
];

export const violationClauseByCode = new Map(violationClauses.map((c) => [c.code, c]));

export const violationTierNames: Record<1 | 2 | 3 | 4, string> = {
  1: '取消该科目成绩',
  2: '该科目按作弊处理（0 分）',
  3: '取消当次全部科目成绩',
  4: '取消当次全部科目成绩，毕业前不得参加评价',
};

/** The client events a computer-based exam logs (signals, not verdicts: nothing is submitted for them). */
export const examEventKinds = [
  'login',
  'released',
  'fullscreen_exit',
  'tab_hidden',
  'window_blur',
  'copy',
  'paste',
  'offline',
  'online',
  'resume',
] as const;
export type ExamEventKind = (typeof examEventKinds)[number];
export const examEventKindNames: Record<ExamEventKind, string> = {
  login: '登录',
  released: '监考员释放座位',
  fullscreen_exit: '退出全屏',
  tab_hidden: '切换页面',
  window_blur: '窗口失去焦点',
  copy: '复制',
  paste: '粘贴',
  offline: '断网',
  online: '恢复网络',
  resume: '恢复作答',
};

/** The exam-day settings (R-EXAM-01's minutes and the computer-based exam's; the partial credit of a multiple-choice item is the item bank's setting), kept by the centre. */
export const examSettings = z.object({
  /** R-EXAM-01: candidates may enter this many minutes before the start. */
  entryBeforeMinutes: z.number().int().min(0, '提前入场时间：不能为负').max(120, '提前入场时间：不超过 120 分钟'),
  /** R-EXAM-01: entry closes this many minutes after the start; later is absent. */
  entryCloseAfterMinutes: z
    .number()
    .int()
    .min(0, '开考后禁止入场时间：不能为负')
    .max(120, '开考后禁止入场时间：不超过 120 分钟'),
  /** R-EXAM-01: nobody finishes before the end (the handbook); a centre may allow it from N minutes after the start. */
  earlyFinishAllowed: z.boolean(),
  earlyFinishAfterMinutes: z.number().int().min(0).max(600),
  /** R-EXAM-02: saves and submissions are accepted until the end plus this many seconds (server time). */
  graceSeconds: z.number().int().min(10, '交卷宽限：至少 10 秒').max(600, '交卷宽限：不超过 600 秒'),
  /** A candidate's client keeps working offline this long (minutes); its queue flushes on reconnect. */
  offlineMinutes: z.number().int().min(1).max(240),
});
export type ExamSettings = z.infer<typeof examSettings>;

export const defaultExamSettings: ExamSettings = {
  entryBeforeMinutes: 20,
  entryCloseAfterMinutes: 30,
  earlyFinishAllowed: false,
  earlyFinishAfterMinutes: 0,
  graceSeconds: 60,
  offlineMinutes: 60,
};

/** A proctor's signature on the room record: who and when (printed on the PDF). */
export interface RoomSignature {
  personId: string | null;
  userId: string;
  name: string;
  signedAt: string;
}

/** A supervisor's observation attached to the room record. */
export interface RoomObservation {
  userId: string;
  name: string;
  text: string;
  at: string;
}

// ── Computer-based exam: the candidate API (R-EXAM-02) ────────────────────────────────────────────────────────
// Routes under /api/exam/ are public (no session cookie): the client sends `x-exam-token` after the login. Every
// answer carries the clock, so a client corrects its offset on each acknowledgement.

/** The header carrying the attempt's device token. */
export const EXAM_TOKEN_HEADER = 'x-exam-token';

/** The server's clock of one attempt, as every candidate answer carries it (epoch milliseconds, server time). */
export const examClock = z.object({
  serverNow: z.number(),
  /** The sitting's start: the unlock is allowed from then, or earlier from the proctor's 开考 (see `open`). */
  startsAt: z.number(),
  /** The attempt's deadline: the sitting's end plus extensions and pauses. */
  deadline: z.number(),
  /** Saves and the submission are accepted until `deadline + graceSeconds * 1000`. */
  graceSeconds: z.number().int(),
  paused: z.boolean(),
  /** The room has been opened (开考) or the start time has passed: the unlock is allowed. */
  open: z.boolean(),
  state: z.enum(attemptStates),
  /** Rises with every change of the deadline or pause: a client that sees a new version redraws its timer. */
  version: z.number().int(),
});
export type ExamClock = z.infer<typeof examClock>;

const ticket = text().trim().min(1, '准考证号：必填').max(40, '准考证号：不超过 40 字符');

export const examLoginBody = z.object({
  ticketNumber: ticket,
  idNumber: text().trim().min(1, '身份证号：必填').max(40, '身份证号：不超过 40 字符'),
  roomCode: text()
    .trim()
    .regex(/^\d{6}$/, '考场码：应为 6 位数字'),
  /** A random id the client keeps in its storage: one attempt is bound to one device at a time. */
  deviceId: text().trim().min(8, '设备标识：格式不正确').max(64, '设备标识：格式不正确'),
});
export type ExamLoginBody = z.infer<typeof examLoginBody>;

export const examCandidate = z.object({
  attemptId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  photoUrl: z.string().nullable(),
  ticketNumber: z.string(),
  seatNo: z.number().int(),
  roomName: z.string(),
  siteName: z.string(),
  sittingTitle: z.string(),
  itemCount: z.number().int(),
  durationMinutes: z.number().int(),
  offlineMinutes: z.number().int(),
  earlyFinishAt: z.number().nullable(),
});
export type ExamCandidate = z.infer<typeof examCandidate>;

export const examLoginResponse = z.object({
  token: z.string(),
  candidate: examCandidate,
  clock: examClock,
});
export type ExamLoginResponse = z.infer<typeof examLoginResponse>;

/** The form, encrypted with the sitting's key (preloaded before the start): base64 of iv (12) + ciphertext + tag. */
export const examPaperResponse = z.object({
  paperId: z.string(),
  itemCount: z.number().int(),
  blob: z.string(),
});

/** The unlock: the sitting's key (base64, 32 bytes), once the room is open. */
export const examStartResponse = z.object({ key: z.string(), clock: examClock });

/** The decrypted form as the client shows it (the paper without its key; itembank's `ExamPaper`). */
export const examPaperPlain = z.object({
  paperId: z.string(),
  title: z.string(),
  durationMinutes: z.number(),
  totalPoints: z.number(),
  items: z.array(
    z.object({
      no: z.number().int(),
      type: z.enum(['single', 'multiple', 'truefalse']),
      points: z.number(),
      stem: z.string(),
      stemImageUrls: z.array(z.string()),
      options: z.array(z.object({ key: z.string(), text: z.string(), imageUrl: z.string().nullable() })),
    }),
  ),
});
export type ExamPaperPlain = z.infer<typeof examPaperPlain>;

/** An answer value: choice letters in order ('A', 'ACD'), 'T' or 'F' for true/false, '' for cleared. */
export const answerValue = z.string().regex(/^(|[A-H]{1,8}|T|F)$/, '答案格式不正确');

export const examSaveBody = z.object({
  answers: z
    .array(
      z.object({
        itemNo: z.number().int().min(1).max(1000),
        value: answerValue,
        /** The client's sequence of this change, rising per attempt (kept across reloads in IndexedDB). */
        seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
      }),
    )
    .min(1)
    .max(1000),
});
export type ExamSaveBody = z.infer<typeof examSaveBody>;

/** The acknowledgement: every answer of the request with `seq ≤ ackSeq` is durable (or was older than a stored one). */
export const examSaveResponse = z.object({ ackSeq: z.number().int(), clock: examClock });
export type ExamSaveResponse = z.infer<typeof examSaveResponse>;

export const examResumeResponse = z.object({
  answers: z.array(z.object({ itemNo: z.number().int(), value: z.string(), seq: z.number().int() })),
  ackSeq: z.number().int(),
  clock: examClock,
  receipt: z.string().nullable(),
});
export type ExamResumeResponse = z.infer<typeof examResumeResponse>;

export const examSubmitBody = z.object({
  /** The client's idempotency key: the same key (or any key once submitted) gives the one submission. */
  clientKey: text().trim().min(8).max(64),
  /** Answers still in the client's queue, saved with the submission. */
  answers: examSaveBody.shape.answers.optional(),
});
export type ExamSubmitBody = z.infer<typeof examSubmitBody>;

export const examSubmitResponse = z.object({
  receipt: z.string(),
  submittedAt: z.number(),
  kind: z.enum(submitKinds),
  answered: z.number().int(),
  itemCount: z.number().int(),
});
export type ExamSubmitResponse = z.infer<typeof examSubmitResponse>;

export const examEventsBody = z.object({
  events: z
    .array(
      z.object({
        kind: z.enum(examEventKinds),
        clientAt: z.number(),
        detail: text().max(200).optional(),
      }),
    )
    .min(1)
    .max(100),
});
export type ExamEventsBody = z.infer<typeof examEventsBody>;
