import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { EDITOR } from '../../lib/reader.js';
import { notModified, page, purgeKeys, validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, IfMatchHeaders, notModifiedResponse, Page, purgeHeaders } from '../../lib/schemas.js';
import { articleValidators, getArticle, listArticles } from './read.js';
import { ArticleCreateSchema, ArticlePatchSchema, ArticleQuerySchema, ArticleShapeSchema } from './schemas.js';
import { ARTICLE_LANG, createArticle, deleteArticle, renderBody, updateArticle } from './service.js';
import { revisionsKept } from '../../config.js';
import { formatDeps } from '../formats/routes.js';
import { sendNinjs } from '../formats/reply.js';
import { NINJS_TYPE } from '../formats/schemas.js';
import { acceptVariant, jsonLdOf, prefersNinjs, wantsJsonLd } from '../formats/service.js';

const Article = Type.Ref('Article');
const tags = ['articles'];
const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The article id (`art_…`), slug or a former slug.' }) });

const BODY_LIMITS_NOTE = 'The body is rendered before anything is written, within limits (nesting, headings, table cells, '
  + 'rendered size, render time and memory): a body over one is a 422 `BODY_TOO_COMPLEX` naming it in `limit`, and nothing is stored.';

/** Article bodies are long-form Markdown; every other write keeps the 64 KiB default. */
const ARTICLE_BODY_LIMIT = 1024 * 1024;

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { repos, now } = ctx;
  const read = {
    articles: repos.articles, links: repos.links, sections: repos.sections, tags: repos.tags, authors: repos.authors,
    publicUrl: ctx.config.PUBLIC_URL, now, cursors: ctx.cursors,
  };
  // Every write keeps the version it replaced, in its own transaction (see revisions/recorder.ts).
  const write = { transaction: ctx.transaction, now, keep: revisionsKept(ctx.config) };
  const formats = formatDeps(ctx);
  const written = (id: string) => getArticle(read, id, { format: 'html', include: 'body,links' }, EDITOR);

  app.get('/articles', {
    config: { cacheClass: 'list' },
    schema: {
      operationId: 'listArticles', summary: 'List articles, newest first', tags,
      description: 'Filters combine with AND. `section` (id or path) includes its sub-sections; `tag` may repeat and every tag must match. Bodies come only with `include=body`.',
      querystring: ArticleQuerySchema,
      response: {
        200: { ...Page(Article), headers: cacheHeaders },
        304: notModifiedResponse,
        ...problems(400, 401, 403),
      },
    },
  }, async function list(request, reply) {
    const { data, nextCursor, etag, lastModified, surrogateKeys } = await listArticles(read, request.query, request.reader);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    return page(request, reply, data, request.query.limit, nextCursor);
  });

  app.get('/articles/:idOrSlug', {
    config: { cacheVariant: acceptVariant },
    schema: {
      operationId: 'getArticle', summary: 'Get an article by id, slug or former slug', tags,
      description: 'With `Accept: application/ninjs+json` the answer is the article as IPTC ninjs 2.2 (as `GET …/ninjs`; the query is ignored then), with `Vary: Accept`.',
      params: Params,
      querystring: ArticleShapeSchema,
      response: {
        200: {
          description: 'The article, or its ninjs when Accept prefers it.',
          headers: cacheHeaders,
          content: { 'application/json': { schema: Article }, [NINJS_TYPE]: { schema: Type.Ref('Ninjs') } },
        },
        304: notModifiedResponse,
        ...problems(400, 401, 403, 404),
      },
    },
  }, async function get(request, reply) {
    if (prefersNinjs(request)) return sendNinjs(request, reply, formats, request.params.idOrSlug, true);
    reply.header('vary', 'Authorization, Accept');
    // A revalidation is answered from the versions alone: no body read, rendered or serialised. The article
    // it found is read by id after it, so a slug (or a former one) is resolved once.
    const checked = await notModified(request, reply, () => articleValidators(read, request.params.idOrSlug, request.query, request.reader));
    if (checked === true) return reply.send();
    const { article, whole, etag, lastModified, surrogateKeys } = await getArticle(read, checked?.id ?? request.params.idOrSlug, request.query, request.reader);
    if (wantsJsonLd(request.query.include, request.reader)) article.jsonLd = jsonLdOf(formats, whole);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    return article;
  });

  app.post('/articles', {
    config: { scope: 'content:write' },
    bodyLimit: ARTICLE_BODY_LIMIT,
    schema: {
      operationId: 'createArticle', summary: 'Create an article (a draft unless `status` says otherwise)', tags,
      description: 'The Markdown body is rendered once, here, into HTML, blocks, text and the table of contents. The answer is the article as an editor sees it, with its ETag and `Location`; its surrogate keys name the answers to purge. '
        + BODY_LIMITS_NOTE,
      body: ArticleCreateSchema,
      response: { 201: { ...Article, headers: { etag: { type: 'string' }, location: { type: 'string' }, ...purgeHeaders } }, ...problems(400, 401, 403, 409, 413, 415, 422) },
    },
  }, async function create(request, reply) {
    const rendered = (await renderBody(ctx.renderer, request.body.body, request.body.lang ?? ARTICLE_LANG))!;
    const { article, etag } = await written(purgeKeys(reply, await createArticle(write, request.principal!, request.body, rendered)));
    return reply.code(201).header('location', `/v1/articles/${article.id}`).header('etag', etag).send(article);
  });

  app.patch('/articles/:idOrSlug', {
    config: { scope: 'content:write' },
    bodyLimit: ARTICLE_BODY_LIMIT,
    schema: {
      operationId: 'updateArticle', summary: 'Change some fields of an article', tags,
      description: 'Send only the fields to change. With `If-Match` (the ETag you read), a write based on a stale version is refused with 412. Every write bumps `version` and `updatedAt`; a new slug leaves the old one resolving. '
        + BODY_LIMITS_NOTE,
      params: Params, headers: IfMatchHeaders, body: ArticlePatchSchema,
      response: { 200: { ...Article, headers: { etag: { type: 'string' }, ...purgeHeaders } }, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422) },
    },
  }, async function update(request, reply) {
    // The stored language is not read for it: most articles are in the newsroom's.
    const rendered = await renderBody(ctx.renderer, request.body.body, request.body.lang ?? ctx.config.KIOSQUE_LANGUAGE);
    const { article, etag } = await written(purgeKeys(reply,
      await updateArticle(write, request.principal!, request.params.idOrSlug, request.body, rendered, request.headers['if-match'])));
    return reply.header('etag', etag).send(article);
  });

  app.delete('/articles/:idOrSlug', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'deleteArticle', summary: 'Delete an article', tags,
      description: 'Honours `If-Match`. The change feed records a tombstone (`article.deleted`) with the last slug and version.',
      params: Params, headers: IfMatchHeaders,
      response: { 204: { ...Type.Null(), headers: purgeHeaders }, ...problems(400, 401, 403, 404, 412, 413, 415) },
    },
  }, async function remove(request, reply) {
    purgeKeys(reply, await deleteArticle(write, request.params.idOrSlug, request.headers['if-match']));
    return reply.code(204).send(null);
  });
};

export default routes;
