import type { DialectName, Executor } from '../../db/executor.js';
import { postgresListPlan } from './list-plan-postgres.js';
import { sqliteListPlan } from './list-plan-sqlite.js';
import type { ListFilter, Selective } from './sql.js';

/** Which of a narrowed list's filters its statement starts from (see `Selective`), by dialect. */
export type ListPlan = (sql: Executor, filter: ListFilter) => Promise<Selective | undefined>;

export const LIST_PLANS: Record<DialectName, ListPlan> = { sqlite: sqliteListPlan, postgres: postgresListPlan };
