import type { Database, TransactionOptions } from './database.js';
import type { Executor } from './executor.js';
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

/**
 * Every repository, built over one executor: the database outside any
 * transaction (AppContext.repos, for reads), or one transaction (what
 * `transaction` hands its work), so that a write, its outbox record and its
 * search-index update share that transaction on a pooled driver too.
 *
 * A repository is `createXRepository(sql: Executor)` returning async
 * functions that run SQL through `sql` (see db/executor.ts, db/rows.ts);
 * register it here. A repository never opens a transaction: the service
 * that calls it does, with `deps.transaction(async (repos) => …)`.
 */
export function createRepositories(sql: Executor) {
  return {
    keys: createKeysRepository(sql),
    authors: createAuthorsRepository(sql),
    tags: createTagsRepository(sql),
    sections: createSectionsRepository(sql),
    articles: createArticlesRepository(sql),
    links: createLinksRepository(sql),
    related: createRelatedRepository(sql),
    search: createSearchRepository(sql),
    views: createViewsRepository(sql),
    sitemaps: createSitemapsRepository(sql),
    changes: createChangesRepository(sql),
    webhooks: createWebhooksRepository(sql),
    revisions: createRevisionsRepository(sql),
    imports: createImportsRepository(sql),
    secrets: createSecretsRepository(sql),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Runs `work` in one transaction, with repositories built for it; commits when it resolves. */
export type Transactor = <T>(work: (repos: Repositories) => Promise<T>, options?: TransactionOptions) => Promise<T>;

export function transactor(db: Database, wrap: (repos: Repositories) => Repositories = (r) => r): Transactor {
  return (work, options) => db.transaction((sql) => work(wrap(createRepositories(sql))), options);
}
