import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from 'typebox';
import t, { type Test } from 'tap';
import type { App } from '../../src/app.js';
import { run } from '../../src/cli/index.js';
import { configAjvOptions, ConfigSchema, loadConfig } from '../../src/config.js';
import { compiledSchemasDir, loadCompiledSchemas, recordingCompilers, schemaCompilers, serializable, sharedTypes, standaloneValidator, type CompiledSchemas } from '../../src/plugins/schema-compilers.js';
import { admin, article, makeApp, newsroom, tempDir } from '../helpers.js';

// The route schemas are compiled ahead of time (`npm run schemas`, run by `npm ci`); these tests
// compile them into a directory of their own, so they never depend on an earlier install. It is
// beside the default one, under node_modules: the compiled code requires Ajv's and
// fast-json-stringify's runtime from there.
mkdirSync(join(compiledSchemasDir, '..'), { recursive: true });
const dir = mkdtempSync(join(compiledSchemasDir, '..', 'test-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const lines: string[] = [];
t.before(async () => {
  t.equal(await run(['schemas', dir], {}, (line) => lines.push(line)), 0);
});

async function appOver(t: Test, compiled: CompiledSchemas | null, env: Record<string, string> = {}) {
  const missed: string[] = [];
  const { app } = await makeApp(t, env, { compilers: schemaCompilers(compiled, (route) => missed.push(route)) });
  return { app, missed };
}

t.test('every route of the server is compiled ahead of time, whatever the configuration', async (t) => {
  t.match(lines[0], /validators, \d+ serializers/);
  const envs: Record<string, string>[] = [{}, {
    PUBLIC_URL: 'https://api.news.example', KIOSQUE_METRICS: 'public', KIOSQUE_ANONYMOUS_READ: 'false',
    KIOSQUE_CORS_ORIGINS: 'https://news.example', KIOSQUE_RATE_LIMIT_ANONYMOUS: '60', KIOSQUE_PUBLISHER_NAME: 'Le Quotidien',
  }, { KIOSQUE_DOCS: 'false', KIOSQUE_METRICS: 'off' }];
  for (const env of envs) {
    const { app, missed } = await appOver(t, loadCompiledSchemas(dir), env);
    await app.ready();
    t.same(missed, [], `nothing compiled at start with ${JSON.stringify(env)}`);
  }
});

/** The same requests to a server over the compiled schemas and to one that compiles at start. */
async function both(t: Test) {
  const compiled = await appOver(t, loadCompiledSchemas(dir));
  const atStart = await appOver(t, null);
  await atStart.app.ready();
  t.ok(atStart.missed.length > 50, 'without compiled schemas, every route is compiled at start');
  return [compiled.app, atStart.app];
}

t.test('compiled validators keep the contract: bodies neither coerced nor stripped, queries coerced', async (t) => {
  for (const app of await both(t)) {
    const wrongType = await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 12 } });
    t.equal(wrongType.statusCode, 400);
    t.match(wrongType.headers['content-type'], /^application\/problem\+json/);
    t.match(wrongType.json(), { code: 'VALIDATION_FAILED', errors: [{ pointer: '/name', in: 'body' }] });
    const unknown = await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport', colour: 'red' } });
    t.match(unknown.json(), { status: 400, code: 'VALIDATION_FAILED' });
    const coerced = await app.inject({ method: 'GET', url: '/v1/sections?limit=2' });
    t.equal(coerced.statusCode, 200);
    const badQuery = await app.inject({ method: 'GET', url: '/v1/articles?limit=many' });
    t.match(badQuery.json(), { status: 400, code: 'VALIDATION_FAILED', errors: [{ in: 'query' }] });
  }
});

t.test('compiled serializers write what the serializers compiled at start write', async (t) => {
  const [compiled, atStart] = await both(t);
  const sent = async (app: App) => {
    const { section, author, tag } = await newsroom(app);
    const created = await article(app, { title: 'Un titre', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] });
    const urls = ['/v1/articles', `/v1/articles/${created.slug}`, '/v1/sections', '/v1/articles/missing', '/openapi.json', '/healthz'];
    return Promise.all(urls.map(async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: admin });
      return [url, res.statusCode, res.body.replace(/[0-9A-HJKMNP-TV-Z]{26}|\d{4}-\d\d-\d\dT[\d:.]+Z|"requestId":"[^"]+"/g, '…')];
    }));
  };
  t.same(await sent(compiled), await sent(atStart));
});

t.test('a schema compiled after the files were generated is compiled at start, and said', async (t) => {
  const logs: string[] = [];
  const { app } = await makeApp(t, {}, { logger: { level: 'warn', stream: { write: (line: string) => logs.push(line) } } });
  app.post('/new', {
    schema: {
      body: Type.Object({ n: Type.Integer() }, { additionalProperties: false }),
      querystring: Type.Object({ page: Type.Integer({ default: 1 }) }),
      response: { 200: Type.Object({ n: Type.Integer(), page: Type.Integer() }) },
    },
  }, async (request) => ({ ...request.body, ...request.query, secret: 'not in the schema' }) as never);
  await app.ready();
  t.match(JSON.parse(logs[0]), { level: 40, routes: ['POST /new body', 'POST /new querystring', 'POST /new 200'] });
  t.match(logs[0], /3 route schemas compiled at start/);
  const ok = await app.inject({ method: 'POST', url: '/new?page=2', payload: { n: 1 } });
  t.same(ok.json(), { n: 1, page: 2 });
  const text = await app.inject({ method: 'POST', url: '/new', payload: { n: '1' } });
  t.equal(text.statusCode, 400, 'a number in a string is not coerced in a body');
});

t.test('without generated files, nothing is found and everything is compiled at start', async (t) => {
  t.equal(loadCompiledSchemas(tempDir('none')), null);
  t.not(loadCompiledSchemas(), null, `${compiledSchemasDir} exists: \`npm ci\` or \`npm run schemas\` made it`);
});

t.test('what is compiled at start is compiled once per process, for every app built after', async (t) => {
  const route = { schema: Type.Object({ n: Type.Integer() }), method: 'GET', url: '/once', httpPart: 'querystring', httpStatus: '200' };
  const [first, second] = [0, 1].map(() => schemaCompilers(null, () => {}));
  t.equal(first.buildValidator({}, undefined)(route), second.buildValidator({}, undefined)(route));
  t.equal(first.buildSerializer({}, {})(route), second.buildSerializer({}, {})(route));
  const body = { ...route, httpPart: 'body' };
  t.not(first.buildValidator({}, undefined)(body), first.buildValidator({}, undefined)(route), 'bodies are validated by their own rules');
});

t.test('a union of a schema and null is serialized as that schema, nullable, without validating the value against it', async (t) => {
  const hero = Type.Object({ url: Type.String({ format: 'uri' }), alt: Type.String() }, { $id: 'Hero' });
  const nullable = <T extends object>(schema: T) => Type.Union([schema, Type.Null()], { description: 'or null' });
  const schema = Type.Object({
    at: nullable(Type.String({ format: 'date-time' })), hero: nullable(Type.Ref('Hero')),
    either: Type.Union([Type.String(), Type.Integer()]), both: Type.Union([Type.Null(), Type.Union([Type.String(), Type.Integer()])]),
  });
  const form = serializable(schema, sharedTypes({ Hero: hero })) as { properties: Record<string, object> };
  t.same(form.properties.at, { type: 'string', format: 'date-time', description: 'or null', nullable: true });
  t.same(form.properties.hero, { $ref: 'Hero', type: 'object', description: 'or null', nullable: true }, 'a reference, with its target\'s type');
  t.same(form.properties.either, schema.properties.either, 'a union of two schemas is left as it is');
  t.same(form.properties.both, schema.properties.both, 'and a union of null and a union');
  t.same(schema.properties.at.anyOf.length, 2, 'the schema itself is untouched (the document and the validators keep the union)');
  const route = { schema, method: 'GET', url: '/nullable', httpStatus: '200' };
  // Ahead of time (written, then loaded as a start loads it) and at start.
  const recording = recordingCompilers();
  recording.compilers.buildSerializer({ Hero: hero }, {})(route);
  const written = mkdtempSync(join(compiledSchemasDir, '..', 'test-'));
  t.teardown(() => rmSync(written, { recursive: true, force: true }));
  recording.write(written);
  const [key] = Object.keys((JSON.parse(readFileSync(join(written, 'index.json'), 'utf8')) as { serializers: object }).serializers);
  const serializers = [loadCompiledSchemas(written)!.serializer(key)!, schemaCompilers(null, () => {}).buildSerializer({ Hero: hero }, {})(route) as (data: unknown) => string];
  const json = '{"at":"2026-12-06T10:00:00.000Z","hero":{"url":"https://img.example/a.jpg","alt":"é"},"either":"x","both":null}';
  for (const serialize of serializers) {
    t.equal(serialize({ ...JSON.parse(json), extra: 1 }), json);
    t.equal(serialize({ at: null, hero: null, either: 2, both: 'y' }), '{"at":null,"hero":null,"either":2,"both":"y"}');
    // A union chose its branch by validating the value against each: a URL that is not one matched neither.
    t.equal(serialize({ at: 'tomorrow', hero: { url: 'not a url', alt: '' }, either: 1, both: 1 }), '{"at":"tomorrow","hero":{"url":"not a url","alt":""},"either":1,"both":1}');
  }
});

t.test('a route is looked up under the shared schemas it is given, however they are held', async (t) => {
  const asked: string[] = [];
  const lookUp = (key: string) => void asked.push(key);
  const compilers = schemaCompilers({ validator: lookUp, serializer: lookUp }, () => {});
  const route = { schema: Type.Object({ s: Type.Ref('Word') }), method: 'GET', url: '/shared', httpPart: 'querystring' };
  const word = Type.String({ $id: 'Word' });
  const other = Type.String({ $id: 'Other' });
  const holders: Record<string, object>[] = [{ Word: word }, { Word: word }, { Word: Type.String({ $id: 'Word', maxLength: 3 }) }, { Word: word, Other: other }, { Word: word }];
  for (const shared of holders) {
    compilers.buildValidator(shared, undefined)(route);
  }
  t.equal(asked[1], asked[0], 'the same schema in another holder (a plugin context of its own): the same key');
  t.not(asked[2], asked[0], 'another schema under the same name: another key');
  t.not(asked[3], asked[0], 'one more schema: another key');
  t.equal(asked[4], asked[0], 'and back');
});

t.test('the configuration is validated by a validator compiled ahead of time, as by one compiled at start', async (t) => {
  const compiled = standaloneValidator(ConfigSchema, configAjvOptions, loadCompiledSchemas(dir));
  const atStart = standaloneValidator(ConfigSchema, configAjvOptions, null);
  t.not(compiled, atStart);
  t.equal(atStart, standaloneValidator(ConfigSchema, configAjvOptions, null), 'compiled at start once per process');
  for (const env of [{ PORT: '8080' }, { PORT: 'eighty', KIOSQUE_SEED: 'all' }]) {
    const [a, b] = [{ ...env }, { ...env }];
    t.equal(compiled(a), atStart(b));
    t.same(a, b, 'coerced and given defaults alike');
    t.same(compiled.errors, atStart.errors);
  }
  t.match(compiled.errors, [{ instancePath: '/PORT' }, { instancePath: '/KIOSQUE_SEED' }]);
  t.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be integer: got "eighty"/);
});
