import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  jsonSchemaTransform,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerErrorHandler, sendFrameworkError } from './http/errors.js';
import { logSerializers } from './http/logging.js';
import { sessionPlugin } from './http/session.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { auditObjectNamer } from './audit-objects.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { collegesRoutes } from './modules/colleges/colleges.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { jobsRoutes } from './modules/jobs/jobs.routes.js';
import { filesRoutes } from './modules/files/files.routes.js';
import { homeRoutes } from './modules/home/home.routes.js';
import { centreRoutes } from './modules/centre/centre.routes.js';
import { scopeRoutes } from './modules/centre/scope.routes.js';
import { FileStore } from './modules/files/files.service.js';
import { JobRunner } from './modules/jobs/jobs.service.js';
import { registerJobHandlers } from './jobs.js';
import { loadPiiCipher } from './http/pii.js';
import type { App, AppContext } from './http/context.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { coursesRoutes } from './modules/registration/courses.routes.js';
import { feesRoutes } from './modules/registration/fees.routes.js';
import { financeRoutes } from './modules/finance/finance.routes.js';
import { archivesRoutes } from './modules/archives/archives.routes.js';
import { equipmentRoutes } from './modules/equipment/equipment.routes.js';
import { equipmentBatchReader } from './equipment-batches.js';
import { applicationsRoutes } from './modules/registration/applications.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { batchesRoutes } from './modules/plans/batches.routes.js';
import { rosterRoutes } from './modules/registration/roster.routes.js';
import { signupRoutes } from './modules/auth/signup.routes.js';
import { activationRoutes } from './modules/auth/activation.routes.js';
import { arrangementRoutes } from './modules/arrangement/arrangement.routes.js';
import { documentsRoutes } from './modules/arrangement/documents/documents.routes.js';
import { assignmentsRoutes } from './modules/arrangement/assignments.routes.js';
import { blueprintRoutes } from './modules/itembank/blueprint.routes.js';
import { itemsRoutes } from './modules/itembank/items.routes.js';
import { papersRoutes } from './modules/itembank/papers.routes.js';
import { custodyRoutes } from './modules/itembank/custody.routes.js';
import { examDayRoutes } from './modules/exams/exams-day.routes.js';
import { cbtRoutes } from './modules/exams/cbt.routes.js';
import { startAutoSubmit } from './modules/exams/autosubmit.service.js';
import { scoringRoutes } from './modules/scoring/scoring.routes.js';
import { revokeForViolation } from './modules/certificates/certificates.reads.js';
import { publicityRoutes } from './modules/publicity/publicity.routes.js';
import { supervisionRoutes } from './modules/supervision/supervision.routes.js';
import { complaintsRoutes } from './modules/complaints/complaints.routes.js';
import { certificatesRoutes } from './modules/certificates/certificates.routes.js';
import { certificatePrintRoutes } from './modules/certificates/print.routes.js';

export const webDistDir = path.resolve('dist/web');

/** A client's `x-request-id` is kept (for tracing across a proxy) only when it is plain: it is echoed and logged. */
export const acceptedRequestId = (header: unknown): string | undefined =>
  typeof header === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(header) ? header : undefined;

export async function buildApp(opts: {
  config: Config;
  database: Database;
  logger?: boolean | object;
  startJobs?: boolean;
}) {
  const { config, database } = opts;
  const app = Fastify({
    // R-PPL-02: the serializers keep ID numbers and SQL parameters out of the log, whatever the level.
    logger:
      opts.logger === false
        ? false
        : {
            level: config.LOG_LEVEL,
            ...(typeof opts.logger === 'object' ? opts.logger : {}),
            serializers: logSerializers,
          },
    genReqId: (req) => acceptedRequestId(req.headers['x-request-id']) ?? randomUUID(),
    requestIdHeader: false,
    frameworkErrors: sendFrameworkError,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const pii = loadPiiCipher(config);
  const files = new FileStore(database.db, path.join(config.dataDir, 'files'), config.UPLOAD_MAX_MB * 1024 * 1024, pii);
  const jobs = new JobRunner(database.db);
  registerJobHandlers(jobs, { db: database.db, files, config });
  const ctx: AppContext = { db: database.db, dbKind: database.kind, config, files, jobs, pii };
  app.decorate('ctx', ctx);

  registerErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS), and the API reference page uses inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: true, max: config.RATE_PER_MINUTE, timeWindow: '1 minute' });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_MB * 1024 * 1024, files: 1, fields: 10 } });
  await app.register(sessionPlugin, { db: database.db });
  await app.register(swagger, {
    openapi: {
      info: { title: '职业技能等级认定管理平台 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sc_session' } } },
      security: [{ session: [] }],
    },
    // Upload routes read their multipart body in the handler; the document still says what they take.
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const schema = out.schema as { consumes?: string[]; body?: unknown };
      if (schema.consumes?.includes('multipart/form-data') && !schema.body)
        schema.body = {
          type: 'object',
          properties: { file: { type: 'string', format: 'binary' } },
          required: ['file'],
        };
      return out;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  await app.register(healthRoutes(ctx), { prefix: '/api' });
  await app.register(
    async (v1) => {
      await v1.register(authRoutes(ctx));
      await v1.register(auditRoutes(ctx, auditObjectNamer));
      await v1.register(usersRoutes(ctx));
      await v1.register(collegesRoutes(ctx));
      await v1.register(calendarRoutes(ctx));
      await v1.register(jobsRoutes(ctx));
      await v1.register(filesRoutes(ctx));
      await v1.register(homeRoutes(ctx));
      await v1.register(centreRoutes(ctx));
      await v1.register(scopeRoutes(ctx));
      await v1.register(peopleRoutes(ctx));
      await v1.register(coursesRoutes(ctx));
      await v1.register(feesRoutes(ctx));
      await v1.register(financeRoutes(ctx));
      await v1.register(archivesRoutes(ctx));
      await v1.register(equipmentRoutes(ctx, equipmentBatchReader));
      await v1.register(applicationsRoutes(ctx));
      await v1.register(plansRoutes(ctx));
      await v1.register(batchesRoutes(ctx));
      await v1.register(rosterRoutes(ctx));
      await v1.register(signupRoutes(ctx));
      await v1.register(activationRoutes(ctx));
      await v1.register(arrangementRoutes(ctx));
      await v1.register(documentsRoutes(ctx));
      await v1.register(assignmentsRoutes(ctx));
      await v1.register(blueprintRoutes(ctx));
      await v1.register(itemsRoutes(ctx));
      await v1.register(papersRoutes(ctx));
      await v1.register(custodyRoutes(ctx));
      await v1.register(examDayRoutes(ctx));
      await v1.register(cbtRoutes(ctx));
      // R-VIOL-05: a violation upheld after issue revokes the certificates (scoring cannot import certificates).
      await v1.register(scoringRoutes(ctx, { revokeCertificates: revokeForViolation }));
      await v1.register(publicityRoutes(ctx));
      await v1.register(supervisionRoutes(ctx));
      await v1.register(complaintsRoutes(ctx));
      await v1.register(certificatesRoutes(ctx));
      await v1.register(certificatePrintRoutes(ctx));
    },
    { prefix: '/api/v1' },
  );

  // The web front end, with client-side routes falling back to index.html.
  if (fs.existsSync(path.join(webDistDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: 'index.html' });
    app.get('/*', { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
      const p = request.url.split('?')[0];
      if (p.startsWith('/api/')) return reply.callNotFound();
      const file = path.join(webDistDir, path.normalize(p));
      if (file.startsWith(webDistDir) && fs.existsSync(file) && fs.statSync(file).isFile())
        return reply.sendFile(path.relative(webDistDir, file));
      return reply.sendFile('index.html');
    });
  }

  if (opts.startJobs !== false) {
    app.addHook('onReady', async () => jobs.start());
    app.addHook('onClose', async () => jobs.stop());
    // R-EXAM-02: every process submits attempts at end + grace and scores them (tests call `sweepOnce`).
    let autoSubmit: ReturnType<typeof startAutoSubmit> | null = null;
    app.addHook('onReady', async () => {
      autoSubmit = startAutoSubmit(database.db, app.log);
    });
    app.addHook('onClose', async () => autoSubmit?.stop());
  }
  return app as unknown as App;
}
