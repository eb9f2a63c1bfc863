import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { EDITOR } from '../../lib/reader.js';
import { purgeKeys } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { IfMatchHeaders, ListQuery, purgeHeaders } from '../../lib/schemas.js';
import { revisionsKept } from '../../config.js';
import { getArticle } from '../articles/read.js';
import { renderBody } from '../articles/service.js';
import { diffRevisions, getRevision, listRevisions, restoredBody, restoreRevision } from './service.js';

const tags = ['revisions'];
const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The article id (`art_…`), slug or a former slug.' }) });
const versionNumber = (description: string) => Type.Integer({ minimum: 1, maximum: 2_147_483_647, description });
const Version = versionNumber('A version number of the article.');
const VersionParams = Type.Object({ ...Params.properties, version: Version });
const WriteParams = Type.Object({
  idOrSlug: Type.String({ maxLength: 200, description: 'The article id (`art_…`) or current slug.' }),
  version: Version,
});
const noStore = { 'cache-control': { type: 'string', description: 'Always `private, no-store`: history is for the newsroom only.' } };
// Revisions show drafts and withdrawn text: no shared cache and not the response cache may keep them.
const config = { scope: 'content:preview' as const, cache: false as const };
// Partner keys (with entitlements) are content:read keys only, so they never reach these routes.
const description = 'Needs `content:preview` (or more), which partner keys never have. Never cached.';

const privately = <T>(reply: FastifyReply, body: T) => reply.header('cache-control', 'private, no-store').send(body);

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { repos, now } = ctx;
  const deps = {
    revisions: repos.revisions, articles: repos.articles, authors: repos.authors, tags: repos.tags, now,
    cursors: ctx.cursors, transaction: ctx.transaction, keep: revisionsKept(ctx.config),
  };
  const read = { articles: repos.articles, links: repos.links, publicUrl: ctx.config.PUBLIC_URL, now };

  app.get('/articles/:idOrSlug/revisions', {
    config,
    schema: {
      operationId: 'listArticleRevisions', summary: 'The versions of an article that can be read, newest first', tags,
      description: `Who wrote each version (the API key's name), when, and which fields it changed. ${description}`,
      params: Params,
      querystring: Type.Object(ListQuery),
      response: { 200: { ...Type.Ref('RevisionPage'), headers: { ...noStore, link: { type: 'string' } } }, ...problems(400, 401, 403, 404) },
    },
  }, async function revisions(request, reply) {
    const page = await listRevisions(deps, request.params.idOrSlug, request.query);
    if (page.meta.nextCursor) reply.header('link', `<${request.url.split('?')[0]}?limit=${page.meta.limit}&cursor=${page.meta.nextCursor}>; rel="next"`);
    return privately(reply, page);
  });

  app.get('/articles/:idOrSlug/revisions/:version', {
    config,
    schema: {
      operationId: 'getArticleRevision', summary: 'An article as it was at one version', tags,
      description: `The body is the Markdown source as written then. ${description}`,
      params: VersionParams,
      response: { 200: { ...Type.Ref('ArticleRevision'), headers: noStore }, ...problems(400, 401, 403, 404) },
    },
  }, async function revision(request, reply) {
    return privately(reply, await getRevision(deps, request.params.idOrSlug, request.params.version));
  });

  app.get('/articles/:idOrSlug/revisions/:version/diff', {
    config,
    schema: {
      operationId: 'diffArticleRevisions', summary: 'What changed between two versions of an article', tags,
      description: `The fields that differ with both values, and the body as a word-level diff. ${description}`,
      params: VersionParams,
      querystring: Type.Object({ from: Type.Optional(versionNumber('The version to compare with; the one before by default.')) }),
      response: { 200: { ...Type.Ref('RevisionDiff'), headers: noStore }, ...problems(400, 401, 403, 404) },
    },
  }, async function diff(request, reply) {
    return privately(reply, await diffRevisions(deps, request.params.idOrSlug, request.params.version, request.query.from));
  });

  app.post('/articles/:idOrSlug/revisions/:version/restore', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'restoreArticleRevision', summary: 'Bring an earlier version back, as a new version', tags,
      description: 'Restores what the article said and who signed it (title, standfirst, body, language, hero image, SEO, '
        + 'authors and tags, less those deleted since); its slug, section, canonical URL, status, schedule, embargo, pubStatus '
        + 'and related links stay as they are. Honours `If-Match`; recorded in the change feed like any update, and in the history.',
      params: WriteParams, headers: IfMatchHeaders,
      response: {
        200: { ...Type.Ref('Article'), headers: { etag: { type: 'string' }, ...purgeHeaders } },
        ...problems(400, 401, 403, 404, 412, 413, 415),
      },
    },
  }, async function restore(request, reply) {
    const { idOrSlug, version } = request.params;
    const restored = await restoredBody(deps, idOrSlug, version);
    const rendered = (await renderBody(ctx.renderer, restored.body, restored.lang))!;
    const id = purgeKeys(reply, await restoreRevision(deps, request.principal!, idOrSlug, version, rendered, request.headers['if-match']));
    const { article, etag } = await getArticle(read, id, { format: 'html', include: 'body,links' }, EDITOR);
    return reply.header('etag', etag).send(article);
  });
};

export default routes;
