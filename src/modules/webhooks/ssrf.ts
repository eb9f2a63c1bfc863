import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import createError from '@fastify/error';

const UnsafeUrlBase = createError<[string]>('UNSAFE_WEBHOOK_URL', 'The webhook URL is refused: %s', 400);

/** A 400 naming `/url`, for a URL the guard refuses. */
export function unsafeUrl(reason: string): Error & { errors: { pointer: string; message: string }[] } {
  return Object.assign(new UnsafeUrlBase(reason), { errors: [{ pointer: '/url', message: reason }] });
}

/** An address block a webhook may not call, and what it is. */
export interface SpecialBlock { prefix: string; bits: number; family: 'ipv4' | 'ipv6'; name: string }

const v4 = (prefix: string, bits: number, name: string): SpecialBlock => ({ prefix, bits, family: 'ipv4', name });
const v6 = (prefix: string, bits: number, name: string): SpecialBlock => ({ prefix, bits, family: 'ipv6', name });

/**
 * Addresses that stand for IPv4 ones: refused even when loopback is allowed, as
 * what they reach depends on the network (node also matches them against IPv4 rules).
 */
export const TRANSLATED: SpecialBlock[] = [
  v6('::ffff:0:0', 96, 'IPv4-mapped'),
  v6('::ffff:0:0:0', 96, 'IPv4-translated (SIIT)'),
  v6('64:ff9b::', 96, 'IPv4/IPv6 translation (NAT64)'),
  v6('64:ff9b:1::', 48, 'local-use IPv4/IPv6 translation'),
  v6('2001::', 32, 'Teredo'),
  v6('2002::', 16, '6to4'),
];

export const LOOPBACK: SpecialBlock[] = [v4('127.0.0.0', 8, 'loopback'), v6('::1', 128, 'loopback')];

/**
 * The rest of IANA's IPv4 and IPv6 Special-Purpose Address Registries (as of
 * 2025), whether their blocks are globally reachable or not (a webhook has no
 * business with an anycast relay or a benchmarking network), plus multicast,
 * and IPv6 site-local addresses, deprecated but still routed on some networks.
 */
export const SPECIAL_PURPOSE: SpecialBlock[] = [
  v4('0.0.0.0', 8, '"this network"'),
  v4('10.0.0.0', 8, 'private use'),
  v4('100.64.0.0', 10, 'shared address space (carrier-grade NAT)'),
  v4('169.254.0.0', 16, 'link-local (cloud metadata)'),
  v4('172.16.0.0', 12, 'private use'),
  v4('192.0.0.0', 24, 'IETF protocol assignments'),
  v4('192.0.2.0', 24, 'documentation (TEST-NET-1)'),
  v4('192.31.196.0', 24, 'AS112-v4'),
  v4('192.52.193.0', 24, 'AMT'),
  v4('192.88.99.0', 24, 'deprecated 6to4 relay anycast'),
  v4('192.168.0.0', 16, 'private use'),
  v4('192.175.48.0', 24, 'direct delegation AS112 service'),
  v4('198.18.0.0', 15, 'benchmarking'),
  v4('198.51.100.0', 24, 'documentation (TEST-NET-2)'),
  v4('203.0.113.0', 24, 'documentation (TEST-NET-3)'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved, and the limited broadcast address'),
  v6('::', 96, 'unspecified and IPv4-compatible'),
  v6('100::', 64, 'discard-only'),
  v6('100:0:0:1::', 64, 'dummy IPv6 prefix'),
  v6('2001::', 23, 'IETF protocol assignments'),
  v6('2001:db8::', 32, 'documentation'),
  v6('2620:4f:8000::', 48, 'direct delegation AS112 service'),
  v6('3fff::', 20, 'documentation'),
  v6('5f00::', 16, 'segment routing (SRv6) SIDs'),
  v6('fc00::', 7, 'unique local'),
  v6('fe80::', 10, 'link-local'),
  v6('fec0::', 10, 'site-local (deprecated)'),
  v6('ff00::', 8, 'multicast'),
];

function blockList(blocks: SpecialBlock[]): BlockList {
  const list = new BlockList();
  for (const b of blocks) list.addSubnet(b.prefix, b.bits, b.family);
  return list;
}

const translated = blockList(TRANSLATED);
const loopback = blockList(LOOPBACK);
const internal = blockList(SPECIAL_PURPOSE);

export interface GuardOptions {
  allowLoopback: boolean;
  /** Resolves a name to all its addresses (dns.lookup by default; tests inject one). */
  lookup?: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

/** Why an address may not be called, or null when it may. */
export function refusal(address: string, allowLoopback: boolean): string | null {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  // Only for IPv6: node checks an IPv4 address against IPv6 rules as its mapped form.
  if (family === 'ipv6' && translated.check(address, family)) return `${address} is an IPv4-mapped or translated IPv6 address`;
  if (loopback.check(address, family)) return allowLoopback ? null : `${address} is a loopback address`;
  if (internal.check(address, family)) return `${address} is a private, link-local, reserved, special-purpose or multicast address`;
  return null;
}

const defaultLookup = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Checks a webhook URL: http or https only, and every address its host is or
 * resolves to must be public. Returns the checked addresses, which the
 * delivery connects to (no second resolution: no DNS rebinding in between).
 * WHATWG URL parsing has already turned decimal, octal and hex IPv4 forms
 * (`2130706433`, `0x7f.1`) into dotted quads.
 */
export async function checkUrl(raw: string, options: GuardOptions): Promise<{ url: URL; addresses: { address: string; family: number }[] }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw unsafeUrl('it is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw unsafeUrl(`${url.protocol} URLs are not allowed`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (options.lookup ?? defaultLookup)(host);
    } catch {
      throw unsafeUrl(`${host} does not resolve`);
    }
  }
  for (const { address } of addresses) {
    const reason = refusal(address, options.allowLoopback);
    if (reason) throw unsafeUrl(reason);
  }
  return { url, addresses };
}
