import Fastify from 'fastify';
import t from 'tap';
import { Type } from 'typebox';
import { BlockSchema, TocEntrySchema } from '../../src/content/blocks.js';
import { renderMarkdownSync } from '../../src/content/render.js';

// BlockSchema is recursive ($defs + $ref); these tests hold that Fastify's
// Ajv validates it and fast-json-stringify serialises it, at any depth.
const source = '## Titre\n\n> - un **deux**\n>   - trois\n>     > quatre\n\n| a | b |\n|:-:|---|\n| 1 |';
const body = renderMarkdownSync(source);
const ArticleBody = Type.Object({ blocks: Type.Array(BlockSchema), toc: Type.Array(TocEntrySchema) });

async function buildApp() {
  const app = Fastify();
  app.post('/echo', { schema: { body: ArticleBody, response: { 200: ArticleBody } } }, async (request) => request.body);
  // A second route with the same schema: the $defs ids must not clash.
  app.get('/blocks', { schema: { response: { 200: Type.Array(BlockSchema) } } }, async () => body.blocks);
  await app.ready();
  return app;
}

t.test('rendered blocks pass request validation and serialise unchanged', async (t) => {
  const app = await buildApp();
  t.teardown(() => app.close());
  const echo = await app.inject({ method: 'POST', url: '/echo', payload: { blocks: body.blocks, toc: body.toc } });
  t.equal(echo.statusCode, 200);
  t.same(echo.json(), { blocks: body.blocks, toc: body.toc });
  const blocks = await app.inject({ method: 'GET', url: '/blocks' });
  t.equal(blocks.body, JSON.stringify(body.blocks));
});

t.test('a malformed block deep in the tree is a 400', async (t) => {
  const app = await buildApp();
  t.teardown(() => app.close());
  const deep = { type: 'quote', children: [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', content: [{ type: 'text' }] }]] }] };
  const response = await app.inject({ method: 'POST', url: '/echo', payload: { blocks: [deep], toc: [] } });
  t.equal(response.statusCode, 400);
});
