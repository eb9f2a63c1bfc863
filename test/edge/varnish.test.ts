// Kiosque behind a real Varnish with xkey, configured by the VCL shipped for users
// (deploy/varnish/kiosque.vcl): a real Kiosque process and a real varnishd, each on a
// free port in its own temporary directory. A relay follows the change feed and purges
// each change's surrogate keys, as README "Behind a CDN" tells operators to. Everything
// this suite needs is in this file: its code runs only where varnishd is installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t, { type Test } from 'tap';
import { childEnv, freePort } from '../helpers.js';

const repo = new URL('../..', import.meta.url).pathname;
const vclDir = join(repo, 'deploy/varnish');
const ADMIN = 'varnish-suite-admin-key-0123456789';
const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };

/** Why the suite cannot run here, or null. */
function missing(): string | null {
  if (spawnSync('sh', ['-c', 'command -v varnishd']).status !== 0) return 'varnishd is not installed (apt-get install varnish varnish-modules)';
  const compiled = spawnSync('varnishd', ['-C', '-j', 'none', '-f', join(vclDir, 'kiosque.vcl'), '-p', `vcl_path=${vclDir}`, '-n', mkdtempSync(join(tmpdir(), 'kiosque-vcc-'))]);
  if (compiled.status !== 0) return `the shipped VCL does not compile here (is varnish-modules, for xkey, installed?): ${String(compiled.stderr).slice(0, 300)}`;
  return null;
}

const why = missing();
if (why) {
  console.error(`# Varnish suite skipped: ${why}`);
  t.plan(0, `Varnish suite skipped: ${why}`);
} else {
  // One test holds the whole suite: its processes stop when its last step is done.
  t.test('Kiosque behind Varnish with xkey, configured by deploy/varnish/kiosque.vcl', suite);
}

/** Starts a process in `cwd` and resolves once `ready()` says so; it is stopped when the file ends. */
async function start(t: Test, name: string, command: string, args: string[], cwd: string, env: Record<string, string>, ready: () => Promise<boolean>) {
  const child: ChildProcess = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  t.teardown(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output}`);
    if (await ready().catch(() => false)) return child;
    await sleep(100);
  }
  throw new Error(`${name} never became ready:\n${output}`);
}

type Answer = { status: number; header(name: string): string | undefined; body: string };

/** One request on a connection of its own (a kept-alive one may be closed under it, idle, by either server). */
function call(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode!, header: (name) => res.headers[name] as string | undefined, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function suite(t: Test) {
  const work = mkdtempSync(join(tmpdir(), 'kiosque-varnish-'));
  t.teardown(() => rmSync(work, { recursive: true, force: true }));
  const [kiosqueDir, varnishDir, vclLocal] = ['kiosque', 'varnish', 'vcl'].map((d) => join(work, d));
  for (const dir of [kiosqueDir, varnishDir, vclLocal]) mkdirSync(dir);

  const kiosquePort = await freePort();
  const origin = `http://127.0.0.1:${kiosquePort}`;
  const kiosqueEnv = {
    DATABASE_URL: `file:${join(kiosqueDir, 'kiosque.db')}`, KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: ADMIN,
    LOG_LEVEL: 'warn', KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0',
  };
  await start(t, 'kiosque', process.execPath, [join(repo, 'bin/kiosque.js'), 'serve'], kiosqueDir, { ...kiosqueEnv, PORT: String(kiosquePort) },
    async () => (await call(origin, '/healthz')).status === 200);

  // The site's own settings (backend, purgers), found first in vcl_path; the shipped VCL itself, as is.
  writeFileSync(join(vclLocal, 'kiosque-backend.vcl'), `backend default { .host = "127.0.0.1"; .port = "${kiosquePort}"; }\nacl purgers { "127.0.0.1"; }\n`);
  const varnishPort = await freePort();
  const edge = `http://127.0.0.1:${varnishPort}`;
  await start(t, 'varnishd', 'varnishd', [
    '-F', '-j', 'none', '-n', join(varnishDir, 'instance'), '-a', `127.0.0.1:${varnishPort}`, '-T', '127.0.0.1:0',
    '-f', join(vclDir, 'kiosque.vcl'), '-p', `vcl_path=${vclLocal}:${vclDir}`, '-s', 'malloc,64m',
  ], varnishDir, {}, async () => (await call(edge, '/healthz')).status === 200);

  t.test('the example backend file compiles with the shipped VCL', async (t) => {
    const compiled = spawnSync('varnishd', ['-C', '-j', 'none', '-f', join(vclDir, 'kiosque.vcl'), '-p', `vcl_path=${vclDir}`, '-n', join(work, 'vcc')]);
    t.equal(compiled.status, 0, compiled.status === 0 ? 'compiled' : String(compiled.stderr).slice(-2000));
  });

  await scenes(t, origin, edge);

  t.test('Varnish revalidates an expired answer with its validators: Kiosque\'s 304 refreshes it, a change gets the new answer', async (t) => {
    // A second Kiosque over the same database whose articles expire after two seconds (and no grace), behind a Varnish of its own.
    const port = await freePort();
    const shortLived = `http://127.0.0.1:${port}`;
    await start(t, 'kiosque (short-lived answers)', process.execPath, [join(repo, 'bin/kiosque.js'), 'serve'], kiosqueDir, {
      ...kiosqueEnv, PORT: String(port), KIOSQUE_CACHE_CONTROL_ITEM: 'public, max-age=0, s-maxage=2, stale-while-revalidate=0',
    }, async () => (await call(shortLived, '/healthz')).status === 200);
    const [vcl, dir] = [join(work, 'vcl-short'), join(work, 'varnish-short')];
    for (const d of [vcl, dir]) mkdirSync(d);
    writeFileSync(join(vcl, 'kiosque-backend.vcl'), `backend default { .host = "127.0.0.1"; .port = "${port}"; }\nacl purgers { "127.0.0.1"; }\n`);
    const edgePort = await freePort();
    const cdn = `http://127.0.0.1:${edgePort}`;
    const instance = join(dir, 'instance');
    await start(t, 'varnishd (short-lived answers)', 'varnishd', [
      '-F', '-j', 'none', '-n', instance, '-a', `127.0.0.1:${edgePort}`, '-T', '127.0.0.1:0',
      '-f', join(vclDir, 'kiosque.vcl'), '-p', `vcl_path=${vcl}:${vclDir}`, '-s', 'malloc,16m',
    ], dir, {}, async () => (await call(cdn, '/healthz')).status === 200);
    /** Backend fetches Kiosque answered 304 (varnishstat's MAIN.fetch_304). */
    const revalidated = () => Number(/MAIN\.fetch_304\s+(\d+)/.exec(String(spawnSync('varnishstat', ['-n', instance, '-1', '-f', 'MAIN.fetch_304']).stdout))?.[1]);

    const section = (await post(shortLived, '/v1/sections', { name: 'Revalidations' }))!;
    const item = (await post(shortLived, '/v1/articles', { body: 'Un paragraphe.', status: 'published', title: 'Revalidé par Varnish', sectionId: section.id }))!;
    const url = `/v1/articles/${item.slug}`;
    const first = await call(cdn, url);
    t.equal(first.status, 200);
    t.equal((await call(cdn, url)).header('x-cache'), 'HIT', 'cached for its two seconds');
    t.equal(revalidated(), 0);
    await sleep(3000);
    const again = await call(cdn, url);
    t.equal(again.status, 200, 'expired: fetched again, conditionally');
    t.equal(again.body, first.body);
    t.equal(again.header('etag'), first.header('etag'));
    t.equal(revalidated(), 1, 'Kiosque answered 304 to Varnish\'s If-None-Match');
    t.equal((await call(cdn, url)).header('x-cache'), 'HIT', 'the 304 refreshed the cached answer');

    await post(shortLived, `/v1/articles/${item.id}`, { standfirst: 'Changé depuis' }, 'PATCH');
    await sleep(3000);
    const changed = await call(cdn, url);
    t.equal(changed.status, 200);
    t.not(changed.header('etag'), first.header('etag'), 'changed: the new answer');
    t.equal(JSON.parse(changed.body).standfirst, 'Changé depuis');
    t.equal(revalidated(), 1, 'no 304 for what changed');
  });
}

/** Follows the change feed and purges each change's keys in Varnish: what an operator's relay (or webhook) does. */
function relay(origin: string, edge: string) {
  let cursor = 'latest';
  let purged = 0;
  return {
    async start() {
      cursor = (JSON.parse((await call(origin, '/v1/changes?since=latest', { headers: admin })).body) as { meta: { nextCursor: string } }).meta.nextCursor;
    },
    async run(): Promise<number> {
      for (;;) {
        const page = JSON.parse((await call(origin, `/v1/changes?since=${cursor}&limit=500`, { headers: admin })).body) as {
          data: { surrogateKeys: string[] }[]; meta: { nextCursor: string };
        };
        for (const change of page.data) {
          const res = await call(edge, '/', { method: 'PURGE', headers: { 'xkey-purge': change.surrogateKeys.join(' ') } });
          if (res.status !== 200) throw new Error(`PURGE → ${res.status}`);
          purged++;
        }
        cursor = page.meta.nextCursor;
        if (page.data.length === 0) return purged;
      }
    },
  };
}

async function post(origin: string, path: string, payload: object | null, method = 'POST') {
  const res = await call(origin, path, { method, headers: payload ? admin : { authorization: admin.authorization }, body: payload ? JSON.stringify(payload) : undefined });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${res.body}`);
  return res.status === 204 ? null : JSON.parse(res.body) as Record<string, any>;
}

async function scenes(t: Test, origin: string, edge: string) {
  const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
  const section = (await post(origin, '/v1/sections', { name: 'Actualités' }))!;
  const child = (await post(origin, '/v1/sections', { name: 'Sciences', parentId: section.id }))!;
  const other = (await post(origin, '/v1/sections', { name: 'Culture' }))!;
  const author = (await post(origin, '/v1/authors', { name: 'Hélène Fabre' }))!;
  const tag = (await post(origin, '/v1/tags', { name: 'Élections', type: 'topic' }))!;
  const base = { body: 'Un paragraphe.\n\n## Une partie\n\nDu texte.', status: 'published' };
  const a = (await post(origin, '/v1/articles', { ...base, title: 'Premier titre', sectionId: child.id, authorIds: [author.id], tagIds: [tag.id] }))!;
  const b = (await post(origin, '/v1/articles', { ...base, title: 'Second titre', sectionId: section.id, tagIds: [tag.id] }))!;
  const c = (await post(origin, '/v1/articles', { ...base, title: 'Culture et titre', sectionId: other.id }))!;
  const gone = (await post(origin, '/v1/articles', { ...base, title: 'Bientôt supprimé', sectionId: other.id }))!;
  const feed = relay(origin, edge);
  await feed.start();

  const urls = [
    `/v1/articles/${a.slug}`, `/v1/articles/${a.id}/ninjs`, `/v1/articles/${a.id}?include=links`, '/v1/articles',
    `/v1/articles?section=${section.id}`, `/v1/articles?section=${other.id}`, `/v1/articles?tag=${tag.slug}`, '/v1/articles?sort=updated',
    `/v1/articles/${a.id}/links`, `/v1/articles/${b.id}/related`, `/v1/pages/articles/${b.slug}`, `/v1/sections/${section.id}/front`,
    `/v1/sections/${child.id}`, `/v1/authors/${author.id}`, `/v1/tags/${tag.id}`, '/v1/sections', '/v1/authors', '/v1/tags',
    '/v1/search?q=titre', '/v1/popular', '/v1/feeds/atom', `/v1/feeds/sections/${other.id}/rss`, `/v1/feeds/tags/${tag.id}/json`,
    '/sitemap.xml', `/sitemaps/sections/${other.id}/1.xml`, `/v1/articles/${gone.slug}`,
  ];
  const same = (x: Answer, y: Answer) => x.status === y.status && (x.status >= 400
    ? JSON.parse(x.body).code === JSON.parse(y.body).code : x.body === y.body && x.header('etag') === y.header('etag'));

  /** Reads every URL through Varnish until cached, then writes, relays, and compares each answer with Kiosque's own. */
  async function afterWrite(t: Test, label: string, write: () => Promise<unknown>, extra: string[] = []) {
    const all = [...urls, ...extra];
    for (const url of all) {
      await call(edge, url);
      t.equal((await call(edge, url)).header('x-cache'), 'HIT', `${url} is cached before ${label}`);
    }
    await write();
    await feed.run();
    let stale = 0;
    let kept = 0;
    for (const url of all) {
      const [cached, truth] = [await call(edge, url), await call(origin, url)];
      if (!same(cached, truth)) {
        stale++;
        t.fail(`${url} is stale after ${label}: ${cached.status} ${cached.body.slice(0, 120)}`);
      }
      if (cached.header('x-cache') === 'HIT') kept++;
    }
    t.equal(stale, 0, `${label}: no stale answer (${kept} of ${all.length} still served from Varnish)`);
  }

  t.test('anonymous answers are cached, keyed ones are not; revalidation and conditional HEAD', async (t) => {
    const url = `/v1/articles/${a.slug}`;
    const first = await call(edge, url);
    t.equal(first.status, 200);
    t.equal((await call(edge, url)).header('x-cache'), 'HIT');
    t.notOk(first.header('surrogate-key') ?? first.header('xkey'), 'keys are not shown to clients');
    t.equal((await call(edge, url, { headers: { authorization: `Bearer ${ADMIN}` } })).header('x-cache'), 'PASS');
    const etag = first.header('etag')!;
    for (const method of ['GET', 'HEAD']) {
      for (const headers of [{ 'if-none-match': etag }, { 'if-modified-since': first.header('last-modified')! }] as Record<string, string>[]) {
        const res = await call(edge, url, { method, headers });
        t.equal(res.status, 304, `${method} ${Object.keys(headers)[0]}`);
        t.equal(res.body, '');
        t.equal(res.header('etag'), etag);
      }
      const stale = await call(edge, url, { method, headers: { 'if-none-match': '"0-old"' } });
      t.equal(stale.status, 200, `${method} with a stale ETag`);
    }
    for (const path of ['/v1/articles', '/v1/feeds/atom', '/sitemap.xml', '/v1/tags']) {
      const get = await call(edge, path);
      const head = await call(edge, path, { method: 'HEAD', headers: { 'if-none-match': get.header('etag')! } });
      t.equal(head.status, 304, `HEAD ${path}`);
    }
  });

  t.test('a 404 is kept a short while, then the publication purges it', async (t) => {
    const later = (await post(origin, '/v1/articles', { ...base, title: 'Annoncé', sectionId: other.id, publishAt: soon(3_600_000) }))!;
    const url = `/v1/articles/${later.slug}`;
    t.equal((await call(edge, url)).status, 404);
    const again = await call(edge, url);
    t.equal(again.status, 404);
    t.equal(again.header('x-cache'), 'HIT', 'the 404 is cached');
    await post(origin, `/v1/articles/${later.id}`, { publishAt: soon(-1000) }, 'PATCH');
    await feed.run();
    t.equal((await call(edge, url)).status, 200, 'published: the purge reached the 404');
  });

  const writes: [string, () => Promise<unknown>][] = [
    ['an article edited', () => post(origin, `/v1/articles/${a.id}`, { standfirst: 'Un nouveau chapeau' }, 'PATCH')],
    ['an article retitled', () => post(origin, `/v1/articles/${a.id}`, { title: 'Titre corrigé' }, 'PATCH')],
    ['a section renamed', () => post(origin, `/v1/sections/${child.id}`, { name: 'Sciences et techniques' }, 'PATCH')],
    ['a tag renamed', () => post(origin, `/v1/tags/${tag.id}`, { name: 'Scrutins' }, 'PATCH')],
    ['an author renamed', () => post(origin, `/v1/authors/${author.id}`, { name: 'Hélène F.' }, 'PATCH')],
    ['related links', () => post(origin, `/v1/articles/${a.id}/links`, { links: [{ kind: 'article', articleId: c.id }] }, 'PUT')],
    ['pins', () => post(origin, `/v1/sections/${section.id}/pins`, { articleIds: [b.id] }, 'PUT')],
    ['an article deleted', () => post(origin, `/v1/articles/${gone.id}`, null, 'DELETE')],
  ];
  for (const [label, write] of writes) t.test(`purge by the keys of ${label}`, (t) => afterWrite(t, label, write));

  t.test('purge by the keys of a schedule coming due and of an embargo lifting', async (t) => {
    for (const [label, field] of [['a schedule coming due', 'publishAt'], ['an embargo lifting', 'embargoUntil']] as const) {
      // Due once this suite has read every answer into Varnish again: twice as long as a pass takes, and some.
      const started = Date.now();
      for (const url of urls) await call(edge, url);
      const at = Date.now() + 2 * (Date.now() - started) + 3000;
      const due = (await post(origin, '/v1/articles', { ...base, title: `Attendu : ${label}`, sectionId: other.id, tagIds: [tag.id], [field]: new Date(at).toISOString() }))!;
      await feed.run();
      t.equal((await call(edge, `/v1/articles/${due.slug}`)).status, 404, `${label}: not visible yet`);
      // No write happens at the instant: the schedule watcher records the publication, the relay purges its keys.
      await afterWrite(t, label, async () => {
        t.ok(Date.now() < at, `${label}: every answer was cached before the instant`);
        await sleep(Math.max(0, at - Date.now()) + 2500);
      }, [`/v1/articles/${due.slug}`]);
      t.equal((await call(edge, `/v1/articles/${due.slug}`)).status, 200, `${label}: visible through Varnish`);
    }
  });

  // Last: it adds hundreds of articles. Named one by one, their keys took 9 KB in Surrogate-Key alone (Varnish's
  // default http_resp_hdr_len is 8 KB: a 503) and 18 KB with Cache-Tag (Node's fetch stops at 16 KB: UND_ERR_HEADERS_OVERFLOW).
  t.test('hundreds of articles in a sitemap: through Varnish with its default limits, and with Node\'s fetch', async (t) => {
    const many = 300;
    for (let i = 0; i < many; i++) await post(origin, '/v1/articles', { ...base, title: `Dépêche numéro ${i}`, sectionId: other.id, tagIds: [tag.id] });
    await feed.run();
    for (const path of ['/sitemap-news.xml', `/sitemaps/sections/${other.id}/1.xml`, `/v1/feeds/sections/${other.id}/rss?limit=100`, '/v1/articles?limit=100']) {
      const shown = (await call(origin, path)).body.match(/<loc>|<item>|"slug"/g)?.length ?? 0;
      t.ok(shown >= 100, `${path} shows ${shown} articles`);
      const first = await call(edge, path);
      t.equal(first.status, 200, `${path} through Varnish`);
      t.equal((await call(edge, path)).header('x-cache'), 'HIT', `${path} cached by Varnish`);
      const res = await fetch(`${origin}${path}`, { method: 'HEAD' });
      t.equal(res.status, 200, `${path} read by Node's fetch`);
      const etag = res.headers.get('etag')!;
      t.equal((await fetch(`${origin}${path}`, { headers: { 'if-none-match': etag } })).status, 304, `${path} revalidated by Node's fetch`);
    }
  });
}
