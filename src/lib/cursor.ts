import { createCipheriv, createDecipheriv, createHmac, hash, hkdfSync, timingSafeEqual } from 'node:crypto';
import createError from '@fastify/error';

export const InvalidCursor = createError<[string]>('INVALID_CURSOR', '%s', 400);

const FORGED = 'The cursor is not one this API issued (or it was made before the server secret changed)';
const ELSEWHERE = 'This cursor belongs to another list, or to other filters: repeat the filters it was made with '
  + '(the Link header does), or start again without a cursor';

export type CursorKey = (string | number)[];

/**
 * Opaque, authenticated keyset cursors. A cursor names the list it was made
 * for (the route and every filter that shapes it) and the last row's sort key,
 * encrypted and authenticated under the newsroom's server secret:
 *
 * - a synthetic IV: HMAC-SHA256 of the contents, cut to 16 bytes, which is
 *   both the MAC and the IV of AES-256-CTR over the contents. The same page
 *   gives the same cursor (answers that carry one keep stable ETags); a cursor
 *   altered by one bit fails the MAC.
 * - contents padded to a multiple of 64 bytes, so that not even the length
 *   of a sort key shows (a title, a date) beyond that step.
 *
 * A cursor used with other filters than its own is refused rather than
 * followed: it was a position in another list.
 */
export interface Cursors {
  encode(list: string, key: CursorKey): string;
  /** The key of a cursor made for `list`; a 400 INVALID_CURSOR otherwise. */
  decode(cursor: string, list: string, arity: number): CursorKey;
}

const IV = 16;
const STEP = 64;

/** A short, stable name for a list and its filters. */
const listTag = (list: string) => hash('sha256', list, 'base64url').slice(0, 12);

export function createCursors(secret: Buffer): Cursors {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'kiosque cursors', info, 32));
  const encryption = derive('encryption');
  const authentication = derive('authentication');
  const ivOf = (contents: Buffer) => createHmac('sha256', authentication).update(contents).digest().subarray(0, IV);
  const ctr = (iv: Buffer) => createCipheriv('aes-256-ctr', encryption, iv);

  function open(cursor: string): unknown {
    const sealed = Buffer.from(cursor, 'base64url');
    if (sealed.length <= IV || sealed.toString('base64url') !== cursor) throw new InvalidCursor(FORGED);
    const iv = sealed.subarray(0, IV);
    const decipher = createDecipheriv('aes-256-ctr', encryption, iv);
    const contents = Buffer.concat([decipher.update(sealed.subarray(IV)), decipher.final()]);
    if (!timingSafeEqual(ivOf(contents), iv)) throw new InvalidCursor(FORGED);
    return JSON.parse(contents.toString('utf8'));
  }

  return {
    encode(list, key) {
      const json = JSON.stringify([listTag(list), ...key]);
      const padded = Buffer.alloc(Math.ceil((Buffer.byteLength(json) + 1) / STEP) * STEP, ' ');
      padded.write(json);
      const iv = ivOf(padded);
      const cipher = ctr(iv);
      return Buffer.concat([iv, cipher.update(padded), cipher.final()]).toString('base64url');
    },
    decode(cursor, list, arity) {
      const [tag, ...key] = open(cursor) as [string, ...CursorKey];
      if (tag !== listTag(list)) throw new InvalidCursor(ELSEWHERE);
      // Made by us, so well formed; the arity only changes if a list's keyset does, across versions.
      if (key.length !== arity) throw new InvalidCursor(FORGED);
      return key;
    },
  };
}

/** Cuts a `limit + 1` fetch into a page and the cursor of the page after it. */
export function keysetPage<R, T>(
  rows: R[], limit: number, next: (row: R) => string, map: (row: R, index: number) => T,
): { data: T[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? next(kept[kept.length - 1]) : null;
  return { data: kept.map(map), nextCursor };
}
