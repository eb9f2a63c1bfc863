import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import createError from '@fastify/error';

const UnsafeUrlBase = createError<[string]>('UNSAFE_WEBHOOK_URL', 'The webhook URL is refused: %s', 400);

/** A 400 naming `/url`, for a URL the guard refuses. */
export function unsafeUrl(reason: string): Error & { errors: { pointer: string; message: string }[] } {
  return Object.assign(new UnsafeUrlBase(reason), { errors: [{ pointer: '/url', message: reason }] });
}

// Addresses that stand for IPv4 ones: refused even when loopback is allowed, as
// what they reach depends on the network (node also matches them against IPv4 rules).
const mapped = new BlockList();
mapped.addSubnet('::ffff:0:0', 96, 'ipv6');
mapped.addSubnet('64:ff9b::', 96, 'ipv6');
mapped.addSubnet('2002::', 16, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const internal = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 included
  ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], // special, test nets
  ['224.0.0.0', 4], ['240.0.0.0', 4], // multicast, reserved and broadcast
] as const) internal.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 96], // unspecified and IPv4-compatible
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
] as const) internal.addSubnet(net, bits, 'ipv6');

export interface GuardOptions {
  allowLoopback: boolean;
  /** Resolves a name to all its addresses (dns.lookup by default; tests inject one). */
  lookup?: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

/** Why an address may not be called, or null when it may. */
export function refusal(address: string, allowLoopback: boolean): string | null {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  // Only for IPv6: node checks an IPv4 address against IPv6 rules as its mapped form.
  if (family === 'ipv6' && mapped.check(address, family)) return `${address} is an IPv4-mapped or translated IPv6 address`;
  if (loopback.check(address, family)) return allowLoopback ? null : `${address} is a loopback address`;
  if (internal.check(address, family)) return `${address} is a private, link-local, reserved or multicast address`;
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
