import { readFileSync } from 'node:fs';

/** The pids of the processes `pid` started, read from /proc (Linux), for tests and benchmarks; none once it is gone. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
