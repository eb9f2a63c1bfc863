import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';
import { createKeysRepository } from '../modules/keys/repository.js';
import { createAuthorsRepository } from '../modules/authors/repository.js';
import { createTagsRepository } from '../modules/tags/repository.js';
import { createSectionsRepository } from '../modules/sections/repository.js';
import { createArticlesRepository } from '../modules/articles/repository.js';
import { createLinksRepository } from '../modules/links/repository.js';
import { createRelatedRepository } from '../modules/related/repository.js';
import { createSearchRepository } from '../modules/search/repository.js';
import { createViewsRepository } from '../modules/popular/repository.js';
import { createSitemapsRepository } from '../modules/sitemaps/repository.js';
import { createChangesRepository } from '../modules/changes/repository.js';
import { createWebhooksRepository } from '../modules/webhooks/repository.js';
import { createRevisionsRepository } from '../modules/revisions/repository.js';
import { createImportsRepository } from '../modules/imports/repository.js';
import { createSecretsRepository } from './secrets.js';

export function createRepositories(db: Db) {
  // Prepared once: db.pragma() compiles its statement on every call, and this one runs on every cached read.
  const dataVersion = db.$client.prepare('PRAGMA data_version').pluck();
  return {
    keys: createKeysRepository(db),
    authors: createAuthorsRepository(db),
    tags: createTagsRepository(db),
    sections: createSectionsRepository(db),
    articles: createArticlesRepository(db),
    links: createLinksRepository(db),
    related: createRelatedRepository(db),
    search: createSearchRepository(db),
    views: createViewsRepository(db),
    sitemaps: createSitemapsRepository(db),
    changes: createChangesRepository(db),
    webhooks: createWebhooksRepository(db),
    revisions: createRevisionsRepository(db),
    imports: createImportsRepository(db),
    secrets: createSecretsRepository(db),
    health: {
      ping: () => db.get(sql`select 1`),
      /** Changes when another connection (another process) commits to the database. */
      dataVersion: () => dataVersion.get() as number,
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
