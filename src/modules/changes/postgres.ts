import type { Executor } from '../../db/executor.js';
import { CHANGES_CHANNEL } from '../../db/postgres-notify.js';

/**
 * On PostgreSQL, sequence values are drawn at insert while transactions commit
 * in any order: a reader past N could miss an N-1 that commits after N.
 * Every appender first takes this transaction-scoped advisory lock, held
 * until its commit, so no one draws a sequence while an earlier one is
 * uncommitted: sequence order is commit order, as SQLite's single writer
 * makes it. Writers queue only for the end of their transactions (the append
 * and the commit); test/db/postgres.test.ts commits the later of two writes first.
 */
export function lockAppends(sql: Executor): Promise<unknown> {
  return sql.get("SELECT pg_advisory_xact_lock(hashtext('kiosque:changes')) AS locked");
}

/**
 * Background work every instance runs on a timer (recording schedules come due, fanning the outbox out
 * to webhooks) reads a watermark, writes what lies past it and moves it: two instances doing it at once
 * would both read the same watermark and write it all twice. The turn's transaction takes this lock, held
 * until its commit, or leaves the turn to the instance that holds it.
 */
export async function tryTurn(sql: Executor, name: string): Promise<boolean> {
  const row = await sql.get<{ taken: boolean }>("SELECT pg_try_advisory_xact_lock(hashtext('kiosque:turn:' || CAST(@name AS TEXT))) AS taken", { name });
  return row!.taken;
}

/**
 * Tells other instances that changes were recorded, at the commit of the transaction that recorded them
 * (a rolled-back one tells nothing): their response caches read the feed after `seq` (db/postgres-notify.ts).
 */
export function notifyChanges(sql: Executor, seq: number): Promise<unknown> {
  return sql.get(`SELECT pg_notify('${CHANGES_CHANNEL}', CAST(@seq AS TEXT)) AS notified`, { seq });
}
