import type { Dialect } from '../../db/executor.js';
import { articleColumns, filterClauses, visible } from '../articles/sql.js';
import type { SearchParams, SearchPools } from './repository.js';

/**
 * The conditions every result meets (visible to the audience, the filters), binding their values; and the
 * pool of newest matches ranked, deeper with a filter, which leaves fewer of them.
 */
export function conditions(d: Dialect, params: SearchParams, pools: SearchPools, values: Record<string, unknown>): string {
  const where = [visible(d)];
  filterClauses(d, params.filter, where, values);
  values.pool = where.length > 1 ? pools.poolFiltered : pools.pool;
  return where.join(' AND ');
}

/**
 * The end of both dialects' statement, after their `ranked` (id, rowid, score): one page of results by
 * (score, id), with each article and its section. The previous page's last article is taken at its score
 * now if it is still a result: writes between pages move every score (bm25 counts the whole index) but
 * seldom their order, so the page starts where it should.
 */
export function page(params: SearchParams, values: Record<string, unknown>): string {
  const after = params.after
    ? 'WHERE (r.score, r.id) < (coalesce((SELECT score FROM ranked WHERE id = @afterId), @afterScore), @afterId)' : '';
  if (params.after) [values.afterScore, values.afterId] = params.after;
  return `page AS (
      SELECT * FROM ranked r ${after} ORDER BY r.score DESC, r.id DESC LIMIT @limit
    )
    SELECT ${articleColumns}, p.score, p.rowid
    FROM page p JOIN articles a ON a.id = p.id JOIN sections s ON s.id = a.section_id
    ORDER BY p.score DESC, p.id DESC`;
}
