import fc, { type Arbitrary } from 'fast-check';
import { fuzz, valid, type SchemaContext } from './arbitraries.js';
import type { Operation, Parameter } from './spec.js';

/** A request is either valid from end to end (the schema's happy paths) or fuzzed (faults anywhere). */
type Mode = 'valid' | 'fuzz';

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Who calls (a key of the newsroom's callers), for the failure report. */
  caller: string;
  /** Whether every parameter and the body are valid by the document. */
  valid: boolean;
}

/** Percent-escapes that are not UTF-8, or not escapes at all: routers and decoders must refuse them cleanly. */
const malformedEscapes = ['%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', '%%41', '%u0041'];

const BODY_LIMIT = 1024 * 1024;

/** Text as it can travel in a URL or a header: lone surrogates become U+FFFD, as a browser would send them. */
const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? 'null')
  .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * A path parameter that is empty, `.` or `..` (even escaped as `%2E`: WHATWG URLs treat both alike)
 * addresses another route, or none, not this operation: those values are not sent.
 */
const addressable = (value: string) => !['', '.', '..'].includes(value);

function pathValue(param: Parameter, ctx: SchemaContext, mode: Mode, name: string): Arbitrary<string> {
  const value = (mode === 'valid' ? valid : fuzz)(param.schema, ctx, 0, name).map(text).filter(addressable).map(encodeURIComponent);
  if (mode === 'valid') return value;
  return fc.oneof({ arbitrary: value, weight: 20 }, { arbitrary: fc.constantFrom(...malformedEscapes), weight: 1 });
}

/** A parameter with a default is optional whatever `required` says: the server fills it in. */
const mustSend = (param: Parameter) => param.required === true && param.schema.default === undefined;

type Pair = [string, string];

function queryPairs(params: Parameter[], ctx: SchemaContext, mode: Mode): Arbitrary<Pair[]> {
  const each = params.map((param) => {
    const value = (mode === 'valid' ? valid : fuzz)(param.schema, ctx, 0, param.name).map((v) => (Array.isArray(v) && param.schema.type === 'array'
      ? v.map((item): Pair => [param.name, text(item)])
      : [[param.name, text(v)] as Pair]));
    return mustSend(param) ? value : fc.option(value, { nil: [] as Pair[], freq: 2 });
  });
  const unknown = fc.oneof({ arbitrary: fc.constant([] as Pair[]), weight: 9 }, { arbitrary: fc.constant([['unknownParam', '1'] as Pair]), weight: 1 });
  // A parameter given twice arrives as an array, whatever its schema says.
  const twice = mode === 'fuzz' ? fc.boolean() : fc.constant(false);
  return fc.tuple(twice, unknown, ...each).map(([repeat, ...groups]) => {
    const pairs = groups.flat();
    return repeat && pairs.length > 0 ? [...pairs, pairs[0]] : pairs;
  });
}

function headerParams(params: Parameter[], ctx: SchemaContext, mode: Mode): Arbitrary<Record<string, string>> {
  // Header values are ASCII on the wire (RFC 9110 §5.5): anything else is replaced, not sent raw.
  const ascii = (v: unknown) => text(v).replace(/[^\x20-\x7e]/g, '?');
  const model = Object.fromEntries(params.map((p) => [p.name.toLowerCase(), (mode === 'valid' ? valid : fuzz)(p.schema, ctx, 0, p.name).map(ascii)]));
  return fc.record(model, { requiredKeys: params.filter(mustSend).map((p) => p.name.toLowerCase()) });
}

interface Body { payload?: string; contentType?: string }

/**
 * Bodies a client may send: mostly JSON from the schema, then malformed, mistyped, empty, deeply nested or
 * oversized ones. Only JSON request bodies are generated from their schema; an operation taking another
 * media type only meets the hostile bodies.
 */
function bodies(op: Operation, ctx: SchemaContext, mode: Mode): Arbitrary<Body> {
  const content = Object.entries(op.body?.content ?? {}).find(([media]) => /[/+]json$/.test(media));
  const hostile: Array<{ arbitrary: Arbitrary<Body>; weight: number }> = [
    { arbitrary: fc.constantFrom('{"title": ', '{]', 'nul', '\u0000', '{"a":1}{"b":2}').map((payload) => ({ payload, contentType: 'application/json' })), weight: 1 },
    { arbitrary: fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded').map((contentType) => ({ payload: 'a=1', contentType })), weight: 1 },
    { arbitrary: fc.constant({ payload: '', contentType: 'application/json' }), weight: 1 },
    { arbitrary: fc.constant({ payload: JSON.stringify({ big: 'x'.repeat(BODY_LIMIT) }), contentType: 'application/json' }), weight: 2 },
    { arbitrary: fc.constantFrom(`${'['.repeat(50_000)}${']'.repeat(50_000)}`, `${'{"a":'.repeat(20_000)}{"__proto__":{"x":1}}${'}'.repeat(20_000)}`, '\uFEFF{}')
      .map((payload) => ({ payload, contentType: 'application/json' })), weight: 1 },
  ].map((v) => ({ ...v, weight: v.weight * 20 }));
  if (content === undefined) {
    // Operations without a body still meet clients that send one.
    if (op.method === 'GET' || op.method === 'HEAD' || mode === 'valid') return fc.constant({});
    return fc.oneof({ arbitrary: fc.constant({}), weight: 200 }, ...hostile);
  }
  const [media, { schema }] = content;
  const contentType = fc.constantFrom(media, `${media}; charset=utf-8`, media.toUpperCase());
  const json = fc.tuple((mode === 'valid' ? valid : fuzz)(schema ?? {}, ctx), contentType)
    .map(([value, type]) => ({ payload: JSON.stringify(value), contentType: type }));
  if (mode === 'valid') return json;
  const noBody = op.body?.required ? [] : [{ arbitrary: fc.constant({}), weight: 10 }];
  return fc.oneof({ arbitrary: json, weight: 200 }, ...noBody, ...hostile);
}

/** Conditional request headers for reads: mostly none, sometimes garbage, sometimes a date in the future. */
const conditional = fc.oneof(
  { arbitrary: fc.constant({}), weight: 12 },
  { arbitrary: fc.constantFrom('"nope"', '*', 'W/"1-x", "2-y"', '', 'garbage').map((v) => ({ 'if-none-match': v })), weight: 1 },
  { arbitrary: fc.constantFrom('Wed, 21 Oct 2099 07:28:00 GMT', 'not a date', 'Thu, 01 Jan 1970 00:00:00 GMT').map((v) => ({ 'if-modified-since': v })), weight: 1 },
);

/** The media types the operation documents for its answers: what a client would put in Accept. */
function answerMedia(op: Operation): string[] {
  return [...new Set(Object.values(op.responses).flatMap((r) => Object.keys(r.content ?? {})))];
}

/** Arbitrary requests for one operation, its parameters and body from their schemas, sent by any caller. */
export function requestsFor(op: Operation, ctx: SchemaContext, callers: Record<string, string | undefined>): Arbitrary<FuzzRequest> {
  return fc.oneof(requestsIn('valid', op, ctx, callers), requestsIn('fuzz', op, ctx, callers));
}

function requestsIn(mode: Mode, op: Operation, ctx: SchemaContext, callers: Record<string, string | undefined>): Arbitrary<FuzzRequest> {
  const byPlace = (where: string) => op.parameters.filter((p) => p.in === where);
  // A path parameter is named by the segment before it as well: `/articles/{idOrSlug}` names an article.
  const before = (name: string) => op.path.split('/').find((_, i, parts) => parts[i + 1] === `{${name}}`) ?? '';
  const path = fc.record(Object.fromEntries(byPlace('path').map((p) => [p.name, pathValue(p, ctx, mode, `${before(p.name)}/${p.name}`)])));
  // Valid requests mostly come from keys that may make them; fuzzed ones from anyone.
  const weights: Record<string, number> = mode === 'valid'
    ? { anonymous: 1, admin: 6, bootstrap: 2, write: 2, preview: 1, read: 1 }
    : { anonymous: 2, admin: 6, bootstrap: 2, write: 3, preview: 2, read: 2 };
  const caller = fc.oneof(...Object.keys(callers).map((name) => ({ arbitrary: fc.constant(name), weight: weights[name] ?? 1 })));
  const reads = op.method === 'GET' ? conditional : fc.constant({});
  const accept = fc.oneof(
    { arbitrary: fc.constant({}), weight: 8 },
    { arbitrary: fc.constantFrom(...answerMedia(op), '*/*', 'application/xml', 'text/html;q=0.9, */*;q=0.1', 'image/png', 'garbage;;').map((v) => ({ accept: v })), weight: 2 },
  );
  return fc.tuple(path, queryPairs(byPlace('query'), ctx, mode), headerParams(byPlace('header'), ctx, mode), bodies(op, ctx, mode), caller, reads, accept)
    .map(([pathValues, query, headers, body, who, cond, accepts]) => {
      const search = query.length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
      const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name]) + search;
      const all: Record<string, string> = { ...headers, ...cond, ...accepts, 'user-agent': 'kiosque-fuzz' };
      if (callers[who] !== undefined) all.authorization = callers[who]!;
      if (body.contentType !== undefined) all['content-type'] = body.contentType;
      return { method: op.method, url, headers: all, payload: body.payload, caller: who, valid: mode === 'valid' };
    });
}
