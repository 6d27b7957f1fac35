import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { FileStore } from '../modules/files/files.service.js';
import type { JobRunner } from '../modules/jobs/jobs.service.js';
import type { PiiCipher } from './pii.js';

/** What every module's routes receive: the database, the settings and the shared stores. */
export interface AppContext {
  db: Database['db'];
  dbKind: Database['kind'];
  config: Config;
  files: FileStore;
  jobs: JobRunner;
  /** R-PPL-02: encrypts and hashes ID numbers (key from PII_KEY or DATA_DIR/pii.key). */
  pii: PiiCipher;
}

export type App = FastifyInstance & { ctx: AppContext };
