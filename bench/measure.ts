// What the benchmark measures besides autocannon: the servers it starts (in
// their own processes), their CPU time and peak memory, and how much CPU the
// rest of the machine used meanwhile (to tell a quiet run from a busy one).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export interface Server {
  child: ChildProcess;
  url: string;
  /** CPU seconds (user + system) the process has used. */
  cpu(): number;
  /** Peak resident memory since the last resetPeak() (or the start), in MB. */
  peakRss(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

const TICK = 100; // clock ticks a second (USER_HZ) on Linux

/** Starts a TypeScript entry point with tsx, as `npm start` does, and waits until `ready` answers 200. */
export async function startServer(args: string[], port: number, ready: string, env: Record<string, string> = {}): Promise<Server & { startMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}${ready}`)).status === 200) break;
    } catch { /* not listening yet */ }
    if (performance.now() - started > 120_000) throw new Error(`${args.join(' ')} never answered`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  const stat = () => readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return {
    child, url, startMs,
    cpu: () => (Number(stat()[11]) + Number(stat()[12])) / TICK,
    peakRss: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux), so each scenario gets its own peak.
    resetPeak: () => writeFileSync(`/proc/${child.pid}/clear_refs`, '5'),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** The middle value (the upper middle of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU seconds the whole machine spent busy (every core, every process), from /proc/stat. */
export function machineBusy(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICK;
}

/** CPU seconds this process (the load generator) has used. */
export function selfCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
