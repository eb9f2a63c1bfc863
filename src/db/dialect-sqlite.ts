import type { Dialect } from './executor.js';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  greatest: (a, b) => `max(${a}, ${b})`,
  jsonList: (param, alias) => `json_each(${param}) ${alias}`,
  jsonAgg: (expr) => `json_group_array(${expr})`,
  jsonArray: (...exprs) => `json_array(${exprs.join(', ')})`,
  groupConcat: (expr, separator, order) => `group_concat(${expr}, ${separator} ORDER BY ${order})`,
  chr: (code) => `char(${code})`,
  unindexed: (column) => `+${column}`,
  skipLocked: () => '',
  json: <T>(value: unknown) => JSON.parse(value as string) as T,
  flag: (value) => value === 1,
};
