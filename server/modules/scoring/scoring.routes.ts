// Scoring (R-SCORE-01…05, R-VIOL-01…05 applied): the centre's sheets, imports, results, corrections and rulings;
// the examiners' marking. Routes under /api/v1/scoring/.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, XLSX_MIME, downloadName, sendFile } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import {
  batchParams,
  batchResults,
  correctionBody,
  correctionDecisionBody,
  correctionList,
  correctionRow,
  decisionBody,
  entriesBody,
  flagDecisionBody,
  idParams,
  markBody,
  markDetail,
  markParams,
  markingView,
  mySittingList,
  patternReport,
  rulingBody,
  scoreSheet,
  scoringBatchList,
  scoringSettings,
  sheetSetupBody,
  signBody,
  sittingParams,
  violationRulingList,
} from '../../../shared/scoring.js';
import { decideCorrection, listCorrections, requestCorrection } from './corrections.service.js';
import { confirmAgreement, decideMark, getMark, getMarking, mySittings, saveMark } from './marking.service.js';
import { getResults, getScoringSettings, listScoringBatches, saveScoringSettings } from './results.service.js';
import { scoresFromEvidence } from './evidence.service.js';
import { analysePatterns, decideFlag, getPatterns } from './patterns.service.js';
import { markRecordPdf, scoreSheetPdf } from './scoring.pdf.js';
import { getSheet, importEntries, importTemplate, saveEntries, setupSheet, signSheet } from './sheets.service.js';
import { listViolations, ruleViolation, type ViolationHooks } from './violations.service.js';

export const scoringRoutes =
  (ctx: AppContext, hooks: ViolationHooks = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['成绩管理'];
    const fontPath = ctx.config.PDF_FONT_PATH;

    app.get(
      '/scoring/settings',
      { schema: { tags, summary: '成绩设置（合格线、分差、成绩保留期）', response: { 200: scoringSettings } } },
      async (req) => getScoringSettings(db, { actor: req.actor }),
    );
    app.put(
      '/scoring/settings',
      { schema: { tags, summary: '修改成绩设置', body: scoringSettings, response: { 200: scoringSettings } } },
      async (req) => saveScoringSettings(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/scoring/batches',
      { schema: { tags, summary: '待评分与已评分的批次及场次', response: { 200: scoringBatchList } } },
      async (req) => listScoringBatches(db, { actor: req.actor }),
    );
    app.get(
      '/scoring/batches/:batchId/results',
      { schema: { tags, summary: '批次成绩结果', params: batchParams, response: { 200: batchResults } } },
      async (req) => getResults(db, { actor: req.actor, ...req.params }),
    );
    app.get(
      '/scoring/batches/:batchId/violations',
      { schema: { tags, summary: '批次违纪处理', params: batchParams, response: { 200: violationRulingList } } },
      async (req) => listViolations(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      '/scoring/batches/:batchId/violations/:id/ruling',
      {
        schema: {
          tags,
          summary: '违纪处理决定（确认或撤销）',
          params: batchParams.extend(idParams.shape),
          body: rulingBody,
          response: { 200: violationRulingList },
        },
      },
      async (req) =>
        ruleViolation(db, {
          actor: req.actor,
          batchId: req.params.batchId,
          violationId: req.params.id,
          ...req.body,
          hooks,
        }),
    );

    const sitting = '/scoring/sittings/:sittingId';
    app.get(
      sitting,
      { schema: { tags, summary: '成绩登记表', params: sittingParams, response: { 200: scoreSheet } } },
      async (req) => getSheet(db, { actor: req.actor, ...req.params }),
    );
    app.put(
      `${sitting}/entries`,
      {
        schema: {
          tags,
          summary: '录入成绩（逐行保存，有错误则全部不保存）',
          params: sittingParams,
          body: entriesBody,
          response: { 200: z.object({ changed: z.number() }) },
        },
      },
      async (req) => saveEntries(db, { actor: req.actor, ...req.params, entries: req.body.entries }),
    );
    app.post(
      `${sitting}/import`,
      {
        schema: {
          tags,
          summary: '导入成绩（准考证号、姓名、成绩；有错误则全部不导入）',
          params: sittingParams,
          consumes: ['multipart/form-data'],
          response: { 200: z.object({ rows: z.number(), changed: z.number() }) },
        },
      },
      async (req) => {
        const { bytes } = await readUploadedFile(req, { what: ' Excel 文件' });
        return importEntries(db, { actor: req.actor, ...req.params, bytes });
      },
    );
    app.get(
      `${sitting}/template.xlsx`,
      { schema: { tags, summary: '成绩导入模板', params: sittingParams } },
      async (req, reply) => {
        const t = await importTemplate(db, { actor: req.actor, ...req.params });
        return sendFile(reply, { bytes: t.bytes, name: downloadName(t.title, '成绩导入模板', 'xlsx') }, XLSX_MIME);
      },
    );
    app.put(
      `${sitting}/setup`,
      {
        schema: {
          tags,
          summary: '评分设置（评分所用技能试卷、评分时间）',
          params: sittingParams,
          body: sheetSetupBody,
          response: { 200: scoreSheet },
        },
      },
      async (req) => setupSheet(db, { actor: req.actor, ...req.params, ...req.body }),
    );
    app.post(
      `${sitting}/sign`,
      {
        schema: {
          tags,
          summary: '在成绩登记表上签字（考评组组长、汇总记分员）',
          params: sittingParams,
          body: signBody,
          response: { 200: scoreSheet },
        },
      },
      async (req) => signSheet(db, { actor: req.actor, ...req.params, role: req.body.role }),
    );
    app.get(
      `${sitting}/sheet.pdf`,
      { schema: { tags, summary: '成绩登记表（PDF）', params: sittingParams } },
      async (req, reply) =>
        sendFile(reply, await scoreSheetPdf(db, { actor: req.actor, ...req.params, fontPath }), PDF_MIME),
    );
    app.post(
      `${sitting}/corrections`,
      {
        schema: {
          tags,
          summary: '提出成绩更正申请（登记表签字后）',
          params: sittingParams,
          body: correctionBody,
          response: { 200: correctionRow },
        },
      },
      async (req) => requestCorrection(db, { actor: req.actor, ...req.params, ...req.body }),
    );
    app.get(
      '/scoring/corrections',
      {
        schema: {
          tags,
          summary: '成绩更正申请',
          querystring: z.object({ state: z.enum(['requested', 'approved', 'rejected']).optional() }),
          response: { 200: correctionList },
        },
      },
      async (req) => listCorrections(db, { actor: req.actor, state: req.query.state }),
    );
    app.post(
      '/scoring/corrections/:id/decision',
      {
        schema: {
          tags,
          summary: '审批成绩更正',
          params: idParams,
          body: correctionDecisionBody,
          response: { 200: correctionRow },
        },
      },
      async (req) => decideCorrection(db, { actor: req.actor, id: req.params.id, ...req.body }),
    );

    app.post(
      `${sitting}/evidence`,
      {
        schema: {
          tags,
          summary: '依据报名材料生成成绩（免考认定、过程考核、竞赛批次）',
          params: sittingParams,
          response: { 200: z.object({ written: z.number(), missing: z.array(z.string()) }) },
        },
      },
      async (req) => scoresFromEvidence(db, { actor: req.actor, ...req.params }),
    );
    app.get(
      `${sitting}/patterns`,
      { schema: { tags, summary: '雷同分析结果', params: sittingParams, response: { 200: patternReport } } },
      async (req) => getPatterns(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${sitting}/patterns`,
      {
        schema: { tags, summary: '进行雷同分析（机考场次）', params: sittingParams, response: { 200: patternReport } },
      },
      async (req) => analysePatterns(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      '/scoring/patterns/:id/decision',
      {
        schema: {
          tags,
          summary: '雷同复核结论',
          params: idParams,
          body: flagDecisionBody,
          response: { 200: patternReport },
        },
      },
      async (req) => decideFlag(db, { actor: req.actor, id: req.params.id, ...req.body }),
    );

    // Examiners' marking (操作技能评分)
    app.get(
      '/scoring/marking',
      { schema: { tags, summary: '我的评分任务', response: { 200: mySittingList } } },
      async (req) => mySittings(db, { actor: req.actor }),
    );
    app.get(
      '/scoring/marking/:sittingId',
      { schema: { tags, summary: '评分：评分记录表与考生', params: sittingParams, response: { 200: markingView } } },
      async (req) => getMarking(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      '/scoring/marking/:sittingId/agreement',
      {
        schema: {
          tags,
          summary: '确认考评人员保密承诺',
          params: sittingParams,
          response: { 200: z.object({ agreed: z.boolean() }) },
        },
      },
      async (req) => confirmAgreement(db, { actor: req.actor, ...req.params }),
    );
    app.get(
      '/scoring/marking/:sittingId/:applicationId',
      { schema: { tags, summary: '一名考生的评分', params: markParams, response: { 200: markDetail } } },
      async (req) => getMark(db, { actor: req.actor, ...req.params }),
    );
    app.put(
      '/scoring/marking/:sittingId/:applicationId',
      {
        schema: {
          tags,
          summary: '保存或提交评分',
          params: markParams,
          body: markBody,
          response: { 200: markDetail },
        },
      },
      async (req) => saveMark(db, { actor: req.actor, ...req.params, ...req.body }),
    );
    app.post(
      '/scoring/marking/:sittingId/:applicationId/decision',
      {
        schema: {
          tags,
          summary: '组长裁定（第三评与前两评均不一致）',
          params: markParams,
          body: decisionBody,
          response: { 200: markDetail },
        },
      },
      async (req) => decideMark(db, { actor: req.actor, ...req.params, ...req.body }),
    );
    app.get(
      '/scoring/marking/:sittingId/:applicationId/record.pdf',
      { schema: { tags, summary: '技能操作考核评分记录表（PDF）', params: markParams } },
      async (req, reply) =>
        sendFile(reply, await markRecordPdf(db, { actor: req.actor, ...req.params, fontPath }), PDF_MIME),
    );
  };
