import { readFileSync } from 'node:fs';
import { hash } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createKiosque, KiosqueProblem, type Kiosque, type SectionRef } from '@kiosque/client';
import { cachingHeaders, isFresh } from './caching.js';
import { html } from './html.js';
import { layout, type Shell, type SiteInfo } from './layout.js';
import { articlePage } from './pages/article.js';
import { homePage, listingPage, sectionPage } from './pages/lists.js';
import { searchPage } from './pages/search.js';

export interface SiteOptions {
  /** Where the site reads the API (server to server). */
  apiUrl: string;
  /** Where readers' browsers reach the API, for the view beacon; the same as apiUrl by default. */
  publicApiUrl?: string;
  name?: string;
  logger?: boolean;
  /** Articles (and search results) a list page shows; 12 by default. */
  pageSize?: number;
}

const asset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');

type Page = Omit<Shell, 'sections'>;

/** The reader site: server-rendered pages of Le Kiosque, every piece read from the API through the typed client. */
export async function buildSite(options: SiteOptions): Promise<FastifyInstance> {
  const kiosque: Kiosque = createKiosque({ baseUrl: options.apiUrl });
  const publicApi = (options.publicApiUrl ?? options.apiUrl).replace(/\/+$/, '');
  const assets = { 'site.css': asset('site.css'), 'beacon.js': asset('beacon.js') };
  const version = (name: keyof typeof assets) => `/assets/${name}?v=${hash('sha1', assets[name], 'hex').slice(0, 10)}`;
  const site: SiteInfo = { name: options.name ?? 'Le Kiosque', css: version('site.css'), js: version('beacon.js') };
  const app = Fastify({ logger: options.logger ?? false });
  const limit = options.pageSize ?? 12;

  app.addHook('onRequest', function securityHeaders(_request, reply, done) {
    reply.headers({
      'content-security-policy': `default-src 'self'; img-src 'self' https: data:; connect-src 'self' ${new URL(publicApi).origin}; `
        + "script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    done();
  });

  /** The top-level sections for the header: one call, revalidated by ETag on every page. */
  async function topSections(): Promise<{ sections: SectionRef[]; response: Response }> {
    const { data, response } = await kiosque.get('/v1/sections', { params: { query: { limit: 100 } } });
    return { sections: data.data.filter((s) => s.parentId === null), response };
  }

  async function send(request: FastifyRequest, reply: FastifyReply, page: Page, responses: Response[]) {
    const { sections, response } = await topSections();
    const headers = cachingHeaders(responses, response);
    reply.headers(headers);
    if (reply.statusCode === 200 && isFresh(request.headers['if-none-match'], headers.etag)) return reply.code(304).send();
    return reply.type('text/html; charset=utf-8').send(layout(site, { ...page, sections }).value);
  }

  app.get('/assets/:name', async (request, reply) => {
    const name = (request.params as { name: string }).name;
    if (!(name in assets)) return reply.callNotFound();
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.type(name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8').send(assets[name as keyof typeof assets]);
  });

  app.get('/', async (request, reply) => {
    const cursor = (request.query as { cursor?: string }).cursor;
    const latest = await kiosque.get('/v1/articles', { params: { query: { limit, ...(cursor && { cursor }) } } });
    const popular = await kiosque.get('/v1/popular', { params: { query: { limit: 5 } } });
    return send(request, reply, homePage(latest.data.data, popular.data.data, latest.data.meta.nextCursor), [latest.response, popular.response]);
  });

  app.get('/recherche', async (request, reply) => {
    const { q = '', cursor } = request.query as { q?: string; cursor?: string };
    if (!q.trim()) return send(request, reply, searchPage({ q: '', results: [], nextCursor: null }), []);
    try {
      const { data, response } = await kiosque.get('/v1/search', { params: { query: { q, limit, ...(cursor && { cursor }) } } });
      return await send(request, reply, searchPage({ q, results: data.data, nextCursor: data.meta.nextCursor }), [response]);
    } catch (error) {
      if (!(error instanceof KiosqueProblem) || error.status !== 400) throw error;
      reply.code(400);
      return send(request, reply, searchPage({ q, results: [], nextCursor: null, refused: 'Cette recherche ne peut pas aboutir : essayez d’autres mots.' }), []);
    }
  });

  app.get('/tags/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const cursor = (request.query as { cursor?: string }).cursor;
    const tag = await kiosque.get('/v1/tags/{idOrSlug}', { params: { path: { idOrSlug: slug } } });
    const list = await kiosque.get('/v1/articles', { params: { query: { tag: [slug], limit, ...(cursor && { cursor }) } } });
    return send(request, reply, listingPage({ kind: 'tag', tag: tag.data }, list.data.data, list.data.meta.nextCursor), [tag.response, list.response]);
  });

  app.get('/auteurs/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const cursor = (request.query as { cursor?: string }).cursor;
    const author = await kiosque.get('/v1/authors/{idOrSlug}', { params: { path: { idOrSlug: slug } } });
    const list = await kiosque.get('/v1/articles', { params: { query: { author: slug, limit, ...(cursor && { cursor }) } } });
    return send(request, reply, listingPage({ kind: 'author', author: author.data }, list.data.data, list.data.meta.nextCursor), [author.response, list.response]);
  });

  // `/<section path>/<slug>` is an article, `/<section path>` a section front: the last segment decides.
  app.get('/*', async (request, reply) => {
    const path = (request.params as { '*': string })['*'].replace(/\/+$/, '');
    const cursor = (request.query as { cursor?: string }).cursor;
    const slug = path.split('/').pop()!;
    if (path.includes('/') && !cursor) {
      const page = await kiosque.get('/v1/pages/articles/{slug}', { params: { path: { slug } } }).catch(notFoundAsNull);
      if (page) {
        const canonical = `/${page.data.article.section?.path}/${page.data.article.slug}`;
        if (canonical !== `/${path}`) return reply.redirect(canonical, 301);
        return send(request, reply, articlePage(page.data, `${publicApi}/v1/articles/${page.data.article.id}/views`), [page.response]);
      }
    }
    const front = await kiosque.get('/v1/sections/{idOrPath}/front', { params: { path: { idOrPath: path }, query: { limit, ...(cursor && { cursor }) } } });
    return send(request, reply, sectionPage(front.data, cursor), [front.response]);
  });

  /** A missing page (404) or an API that failed (502), as a page of the site. */
  async function errorPage(reply: FastifyReply, missing: boolean) {
    reply.code(missing ? 404 : 502).header('cache-control', 'no-store');
    const { sections } = missing ? await topSections() : { sections: [] };
    const page = missing
      ? { title: 'Page introuvable', main: html`<h1>Page introuvable</h1><p>Cette page n’existe pas ou n’existe plus. <a href="/">Retour à la une</a></p>` }
      : { title: 'Service indisponible', main: html`<h1>Service momentanément indisponible</h1><p>Les articles ne peuvent pas être affichés pour l’instant. Réessayez dans quelques instants.</p>` };
    return reply.type('text/html; charset=utf-8').send(layout(site, { ...page, sections }).value);
  }

  app.setErrorHandler(async function failure(error, request, reply) {
    const missing = error instanceof KiosqueProblem && error.status === 404;
    if (!missing) request.log.error({ err: error }, 'page failed');
    return errorPage(reply, missing);
  });
  app.setNotFoundHandler((_request, reply) => errorPage(reply, true));

  return app;
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof KiosqueProblem && error.status === 404) return null;
  throw error;
}
