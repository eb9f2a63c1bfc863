import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import t from 'tap';
import { Validator } from '@seriousme/openapi-schema-validator';
import { isProblem, makeApp } from './helpers.js';

const committed = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));

t.test('the committed openapi/openapi.json is what the server serves', async (t) => {
  const { app } = await makeApp(t);
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), committed, 'run `npm run openapi` and commit the result');
});

t.test('the document is valid OpenAPI 3.1', async (t) => {
  const result = await new Validator().validate(committed);
  t.equal(result.valid, true, JSON.stringify(result.errors));
  t.equal(committed.openapi, '3.1.0');
});

t.test('every registered route is documented with an operationId, summary, tags and error responses', async (t) => {
  const { app } = await makeApp(t);
  await app.ready();
  const routes = app.registeredRoutes.filter((r) => !r.split(' ')[1].startsWith('/docs'));
  t.ok(routes.length >= 25);
  const ids = new Set<string>();
  for (const route of routes) {
    const [method, url] = route.split(' ');
    const path = url.replace(/:(\w+)/g, '{$1}');
    const op = committed.paths[path]?.[method.toLowerCase()];
    t.ok(op, `${route} is documented`);
    t.ok(op.operationId && !ids.has(op.operationId), `${route} has a unique operationId`);
    ids.add(op.operationId);
    t.ok(op.summary, `${route} has a summary`);
    t.ok(op.tags?.length, `${route} has tags`);
    t.ok(op.responses['500'], `${route} documents its 500`);
  }
});

t.test('named component schemas', async (t) => {
  for (const name of ['Article', 'Section', 'SectionRef', 'Author', 'Tag', 'RelatedLink', 'HeroImage', 'Problem', 'ApiKey', 'NewApiKey']) {
    t.ok(committed.components.schemas[name], name);
  }
  const problem = committed.paths['/v1/articles'].get.responses['400'].content['application/problem+json'];
  t.same(problem.schema, { $ref: '#/components/schemas/Problem' }, 'errors are problem+json');
});

t.test('/docs renders the Swagger UI', async (t) => {
  const { app } = await makeApp(t);
  // Swagger UI and its static-file server are loaded by the first request for the pages, not by a start.
  const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((file) => /node_modules\/@fastify\/(swagger-ui|static)\//.test(file));
  t.same(loaded(), [], 'not loaded before the pages are asked for');
  for (const url of ['/docs', '/docs/']) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
    t.match(String(res.headers['content-type']), /text\/html/);
    t.match(res.body, /swagger-ui/i);
  }
  t.ok(loaded().length > 0, 'loaded then');
  const asset = await app.inject('/docs/static/swagger-ui-bundle.js');
  t.equal(asset.statusCode, 200);
  t.equal((await app.inject('/docs/json')).json().openapi, '3.1.0', 'the UI reads the same document');
  // Its answers are this app's: HEAD, revalidation, redirects and 404s as every route has them.
  const head = await app.inject({ method: 'HEAD', url: '/docs/static/swagger-ui-bundle.js' });
  t.equal(head.statusCode, 200);
  t.equal(head.body, '');
  t.equal(head.headers['content-length'], String(asset.rawPayload.length), 'a HEAD says the length of the GET');
  const revalidated = await app.inject({ url: '/docs/static/swagger-ui-bundle.js', headers: { 'if-none-match': String(asset.headers.etag) } });
  t.equal(revalidated.statusCode, 304);
  t.equal(revalidated.body, '');
  t.notOk(revalidated.headers['content-type'], 'no type for no body');
  const redirect = await app.inject('/docs/static/index.html');
  t.equal(redirect.statusCode, 302);
  t.equal(redirect.headers.location, '/docs/');
  isProblem(t, await app.inject('/docs/static/no-such-file.js'), 404, 'ROUTE_NOT_FOUND');
});

t.test('what client generators need: optional defaults, stated security, typed enums, described answers', async (t) => {
  const operations = Object.values<any>(committed.paths).flatMap((item) => Object.entries<any>(item));
  for (const [method, op] of operations) {
    const defaulted = (op.parameters ?? []).filter((p: any) => p.required && p.schema.default !== undefined);
    t.same(defaulted.map((p: any) => p.name), [], `${op.operationId}: a parameter with a default is optional`);
    t.ok(Array.isArray(op.security), `${op.operationId} states its security`);
    const scoped = op.security.filter((r: any) => r.bearer?.length);
    const anonymous = op.security.some((r: any) => Object.keys(r).length === 0);
    if (method !== 'get' && op.operationId !== 'recordView') t.notOk(anonymous, `${op.operationId}: a write needs a key`);
    for (const requirement of scoped) t.ok(['content:read', 'content:preview', 'content:write', 'admin'].includes(requirement.bearer[0]));
    for (const [status, response] of Object.entries<any>(op.responses)) {
      t.not(response.description, 'Default Response', `${op.operationId} ${status} is described`);
      const schema = response.content?.['application/json']?.schema;
      if (method === 'get' && schema?.properties?.meta?.properties?.nextCursor) t.ok(response.headers?.link, `${op.operationId} documents Link`);
    }
  }
  t.same(committed.paths['/v1/articles'].post.security, [{ bearer: ['content:write'] }]);
  t.same(committed.paths['/v1/keys'].get.security, [{ bearer: ['admin'] }]);
  t.same(committed.paths['/v1/articles'].get.security, [{}, { bearer: ['content:read'] }], 'a read needs no key while anonymous reads are on');

  const untyped: string[] = [];
  const walk = (node: any, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node.enum) && node.type === undefined) untyped.push(path);
    for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
  };
  walk(committed, '#');
  t.same(untyped, [], 'every enum has a type');

  const headers = committed.paths['/v1/articles'].get.responses['429'].headers;
  t.same(headers['retry-after'].schema, { type: 'integer' }, 'error headers keep their types');
  t.same(Object.keys(committed.components.schemas).filter((name) => name.includes('-')), [], 'no hoisted $defs twins');
});

t.test('representations say what is always there; problems list their codes', async (t) => {
  const { PROBLEM_CODES } = await import('../src/lib/problem.js');
  const schemas = committed.components.schemas;
  t.same(schemas.Problem.properties.code.enum, [...PROBLEM_CODES]);
  // Every code an error of the source declares is one of them: an unlisted one would be sent as CLIENT_ERROR.
  const declared = new Set<string>();
  for (const file of readdirSync(new URL('../src', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8').matchAll(/createError(?:<[^>]*>)?\('([A-Z_]+)'/g)) declared.add(m[1]);
  }
  t.ok(declared.size >= 10, `${declared.size} codes declared with createError`);
  t.same([...declared].filter((code) => !(PROBLEM_CODES as readonly string[]).includes(code)), [], 'every declared code is in the enum');
  t.same(schemas.Article.required, ['id'], 'fields and partner allow-lists may trim every other property');
  for (const name of ['Section', 'SectionRef', 'Author', 'Tag', 'RelatedItem', 'ArticlePage', 'SectionFront', 'ApiKey', 'Webhook', 'Change']) {
    t.ok(schemas[name].required?.length > 0, `${name} has required properties`);
  }
  t.same(schemas.ArticlePage.required, ['article', 'breadcrumb', 'related', 'popular']);
});

t.test('/docs: a policy for its own assets, https upgrades only behind https, Kiosque\'s title and touches', async (t) => {
  const { app } = await makeApp(t);
  const page = await app.inject('/docs/');
  const policy = String(page.headers['content-security-policy']);
  t.match(policy, "script-src 'self'; script-src-attr 'none'; style-src 'self'");
  t.notMatch(policy, 'upgrade-insecure-requests', 'a page over plain HTTP keeps its assets on HTTP');
  t.match(page.body, '<title>Kiosque API</title>');
  for (const asset of ['kiosque.css', 'kiosque.js']) {
    t.match(page.body, `./static/theme/${asset}`);
    t.equal((await app.inject(`/docs/static/theme/${asset}`)).statusCode, 200, asset);
  }
  const { app: secure } = await makeApp(t, { PUBLIC_URL: 'https://api.lekiosque.example' });
  t.match((await secure.inject('/docs/')).headers['content-security-policy'], /; upgrade-insecure-requests$/);
});
