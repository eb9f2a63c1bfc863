import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { articlePayload, halfWritten, inspect, integrity, newsroom, send, serve } from './harness.js';

/** Mounts a 16 MiB tmpfs; null where the machine does not allow it (not root, no CAP_SYS_ADMIN, a container). */
function smallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true });
    return null;
  }
}

const disk = smallDisk();

t.test('disk full: writes fail with a problem+json 507, nothing half-written, reads go on, writes resume', {
  skip: disk ? false : 'mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN): the disk-full scenario did not run',
}, async (t) => {
  const dir = disk!;
  const file = join(dir, 'k.db');
  const server = await serve(file);
  t.teardown(async () => {
    server.child.kill('SIGKILL');
    await server.exited;
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true });
  });
  const room = await newsroom(server.port);
  const first = (await send(server.port, 'POST', '/v1/articles', articlePayload(room, 'Avant la saturation'))).json();

  // Fill the disk but for ~1 MiB, then write articles of ~100 KB until one is refused.
  const { bavail, bsize } = statfsSync(dir);
  const ballast = join(dir, 'ballast');
  writeFileSync(ballast, Buffer.alloc(bavail * bsize - 1024 * 1024));
  const body = 'Un long paragraphe sur les élections municipales et leurs suites. '.repeat(1_500);
  const acknowledged: string[] = [];
  let refusal;
  for (let i = 0; i < 60 && !refusal; i++) {
    const res = await send(server.port, 'POST', '/v1/articles', articlePayload(room, `Article long ${i}`, body));
    if (res.status === 201) acknowledged.push(res.json().id);
    else refusal = res;
  }
  t.ok(refusal, `a write was refused once the disk was full (after ${acknowledged.length} accepted)`);
  t.ok([507, 503].includes(refusal!.status), `refused with ${refusal!.status}`);
  t.match(refusal!.headers['content-type'], /^application\/problem\+json/);
  t.match(refusal!.json().code, /^(INSUFFICIENT_STORAGE|DATABASE_UNAVAILABLE)$/);
  t.equal(refusal!.json().status, refusal!.status);

  const again = await send(server.port, 'POST', '/v1/sections', { name: 'Économie', description: 'x'.repeat(2000) });
  t.equal((await send(server.port, 'GET', `/v1/articles/${first.slug}`)).status, 200, 'reads keep working');
  t.equal((await send(server.port, 'GET', '/v1/articles?limit=100&fields=id')).json().data.length, acknowledged.length + 1,
    'the list has every acknowledged article and nothing else');
  t.ok(again.status === 201 || again.status === 507 || again.status === 503, `a small write: ${again.status}, never a 500`);

  inspect(file, (db) => t.same(halfWritten(db), [], 'no partial article'));

  rmSync(ballast);
  const resumed = await send(server.port, 'POST', '/v1/articles', articlePayload(room, 'Après la saturation', body));
  t.equal(resumed.status, 201, 'writes resume once space returns');

  server.child.kill('SIGTERM');
  t.equal((await server.exited).code, 0);
  inspect(file, (db) => {
    t.equal(integrity(db), 'ok');
    t.same(halfWritten(db), []);
  });
});
