import { readFileSync } from 'node:fs';
import t from 'tap';
import { Validator } from '@seriousme/openapi-schema-validator';
import { makeApp } from './helpers.js';

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
  for (const url of ['/docs', '/docs/']) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
    t.match(String(res.headers['content-type']), /text\/html/);
    t.match(res.body, /swagger-ui/i);
  }
  const asset = await app.inject('/docs/static/swagger-ui-bundle.js');
  t.equal(asset.statusCode, 200);
  t.equal((await app.inject('/docs/json')).json().openapi, '3.1.0', 'the UI reads the same document');
});
