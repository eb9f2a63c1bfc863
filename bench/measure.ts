// What the benchmark measures besides wrk: the servers it starts (in their
// own processes; with `serve --workers N`, the primary and its workers), their
// CPU time and peak memory, and how much CPU the rest of the machine used
// meanwhile (to tell a quiet run from a busy one).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { childrenOf } from '../test/processes.js';

export interface Server {
  child: ChildProcess;
  url: string;
  /** CPU seconds (user + system) the process and its children (a cluster's workers) have used. */
  cpu(): number;
  /** Peak resident memory since the last resetPeak() (or the start), in MB: the sum over the process and its children. */
  peakRss(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

const TICK = 100; // clock ticks a second (USER_HZ) on Linux

/**
 * Starts a server, `bin/kiosque.js` as `npm start` runs it or a TypeScript entry point through tsx,
 * and waits until `ready` answers 200.
 */
export async function startServer(args: string[], port: number, ready: string, env: Record<string, string> = {}): Promise<Server & { startMs: number }> {
  const started = performance.now();
  const loader = args.some((arg) => arg.endsWith('.ts')) ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, ...args], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      if (listening(port) && (await fetch(`${url}${ready}`)).status === 200) break;
    } catch { /* not answering yet */ }
    if (performance.now() - started > 120_000) throw new Error(`${args.join(' ')} never answered`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  const pids = () => tree(child.pid!);
  return {
    child, url, startMs,
    cpu: () => pids().reduce((sum, pid) => sum + processCpu(pid), 0),
    peakRss: () => pids().reduce((sum, pid) => sum + read(`/proc/${pid}/status`, (s) => Number(/VmHWM:\s+(\d+)/.exec(s)![1]) / 1024), 0),
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux), so each scenario gets its own peak.
    resetPeak: () => pids().forEach((pid) => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch { /* gone meanwhile */ }
    }),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/**
 * Whether a socket listens on the port. Asked before connecting: the benchmark's ports are in Linux's
 * ephemeral range, and a connection to a port nothing listens on yet can be given that port as its own
 * source, connect to itself and hold the port, so the server then fails with EADDRINUSE.
 */
function listening(port: number): boolean {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  return ['/proc/net/tcp', '/proc/net/tcp6'].some((file) => read(file, (s) => Number(s.split('\n').some((line) => {
    const [, local, , state] = line.trim().split(/\s+/);
    return local?.endsWith(hex) && state === '0A'; // 0A: LISTEN
  }))));
}

/** Parses a file of a process's /proc; 0 when the process has gone meanwhile (a worker replaced). */
function read(file: string, parse: (s: string) => number): number {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch {
    return 0;
  }
}

/** A process and its descendants (a cluster's primary and its workers). */
function tree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(tree)];
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
const processCpu = (pid: number) => read(`/proc/${pid}/stat`, (s) => {
  const fields = s.slice(s.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK;
});

/**
 * The CPU PostgreSQL spends for the benchmark's servers: its backends connected to their database,
 * read from /proc (the server runs on this machine). `cpu()` gives each backend's CPU seconds; the
 * difference between two readings counts a backend that started in between from zero (one that
 * ended in between is lost: the pools keep theirs while busy).
 */
export async function databaseCpu(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async cpu(): Promise<Map<number, number>> {
      const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      return new Map(rows.map(({ pid }) => [pid, processCpu(pid)]));
    },
    used: (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, cpu]) => sum + cpu - (before.get(pid) ?? 0), 0),
    close: () => client.end(),
  };
}

/** The middle value (the upper middle of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU seconds the whole machine spent busy (every core, every process), from /proc/stat. */
export function machineBusy(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICK;
}

/**
 * CPU seconds this process and the children it has waited for (wrk, once it has exited) have used:
 * the load generators' CPU.
 */
export function selfCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / TICK;
}
