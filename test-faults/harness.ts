import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import Database from 'better-sqlite3';
import { childEnv, freePort } from '../test/helpers.js';

export const ADMIN_KEY = 'fault-suite-admin-key-0123456789';
const bin = new URL('../bin/kiosque.js', import.meta.url).pathname;

// One way to make a temporary directory that is removed when the test file ends, for both suites.
export { tempDir } from '../test/helpers.js';

export interface Running {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Runs the `kiosque` command (bin/kiosque.js, as an operator would) and resolves with its exit code and output. */
export function kiosque(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Starts `kiosque serve` over `db` (a SQLite file, or a database URL) as a real process; resolves once /healthz answers. */
export async function serve(db: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: childEnv({
      PORT: String(port), DATABASE_URL: db.includes('://') ? db : `file:${db}`, KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'warn', ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let gone = false;
  void exited.then(() => { gone = true; });
  for (let i = 0; i < 200; i++) {
    if (gone) throw new Error(`the server exited before answering:\n${output}`);
    const ok = await send(port, 'GET', '/healthz').then((r) => r.status === 200, () => false);
    if (ok) return { child, port, exited, output: () => output };
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer within 10 s:\n${output}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): any;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request over a shared keep-alive pool; rejects on a connection error. */
export function send(port: number, method: string, path: string, payload?: object, headers: Record<string, string> = {}): Promise<Answer> {
  const body = payload === undefined ? undefined : JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1', port, method, path, agent,
      headers: {
        ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        ...(method === 'GET' ? {} : { authorization: `Bearer ${ADMIN_KEY}` }),
        ...headers,
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, body: text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Creates a section, two authors and two tags through the API; returns their ids. */
export async function newsroom(port: number) {
  const made = async (path: string, payload: object) => {
    const res = await send(port, 'POST', path, payload);
    if (res.status !== 201) throw new Error(`${path} → ${res.status} ${res.body}`);
    return res.json().id as string;
  };
  return {
    sectionId: await made('/v1/sections', { name: 'Actualités' }),
    authorIds: [await made('/v1/authors', { name: 'Hélène Fabre' }), await made('/v1/authors', { name: 'Louis Garnier' })],
    tagIds: [await made('/v1/tags', { name: 'Élections', type: 'topic' }), await made('/v1/tags', { name: 'Paris', type: 'place' })],
  };
}

export type Newsroom = Awaited<ReturnType<typeof newsroom>>;

export function articlePayload(room: Newsroom, title: string, body = 'Un paragraphe.\n\n## Une partie\n\nDu texte.') {
  return { title, body, status: 'published', sectionId: room.sectionId, authorIds: room.authorIds, tagIds: room.tagIds };
}

/** Opens the database file as another process would (recovering the WAL after a crash) and runs `work`. */
export function inspect<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function integrity(db: Database.Database): string {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('\n');
}

/** Articles lacking any part of a complete write: both bylines, both tags, the search row and its full-text entry. */
export function halfWritten(db: Database.Database): string[] {
  // article_fts reads its text from article_search; article_fts_docsize has one row per indexed document.
  return (db.prepare(`
    select a.id from articles a
    left join article_search s on s.article_id = a.id
    where (select count(*) from article_authors x where x.article_id = a.id) != 2
       or (select count(*) from article_tags x where x.article_id = a.id) != 2
       or s.rowid is null
       or not exists (select 1 from article_fts_docsize d where d.id = s.rowid)
  `).all() as { id: string }[]).map((r) => r.id);
}
