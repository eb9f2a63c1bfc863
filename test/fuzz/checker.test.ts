import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import fc from 'fast-check';
import t from 'tap';
import { fuzz, valid } from './arbitraries.js';
import { createChecker, operationsOf, resolver, type Operation } from './spec.js';

// The fuzz suite is only as good as its checker and its generators: these tests make them fail.

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const real = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Thing' } } };
const doc = {
  openapi: '3.1.0',
  components: { schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, at: { type: 'string', format: 'date-time' } } } } },
  paths: {
    '/things/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 5 } }],
        responses: {
          200: { headers: { etag: { required: true, schema: { type: 'string' } } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          204: { description: 'nothing' },
          '4XX': { content: problem },
        },
      },
    },
    '/feed': {
      get: {
        responses: {
          200: { content: { 'application/rss+xml': {}, 'text/html': {}, 'image/*': {} } },
          default: { content: problem },
        },
      },
    },
  },
};
const [getThing, feed] = operationsOf(doc);
const check = createChecker(doc);
const answer = (statusCode: number, contentType: string | undefined, body: string, headers: Record<string, string> = {}) =>
  ({ statusCode, body, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers } });

t.test('operations come with their path parameters, own ones winning, and a name when they have no operationId', async (t) => {
  t.same(getThing.parameters.map((p) => p.schema.maxLength), [5]);
  t.equal(feed.id, 'get /feed');
  t.same(feed.parameters, []);
});

t.test('a documented JSON answer passes; a wrong one says what is wrong', async (t) => {
  const ok = answer(200, 'application/json; charset=utf-8', '{"id":"a","at":"2026-01-01T00:00:00Z"}', { etag: '"1"' });
  t.same(check(getThing, ok), []);
  t.match(check(getThing, { ...ok, body: '{"at":"yesterday"}' }).join(), /required property 'id'.*must match format "date-time"/);
  t.match(check(getThing, { ...ok, body: 'not json' }), ['the application/json body is not JSON']);
  t.match(check(getThing, answer(200, 'application/json', '{"id":"a"}')), ['the required header etag is missing']);
  t.match(check(getThing, { ...ok, headers: { ...ok.headers, 'content-type': 'text/plain' } }), [/content type "text\/plain" is not documented/]);
  t.match(check(getThing, answer(302, undefined, '')), ['status 302 is not documented for getThing']);
});

t.test('ranges and default stand for the statuses they cover', async (t) => {
  t.same(check(getThing, answer(418, 'application/problem+json', '{"id":"teapot"}')), []);
  t.same(check(feed, answer(503, 'application/problem+json', '{"id":"down"}')), []);
});

t.test('a response documented without content must have no body', async (t) => {
  t.same(check(getThing, answer(204, undefined, '')), []);
  t.match(check(getThing, answer(204, 'text/plain', 'x')), ['204 documents no body but one was sent']);
});

t.test('XML is checked for well-formedness, other media types by type, wildcards included', async (t) => {
  t.same(check(feed, answer(200, 'application/rss+xml', '<rss version="2.0"><channel><title>a &amp; b</title></channel></rss>')), []);
  t.match(check(feed, answer(200, 'application/rss+xml', '<rss><channel></rss>')), [/not well-formed XML/]);
  t.same(check(feed, answer(200, 'text/html', '<p>not checked')), []);
  t.same(check(feed, answer(200, 'image/png', '\u0089PNG')), []);
});

const pointerPart = (part: string) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'));

/** Every parameter and request body schema of the real document, with its JSON pointer. */
function requestSchemas(): Array<{ pointer: string; schema: any }> {
  return Object.entries<any>(real.paths).flatMap(([path, item]) => Object.entries<any>(item).flatMap(([method, op]) => [
    ...(op.parameters ?? []).map((p: any, i: number) => ({ pointer: [path, method, 'parameters', String(i), 'schema'], schema: p.schema })),
    ...Object.entries<any>(op.requestBody?.content ?? {}).map(([media, m]) => ({ pointer: [path, method, 'requestBody', 'content', media, 'schema'], schema: m.schema })),
  ]).map(({ pointer, schema }) => ({ pointer: ['', 'paths', ...pointer].map(pointerPart).join('/'), schema })));
}

t.test('valid() makes only values the schema accepts, and fuzz() many it refuses, for every parameter and body of the document', async (t) => {
  const ajv = addFormats(new Ajv2020({ strict: false, validateSchema: false }));
  ajv.addSchema(real, 'urn:kiosque:real');
  // '0' and '"0"' are dates to Date.parse, never to RFC 3339; 'https://' has no host.
  const known = ['actualites', 'actualites/ia', 'art_01', 'x'.repeat(400), '2026-01-01T00:00:00.000Z', 'html', 'Élections', '0', '"0"', 'https://'];
  const ctx = { resolve: resolver(real), known, knownFor: (name: string) => (name.includes('section') ? ['sec_01', 'actualites'] : []) };
  let fuzzed = 0;
  let refused = 0;
  const schemas = requestSchemas();
  t.ok(schemas.length > 40, `${schemas.length} schemas`);
  for (const [i, { pointer, schema }] of schemas.entries()) {
    const validate = ajv.compile({ $ref: `urn:kiosque:real#${pointer}` });
    const wrong = fc.sample(valid(schema, ctx), { seed: i, numRuns: 25 }).filter((value) => !validate(value));
    if (wrong.length > 0) t.fail(`${pointer}: ${JSON.stringify(wrong[0]).slice(0, 200)} ${ajv.errorsText(validate.errors)}`);
    for (const value of fc.sample(fuzz(schema, ctx), { seed: i, numRuns: 25 })) {
      fuzzed++;
      if (!validate(value)) refused++;
    }
  }
  // Most parameters are free strings, which hostile strings still satisfy: a fifth or so is refused.
  t.ok(refused / fuzzed > 0.1 && refused / fuzzed < 0.8, `fuzz() values refused by their schema: ${refused} of ${fuzzed}`);
});
