// 职业技能等级证书 (R-CERT-01…05): the centre's routes under /api/v1/certificates/, the public verification under
// /api/v1/public/certificates/ (no login, rate limited per client address like the publicity board).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, sendFile, XLSX_MIME } from '../../http/download.js';
import { idParam } from '../../../shared/common.js';
import {
  certificateBatchDetail,
  certificateBatchIdParam,
  certificateBatchList,
  certificateItem,
  certificatePublicKey,
  certificateStock,
  credentialDocument,
  issueCertificatesBody,
  lookupCertificateBody,
  publicVerification,
  reissueCertificateBody,
  revokeCertificateBody,
  suspendCertificateBody,
  reinstateCertificateBody,
  stockMoveBody,
  stockSettingsBody,
  stocktakeBody,
  verifyQuery,
} from '../../../shared/certificates.js';
import { z } from 'zod';
import {
  getCertificate,
  getCertificateBatch,
  issueCertificates,
  listCertificateBatches,
  reissueCertificate,
  revokeCertificate,
  suspendCertificate,
  reinstateCertificate,
} from './certificates.service.js';
import { getCredential, statusList } from './credential.service.js';
import { publicKeyOf, verifyByNumberAndName, verifyByQr } from './public.service.js';
import { downloadCertificateRegister } from './register.service.js';
import { getCertificateStock, putStockSettings, recordStockMove, recordStocktake } from './stock.service.js';
import { readUploadedFile } from '../../http/upload.js';
import {
  certificateExportList,
  certificateImportQuery,
  certificateImportResult,
  myCertificateList,
} from '../../../shared/certificates.js';
import { importCertificateNumbers, importTemplate } from './import.service.js';
import { downloadCertificateExport, exportCertificates, listCertificateExports } from './export.service.js';
import { myCertificates } from './holder.service.js';

export const certificatesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, config } = ctx;
    const tags = ['证书管理'];
    const batch = '/certificates/batches/:batchId';

    app.get(
      '/certificates/batches',
      { schema: { tags, summary: '证书管理：成绩已确定的批次', response: { 200: certificateBatchList } } },
      async (req) => listCertificateBatches(db, { actor: req.actor }),
    );
    app.get(
      batch,
      {
        schema: {
          tags,
          summary: '批次的证书：已核发与待核发',
          params: certificateBatchIdParam,
          response: { 200: certificateBatchDetail },
        },
      },
      async (req) => getCertificateBatch(db, config, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      `${batch}/issue`,
      {
        schema: {
          tags,
          summary: '核发证书（成绩合格且已确定的考生，每人一本，可重复执行）',
          params: certificateBatchIdParam,
          body: issueCertificatesBody,
          response: { 200: z.object({ issued: z.number().int(), detail: certificateBatchDetail }) },
        },
      },
      async (req) =>
        issueCertificates(db, config, {
          actor: req.actor,
          batchId: req.params.batchId,
          issueDate: req.body.issueDate,
        }),
    );
    app.get(
      `${batch}/register.pdf`,
      { schema: { tags, summary: '下载证书核发名册（PDF）', params: certificateBatchIdParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await downloadCertificateRegister(db, config, {
            actor: req.actor,
            batchId: req.params.batchId,
            format: 'pdf',
          }),
          PDF_MIME,
        ),
    );
    app.get(
      `${batch}/register.xlsx`,
      { schema: { tags, summary: '下载证书核发名册（Excel）', params: certificateBatchIdParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await downloadCertificateRegister(db, config, {
            actor: req.actor,
            batchId: req.params.batchId,
            format: 'xlsx',
          }),
          XLSX_MIME,
        ),
    );
    app.get(
      '/certificates/:id',
      { schema: { tags, summary: '证书详情', params: idParam, response: { 200: certificateItem } } },
      async (req) => getCertificate(db, config, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/certificates/:id/credential',
      {
        schema: {
          tags,
          summary: '证书的可验证凭证（W3C VC 2.0 / Open Badges 3.0，EdDSA 签名）',
          params: idParam,
          response: { 200: credentialDocument },
        },
      },
      async (req) => getCredential(db, config, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/certificates/:id/revoke',
      {
        schema: {
          tags,
          summary: '撤销证书（须填写原因）',
          params: idParam,
          body: revokeCertificateBody,
          response: { 200: certificateItem },
        },
      },
      async (req) =>
        revokeCertificate(db, config, { actor: req.actor, id: req.params.id, reason: req.body.revokeReason }),
    );
    app.post(
      '/certificates/:id/suspend',
      {
        schema: {
          tags,
          summary: '暂停使用证书（核查期间，须填写原因）',
          params: idParam,
          body: suspendCertificateBody,
          response: { 200: certificateItem },
        },
      },
      async (req) =>
        suspendCertificate(db, config, { actor: req.actor, id: req.params.id, reason: req.body.suspendReason }),
    );
    app.post(
      '/certificates/:id/reinstate',
      {
        schema: {
          tags,
          summary: '恢复暂停使用的证书（核查完毕，须填写原因）',
          params: idParam,
          body: reinstateCertificateBody,
          response: { 200: certificateItem },
        },
      },
      async (req) =>
        reinstateCertificate(db, config, { actor: req.actor, id: req.params.id, reason: req.body.reinstateReason }),
    );
    app.post(
      '/certificates/:id/reissue',
      {
        schema: {
          tags,
          summary: '补发证书（持证人申请、核对档案后登记）',
          params: idParam,
          body: reissueCertificateBody,
          response: { 200: certificateItem },
        },
      },
      async (req) =>
        reissueCertificate(db, config, { actor: req.actor, id: req.params.id, reason: req.body.reissueReason }),
    );

    // ── Numbers assigned by the province, imported (R-CERT-01): preview, then confirm ──
    app.get(
      '/certificates/import/template.xlsx',
      { schema: { tags, summary: '下载省平台证书编号导入模板' } },
      async (req, reply) => sendFile(reply, await importTemplate({ actor: req.actor }), XLSX_MIME),
    );
    app.post(
      `${batch}/import`,
      {
        schema: {
          tags,
          summary: '导入省平台分配的证书编号（先预览；确认时有错误则全部不导入）',
          consumes: ['multipart/form-data'],
          params: certificateBatchIdParam,
          querystring: certificateImportQuery,
          response: { 200: certificateImportResult },
        },
      },
      async (req) => {
        const { bytes } = await readUploadedFile(req, { what: ' Excel 文件' });
        return importCertificateNumbers(
          db,
          { pii: ctx.pii, config },
          { actor: req.actor, batchId: req.params.batchId, bytes, ...req.query },
        );
      },
    );

    // ── Export for the national query system (R-CERT-04): frozen files with their SHA-256 ──
    app.get(
      `${batch}/exports`,
      {
        schema: {
          tags,
          summary: '证书数据上报（全国联网查询）：各版本及校验值',
          params: certificateBatchIdParam,
          response: { 200: certificateExportList },
        },
      },
      async (req) => listCertificateExports(db, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      `${batch}/exports`,
      {
        schema: {
          tags,
          summary: '导出证书数据上报（数据有变化时生成新版本，旧版本保留）',
          params: certificateBatchIdParam,
          body: z.object({}),
          response: { 200: certificateExportList },
        },
      },
      async (req) =>
        exportCertificates(db, { files: ctx.files, pii: ctx.pii }, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.get(
      '/certificates/exports/:id/file.xlsx',
      { schema: { tags, summary: '下载证书数据上报表（与导出时的校验值一致）', params: idParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await downloadCertificateExport(db, { files: ctx.files }, { actor: req.actor, id: req.params.id }),
          XLSX_MIME,
        ),
    );

    // ── The holder's own certificates (R-CERT-04, R-VIOL-05) ──
    app.get(
      '/me/certificates',
      { schema: { tags: ['portal'], summary: '我的证书（含撤销、补发）', response: { 200: myCertificateList } } },
      async (req) => myCertificates(db, config, { actor: req.actor }),
    );

    // ── Blank certificate stock (R-CERT-03) ──
    const stags = ['证书库存'];
    app.get(
      '/certificates/stock',
      { schema: { tags: stags, summary: '空白证书库存：台账、盘点与预警', response: { 200: certificateStock } } },
      async (req) => getCertificateStock(db, { actor: req.actor }),
    );
    app.post(
      '/certificates/stock/moves',
      {
        schema: {
          tags: stags,
          summary: '登记空白证书入库、领用打印、作废或销毁（按流水号段）',
          body: stockMoveBody,
          response: { 200: certificateStock },
        },
      },
      async (req) => recordStockMove(db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/certificates/stock/stocktakes',
      {
        schema: { tags: stags, summary: '空白证书盘点', body: stocktakeBody, response: { 200: certificateStock } },
      },
      async (req) => recordStocktake(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/certificates/stock/settings',
      {
        schema: {
          tags: stags,
          summary: '修改库存预警数量',
          body: stockSettingsBody,
          response: { 200: certificateStock },
        },
      },
      async (req) => putStockSettings(db, { actor: req.actor, lowStockThreshold: req.body.lowStockThreshold }),
    );

    // ── Public verification (R-CERT-05): no login, rate limited per client address ──
    const ptags = ['证书查询（公开）'];
    const readLimit = { max: config.LOGIN_RATE_PER_MINUTE * 6, timeWindow: '1 minute' };
    const lookupLimit = { max: config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' };
    // Answers kept in memory only on the embedded database, which one process owns (public.service.ts).
    const publicOpts = { cache: ctx.dbKind === 'pglite' };
    app.get(
      '/public/certificates/verify',
      {
        schema: {
          tags: ptags,
          summary: '扫码验证证书（证书编号与签名）',
          querystring: verifyQuery,
          response: { 200: publicVerification },
        },
        config: { public: true, rateLimit: readLimit },
      },
      async (req) => verifyByQr(db, config, req.query, publicOpts),
    );
    app.post(
      '/public/certificates/lookup',
      {
        schema: {
          tags: ptags,
          summary: '按证书编号和姓名查询证书',
          body: lookupCertificateBody,
          response: { 200: publicVerification },
        },
        config: { public: true, rateLimit: lookupLimit },
      },
      async (req) => verifyByNumberAndName(db, config, req.body, publicOpts),
    );
    app.get(
      '/public/certificates/key',
      {
        schema: { tags: ptags, summary: '认定中心的证书签名公钥', response: { 200: certificatePublicKey } },
        config: { public: true, rateLimit: readLimit },
      },
      async () => publicKeyOf(config),
    );
    for (const [purpose, name] of [
      ['revocation', '撤销'],
      ['suspension', '暂停使用'],
    ] as const)
      app.get(
        `/public/certificates/status/${purpose}`,
        {
          schema: {
            tags: ptags,
            summary: `证书${name}状态列表（W3C Bitstring Status List）`,
            response: { 200: credentialDocument },
          },
          config: { public: true, rateLimit: readLimit },
        },
        async (_req, reply) => {
          reply.header('cache-control', 'public, max-age=60');
          return statusList(db, config, purpose);
        },
      );
  };
