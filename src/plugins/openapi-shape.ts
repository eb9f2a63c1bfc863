import type { FastifySchema, RouteOptions } from 'fastify';
import type { Scope } from '../modules/keys/service.js';

// What @fastify/swagger makes of the route schemas is valid OpenAPI, but not
// what linters and client generators need. These two steps shape it, from
// what the routes already say: their scope, their defaults, their lists.

type Json = Record<string, any>;

/** Who may call a route, as the auth plugin decides it (plugins/auth.ts). */
function securityOf(route: RouteOptions): Json[] {
  const scope: Scope | 'public' = route.config?.scope ?? (route.url.startsWith('/v1/') ? 'content:read' : 'public');
  // A key is checked wherever one is sent; reads need none while KIOSQUE_ANONYMOUS_READ is on.
  if (scope === 'public') return [{}, { bearer: [] }];
  if (scope === 'content:read') return [{}, { bearer: ['content:read'] }];
  return [{ bearer: [scope] }];
}

/** A parameter with a default is filled in by the server: a caller may leave it out. */
function optionalDefaults(querystring: Json | undefined): Json | undefined {
  if (!querystring?.required) return querystring;
  const required = querystring.required.filter((name: string) => querystring.properties[name].default === undefined);
  return { ...querystring, required };
}

const successes: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };
const refName = (schema: Json) => String(schema.$ref).split('/').pop()!;

const LINK = {
  type: 'string',
  description: 'The next page, as `<…>; rel="next"` (RFC 8288): the same request with `cursor` set. Absent on the last page.',
};

/** A success answer described by what it holds; a list's answer also names its `Link` header. */
function describeSuccess(status: string, response: Json, components: Json, read: boolean): Json {
  const body = response.$ref ? components[refName(response)] : response;
  const isPage = read && body.properties?.meta?.properties?.nextCursor !== undefined;
  const headers = isPage ? { ...response.headers, link: LINK } : response.headers;
  if (response.description) return { ...response, headers };
  const items = response.properties?.data?.items;
  const what = items ? `\`data\`: ${items.$ref ? `${refName(items)} items` : 'the items'}`
    + (isPage ? '; `meta.nextCursor` asks for the next page (null on the last one)' : '')
    : response.$ref ? `the ${refName(response)}` : '';
  return { ...response, headers, description: what ? `${successes[status]}: ${what}.` : `${successes[status]}.` };
}

/** The per-route step (@fastify/swagger's `transform`): security, optional defaults, success descriptions. */
export function shapeRoute({ schema, url, route, ...document }: { schema: FastifySchema; url: string; route: RouteOptions } & Json) {
  const components = document.openapiObject.components.schemas;
  const response = Object.fromEntries(Object.entries(schema.response as Json ?? {}).map(([status, r]) =>
    [status, /^2/.test(status) ? describeSuccess(status, r, components, route.method === 'GET') : r]));
  return {
    url,
    schema: { ...schema, security: securityOf(route), querystring: optionalDefaults(schema.querystring as Json), response },
  };
}

/** `enum` without `type`, as TypeBox's Type.Enum makes it: the type of its values (each enum here has one). */
function typeEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(typeEnums);
  if (node === null || typeof node !== 'object') return;
  const schema = node as Json;
  if (Array.isArray(schema.enum) && schema.type === undefined) schema.type = typeof schema.enum[0];
  Object.values(schema).forEach(typeEnums);
}

/**
 * The document-wide step (`transformObject`): enums get their type, and the
 * copies @fastify/swagger hoists from a schema's `$defs` (`Article-ContentBlock`)
 * go, since references point to the definitions' own names (`ContentBlock`).
 */
export function shapeDocument(document: Json) {
  const doc = structuredClone(document.openapiObject);
  const schemas: Json = doc.components.schemas;
  for (const name of Object.keys(schemas)) {
    const own = name.split('-').slice(1).join('-');
    if (own && schemas[own]) delete schemas[name];
  }
  typeEnums(doc);
  return doc;
}
