import type { Dialect } from './executor.js';

export const postgresDialect: Dialect = {
  name: 'postgres',
  greatest: (a, b) => `greatest(${a}, ${b})`,
  jsonList: (param, alias) => `jsonb_array_elements_text(CAST(${param} AS jsonb)) WITH ORDINALITY ${alias}(value, key)`,
  jsonAgg: (expr) => `coalesce(json_agg(${expr}), '[]'::json)`,
  jsonArray: (...exprs) => `json_build_array(${exprs.join(', ')})`,
  groupConcat: (expr, separator, order) => `string_agg(${expr}, ${separator} ORDER BY ${order})`,
  chr: (code) => `chr(${code})`,
  unindexed: (column) => column,
  skipLocked: (alias) => ` FOR UPDATE OF ${alias} SKIP LOCKED`,
  json: <T>(value: unknown) => value as T,
  flag: (value) => value === true,
};
