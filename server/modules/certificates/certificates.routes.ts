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
} from './certificates.service.js';
import { getCredential, revocationStatusList } from './credential.service.js';
import { publicKeyOf, verifyByNumberAndName, verifyByQr } from './public.service.js';
import { downloadCertificateRegister } from './register.service.js';
import { getCertificateStock, putStockSettings, recordStockMove, recordStocktake } from './stock.service.js';

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
      async (req) => verifyByQr(db, config, req.query),
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
      async (req) => verifyByNumberAndName(db, config, req.body),
    );
    app.get(
      '/public/certificates/key',
      {
        schema: { tags: ptags, summary: '认定中心的证书签名公钥', response: { 200: certificatePublicKey } },
        config: { public: true, rateLimit: readLimit },
      },
      async () => publicKeyOf(config),
    );
    app.get(
      '/public/certificates/status/revocation',
      {
        schema: {
          tags: ptags,
          summary: '证书撤销状态列表（W3C Bitstring Status List）',
          response: { 200: credentialDocument },
        },
        config: { public: true, rateLimit: readLimit },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return revocationStatusList(db, config);
      },
    );
  };
