import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, type AppOptions } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import type { Database } from '../../../src/db/connection.js';
import { testDatabase } from '../../database.js';
import { Webhook } from 'standardwebhooks';
import { ADMIN_KEY, admin, newsroom, TEST_ENV } from '../../helpers.js';

export interface Received { url: string; headers: IncomingHttpHeaders; body: string }

/** An HTTP receiver on 127.0.0.1 that records every request and answers with `respond`. */
export async function receiver(t: { teardown(fn: () => unknown): void }, respond: (res: ServerResponse, n: number) => void) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      received.push({ url: req.url!, headers: req.headers, body });
      respond(res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

/**
 * An app with webhook options over `db` (or a fresh test database, removed when the test ends);
 * the clock is shared. Closing the app leaves the database: another app may open it again.
 */
export async function webhookApp(
  t: { teardown(fn: () => unknown): void }, env: Record<string, string>, options: Pick<AppOptions, 'webhooks'> = {},
  clock = { now: Date.parse('2026-06-01T08:00:00Z') }, db?: Database,
) {
  db ??= await testDatabase(t);
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV, ...env });
  const app = await buildApp({ config, db, now: () => clock.now, webhooks: { pollMs: 60_000, ...options.webhooks } });
  return { app, db, clock };
}

export async function subscribe(app: Awaited<ReturnType<typeof buildApp>>, payload: object) {
  const res = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload });
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
}

export async function deliveries(app: Awaited<ReturnType<typeof buildApp>>, webhookId: string) {
  return (await app.inject({ url: `/v1/webhooks/${webhookId}/deliveries`, headers: admin })).json().data as any[];
}

export const LOOPBACK = { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true', KIOSQUE_WEBHOOKS_TIMEOUT_MS: '300' };
export const MINUTE = 60_000;

/** Checks a request with the Standard Webhooks reference library (not our own code); returns the payload. */
export function verified(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as any;
}

/** An in-memory app that may call loopback receivers, with a newsroom. */
export async function setup(t: { teardown(fn: () => unknown): void }, env: Record<string, string> = {}) {
  const { app, clock } = await webhookApp(t, { ...LOOPBACK, ...env });
  t.teardown(() => app.close());
  return { app, clock, ...(await newsroom(app)) };
}
