import type pg from 'pg';
import { loadPg } from './postgres-driver.js';

/** The channel each transaction that records a change notifies on, at its commit (changes/postgres.ts). */
export const CHANGES_CHANNEL = 'kiosque_changes';
/** How the listening connection is named in pg_stat_activity. */
export const LISTENER_NAME = 'kiosque-listen';

/** Ends a connection, whatever state it is in: an error ending one that failed is no news. */
const end = (client: pg.Client) => void Promise.allSettled([client.end()]);

/** Ends a connection, waiting for the server's goodbye at most `ms`: one gone silent would never say it. */
async function endWithin(client: pg.Client, ms: number): Promise<void> {
  const cut = setTimeout(() => (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy(), ms);
  await Promise.allSettled([client.end()]);
  clearTimeout(cut);
}

/**
 * Other instances' commits, for the response cache (Database.externalVersion): a connection of its own
 * LISTENs on CHANGES_CHANNEL, and each notification moves the version, after which the cache reads the
 * change feed from the last change it saw. Notifications sent while the connection is down are lost: each
 * (re)connection moves the version too, so that reading catches up; and while it is down the version moves
 * at every look, so the cache reads the feed each time it looks until the connection is back. It is
 * opened by the first look (only a server's response cache looks), and tried again every `retryMs`.
 * A connection can also go silent (a network that drops packets, a proxy that forgets it) with nothing
 * to say so for minutes: a query every `heartbeatMs`, which must be answered within as long, finds it.
 */
export function createListener(url: string, { retryMs = 1_000, heartbeatMs = 5_000 } = {}) {
  let version = 0;
  let current: pg.Client | null = null;
  let started = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  function drop(client: pg.Client): void {
    if (current === client) current = null;
    client.removeAllListeners('notification');
    end(client);
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, retryMs);
    retry.unref();
  }

  async function connect(): Promise<void> {
    const client = new (loadPg().Client)({ connectionString: url, application_name: LISTENER_NAME, keepAlive: true, query_timeout: heartbeatMs });
    let dropped = false;
    let heartbeat: NodeJS.Timeout | undefined;
    const lost = () => {
      clearInterval(heartbeat);
      if (!dropped) drop(client);
      dropped = true;
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', () => { version++; });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      return lost();
    }
    if (closed) return end(client);
    current = client;
    version++;
    heartbeat = setInterval(() => { client.query('SELECT 1').catch(lost); }, heartbeatMs);
    heartbeat.unref();
  }

  return {
    /** Moves with each notification and each reconnection; at each call while not listening. */
    version(): number {
      if (!started) {
        started = true;
        void connect();
      }
      return current ? version : ++version;
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(retry);
      // Its end event clears the heartbeat.
      if (current) await endWithin(current, heartbeatMs);
    },
  };
}
