import type { Executor } from '../../db/executor.js';
import { createNamedRepository } from '../../db/named-repository.js';
import type { TagRow } from '../../db/schema.js';
import { tags } from '../../db/schema/sqlite.js';

export const createTagsRepository = (sql: Executor) => createNamedRepository<TagRow>(sql, {
  table: tags, one: 'A tag', self: 'This tag', reindex: (index, id) => index.reindexTag(id),
});

export type TagsRepository = ReturnType<typeof createTagsRepository>;
