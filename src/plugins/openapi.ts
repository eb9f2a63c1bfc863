import { readFileSync } from 'node:fs';
import fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { problems } from '../lib/problem.js';
import type { Compilers } from './schema-compilers.js';
import { changeWebhooks } from '../modules/webhooks/openapi.js';
import { shapeDocument, shapeRoute } from './openapi-shape.js';

const description = `Kiosque is a headless content API for news publishers.

Every error is \`application/problem+json\` (RFC 9457) with a stable \`code\`.
Lists answer \`{ data, meta: { limit, nextCursor } }\` with a \`Link: rel="next"\` header;
cursors are opaque. Authentication is \`Authorization: Bearer <key>\`; a key's scopes
imply one another: \`admin\` ⊃ \`content:write\` ⊃ \`content:preview\` ⊃ \`content:read\`.
Drafts, scheduled, archived, withheld, canceled and embargoed articles are visible only
to keys with \`content:preview\`.

A malformed, unknown or revoked \`Authorization\` header is a 401 on every route, public ones
included. A path parameter that is not valid percent-encoded UTF-8, or is longer than 300
characters, is a 400 \`BAD_URL\`. A body sent with a DELETE is parsed like any other: not JSON
is a 415, malformed or empty JSON a 400, over 1 MiB a 413.`;

/**
 * Swagger UI's own assets only. The plugin's default policy also says
 * `upgrade-insecure-requests`, which sends every asset of a page served over
 * plain HTTP to https (nothing rendered on a test server reached by name);
 * it belongs only where the API is served over https.
 */
const docsAsset = (name: string) => readFileSync(new URL(`./docs/${name}`, import.meta.url), 'utf8');

function docsPolicy(https: boolean): string {
  return ["default-src 'self'", "base-uri 'self'", "frame-ancestors 'self'", "img-src 'self' data:", "font-src 'self' data:",
    "object-src 'none'", "script-src 'self'", "script-src-attr 'none'", "style-src 'self'", "connect-src 'self'", "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : [])].join('; ');
}

/** Response headers of the pages' own app that are the connection's, not the answer's. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/**
 * Swagger UI's pages and assets, served by an app of their own that the first request to /docs
 * builds (Swagger UI and the static-file server it uses, some 250 KB of code, are not a start's
 * work), from this app's document. Its answers are sent as this app's, with this app's hooks;
 * a path it does not know is this app's 404.
 */
function docsPages(app: FastifyInstance, policy: string, compilers: Compilers) {
  let pages: Promise<FastifyInstance> | undefined;
  const build = async () => {
    const { default: swaggerUi } = await import('@fastify/swagger-ui');
    // This app's compilers: Fastify would otherwise load its own (Ajv and fast-json-stringify) for pages without schemas.
    const docs = fastify({ logger: false, schemaController: { compilersFactory: compilers as never } });
    await docs.register(swagger, { mode: 'static', specification: { document: app.swagger() as never } });
    await docs.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: policy,
      theme: {
        title: 'Kiosque API',
        css: [{ filename: 'kiosque.css', content: docsAsset('kiosque.css') }],
        js: [{ filename: 'kiosque.js', content: docsAsset('kiosque.js') }],
      },
      // The base layout has no top bar: no third-party logo, no "explore" box to point it elsewhere.
      uiConfig: { layout: 'BaseLayout', deepLinking: true },
    });
    return docs;
  };
  app.addHook('onClose', async () => (await pages)?.close());
  return async function docsPage(request: FastifyRequest, reply: FastifyReply) {
    // Asked as a GET: for a HEAD, this app's HEAD route drops the body it is sent and keeps its length.
    const answer = await (pages ??= build()).then((docs) => docs.inject({ url: request.url, headers: request.headers }));
    if (answer.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name)) reply.header(name, value);
    // A 304 or a redirect has no body, and no type to give it.
    return reply.code(answer.statusCode).send(answer.rawPayload.length > 0 ? answer.rawPayload : undefined);
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, as "METHOD /url": the OpenAPI test checks each one is documented. */
    registeredRoutes: string[];
  }
}

export default fp(async function openapi(app: FastifyInstance, options: { publicUrl: string; version: string; docs: boolean; compilers: Compilers }) {
  const registered: string[] = [];
  app.decorate('registeredRoutes', registered);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') registered.push(`${method} ${route.url}`);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kiosque', version: options.version, description,
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'This Kiosque instance', url: options.publicUrl },
      },
      servers: [{ url: options.publicUrl }],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http', scheme: 'bearer',
            description: 'An API key made with `kiosque keys create`. Each operation names the scope it needs '
              + '(a role list, as OpenAPI 3.1 allows); `{}` among its requirements means no key is needed.',
          },
        },
      },
      webhooks: changeWebhooks,
      tags: [
        { name: 'articles', description: 'Articles and their bodies' },
        { name: 'links', description: 'Curated related links of an article' },
        { name: 'sections', description: 'The section tree' },
        { name: 'authors', description: 'Bylines' },
        { name: 'tags', description: 'Topics, people, organisations, places and events' },
        { name: 'popular', description: 'Most read: the view beacon and the ranking over a window' },
        { name: 'search', description: 'French-aware full-text search of published articles' },
        { name: 'keys', description: 'API keys (admin)' },
        { name: 'changes', description: 'The change feed: every write of content, in commit order' },
        { name: 'revisions', description: 'Article history: every version kept, compared and restored (content:preview)' },
        { name: 'webhooks', description: 'Signed deliveries of changes to subscribers (admin)' },
        { name: 'pages', description: 'Composite answers: a whole reader page in one request' },
        { name: 'feeds', description: 'RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the site, sections, tags and authors' },
        { name: 'formats', description: 'News formats of one article: IPTC ninjs' },
        { name: 'sitemaps', description: 'Sitemaps for search engines: the index, section sitemaps, Google News' },
        { name: 'health', description: 'Liveness, readiness and metrics' },
        { name: 'meta', description: 'The API description itself' },
      ],
    },
    // Shared schemas become named components (#/components/schemas/Article…);
    // addSchema refuses a schema without an $id, so every one has a name.
    refResolver: { buildLocalReference: (json) => String(json.$id) },
    transform: shapeRoute,
    transformObject: shapeDocument,
  });
  // Production may turn the HTML pages off (KIOSQUE_DOCS=false); the document itself stays.
  if (options.docs) {
    const forward = docsPages(app, docsPolicy(options.publicUrl.startsWith('https:')), options.compilers);
    for (const url of ['/docs', '/docs/*']) app.get(url, { schema: { hide: true } }, forward);
  }
  app.get('/openapi.json', {
    schema: {
      operationId: 'getOpenApi', summary: 'This OpenAPI 3.1 document', tags: ['meta'],
      description: 'The document Swagger UI at `/docs` reads; `openapi/openapi.json` in the repository is the same, committed.',
      response: { 200: { type: 'object', additionalProperties: true, description: 'This document.' }, ...problems(401) },
    },
  }, async () => app.swagger());
}, { name: 'openapi' });
