import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod } from 'openapi-typescript-helpers';
import { KiosqueProblem } from './problem.js';
import { revalidation, type RevalidationOptions } from './revalidation.js';
import type { components, operations, paths } from './schema.js';

export { KiosqueProblem, type Problem, type ProblemCode } from './problem.js';
export { REVALIDATED_HEADER, revalidation, type RevalidationOptions } from './revalidation.js';
export type { components, operations, paths } from './schema.js';

type Schemas = components['schemas'];
export type Article = Schemas['Article'];
export type ArticlePage = Schemas['ArticlePage'];
export type Section = Schemas['Section'];
export type SectionRef = Schemas['SectionRef'];
export type SectionFront = Schemas['SectionFront'];
export type Author = Schemas['Author'];
export type Tag = Schemas['Tag'];
export type RelatedItem = Schemas['RelatedItem'];
export type RelatedLink = Schemas['RelatedLink'];
export type HeroImage = Schemas['HeroImage'];
export type Ninjs = Schemas['Ninjs'];
export type JsonFeed = Schemas['JsonFeed'];
export type ContentBlock = Schemas['ContentBlock'];
export type SearchResult = Data<'/v1/search'>['data'][number];
export type PopularItem = Data<'/v1/popular'>['data'][number];

/**
 * The media types the client asks for. An operation documented with several
 * (the article answers JSON or ninjs by `Accept`) is typed by its JSON one;
 * ninjs has its own operation and method.
 */
type JsonMedia = 'application/json' | 'application/problem+json';
type NinjsMedia = 'application/ninjs+json' | 'application/problem+json';

/** Every path with a GET, and the `init` its call takes (path, query, headers). */
export type GetPath = PathsWithMethod<paths, 'get'>;
export type GetInit<P extends GetPath> = MaybeOptionalInit<paths[P], 'get'>;
/** What a successful GET of this path answers, typed from the document. */
export type Data<P extends GetPath, M extends MediaType = JsonMedia> =
  NonNullable<FetchResponse<paths[P]['get'], object, M>['data']>;

/** The GET paths whose answers are pages: `data` and `meta.nextCursor`, continued by `cursor`. */
export type ListPath = {
  [P in GetPath]: Data<P> extends { data: unknown[]; meta: { nextCursor: string | null } }
    ? paths[P]['get'] extends { parameters: { query?: { cursor?: string } } } ? P : never
    : never;
}[GetPath];
export type Item<P extends ListPath> = Data<P> extends { data: (infer T)[] } ? T : never;

export interface Result<T> {
  data: T;
  /** The API's answer: status, ETag, Cache-Control, Link… */
  response: Response;
}

export interface KiosqueOptions {
  /** The API's origin, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** An API key (`kq_…`), sent as `Authorization: Bearer`; none for anonymous reads. */
  key?: string;
  /** ETag revalidation of GETs (on by default); `false` turns it off. */
  revalidation?: RevalidationOptions | false;
  /** Another fetch (tests, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
}

type Method = Exclude<HttpMethod, 'get'>;
type Sent = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The data of a success, or the error as a thrown KiosqueProblem. */
async function settle<T>(sent: Sent): Promise<Result<T>> {
  const { data, error, response } = await sent;
  if (!response.ok) throw new KiosqueProblem(response, error);
  return { data: data as T, response };
}

export function createKiosque(options: KiosqueOptions) {
  const init = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.key ? { authorization: `Bearer ${options.key}` } : {},
    ...(options.fetch && { fetch: options.fetch }),
  };
  const api: Client<paths, JsonMedia> = createClient<paths, JsonMedia>(init);
  const ninjsApi = createClient<paths, NinjsMedia>(init);
  if (options.revalidation !== false) {
    api.use(revalidation(options.revalidation));
    ninjsApi.use(revalidation(options.revalidation));
  }

  async function get<P extends GetPath>(path: P, ...args: undefined extends GetInit<P> ? [GetInit<P>?] : [GetInit<P>]): Promise<Result<Data<P>>> {
    // openapi-fetch's own overloads check `args`; this signature only forwards them.
    return settle((api.GET as (path: string, init?: object) => Sent)(path, args[0]));
  }

  async function* each<P extends ListPath>(path: P, ...args: undefined extends GetInit<P> ? [GetInit<P>?] : [GetInit<P>]): AsyncGenerator<Item<P>> {
    const first = (args[0] ?? {}) as { params?: { query?: object; path?: object } };
    let cursor: string | null | undefined;
    do {
      const params = { ...first.params, query: { ...first.params?.query, ...(cursor && { cursor }) } };
      const { data } = await settle<{ data: Item<P>[]; meta: { nextCursor: string | null } }>(
        (api.GET as (path: string, init?: object) => Sent)(path, { ...first, params }));
      yield* data.data;
      cursor = data.meta.nextCursor;
    } while (cursor);
  }

  return {
    /** The openapi-fetch client: every operation, typed; errors are returned, not thrown. */
    api,
    /** A GET of any path, typed; a problem answer is thrown as a KiosqueProblem. */
    get,
    /** Every item of a list, page after page, following `meta.nextCursor`. */
    each,
    /** Writes and other methods, typed like `api`'s; a problem answer is thrown. */
    async send<M extends Method, P extends PathsWithMethod<paths, M>>(method: M, path: P, init: MaybeOptionalInit<paths[P], M>): Promise<Result<unknown>> {
      return settle((api.request as (method: string, path: string, init?: object) => Sent)(method, path, init));
    },
    /** An article as IPTC ninjs 2.2. */
    ninjs(idOrSlug: string): Promise<Result<Ninjs>> {
      return settle(ninjsApi.GET('/v1/articles/{idOrSlug}/ninjs', { params: { path: { idOrSlug } } }));
    },
    /** A JSON Feed 1.1 (`json`), or the text of an RSS 2.0 or Atom 1.0 feed: the site's, or a section's, tag's or author's. */
    feed,
    /**
     * The view beacon, for a server or an app (a browser calls `navigator.sendBeacon`).
     * Pass the reader's User-Agent: the API does not count bots, HTTP libraries included.
     */
    async view(idOrSlug: string, reader: { userAgent: string }): Promise<void> {
      await settle(api.POST('/v1/articles/{idOrSlug}/views', { params: { path: { idOrSlug } }, headers: { 'user-agent': reader.userAgent } }));
    },
  };

  function feed(format: 'json', of?: FeedOf): Promise<Result<JsonFeed>>;
  function feed(format: 'rss' | 'atom', of?: FeedOf): Promise<Result<string>>;
  function feed(format: 'rss' | 'atom' | 'json', of?: FeedOf): Promise<Result<JsonFeed | string>> {
    const parseAs = format === 'json' ? 'json' : 'text';
    const request = (path: string, params: object) => (api.GET as (path: string, init?: object) => Sent)(path, { params, parseAs });
    if (!of) return settle(request('/v1/feeds/{format}', { path: { format } }));
    const [kind, idOrSlug] = Object.entries(of)[0] as [string, string];
    const param = kind === 'sections' ? 'idOrPath' : 'idOrSlug';
    return settle(request(`/v1/feeds/${kind}/{${param}}/{format}`, { path: { format, [param]: idOrSlug } }));
  }
}

/** Whose feed: a section (id or path), a tag or an author (id or slug); none for the whole site. */
export type FeedOf = { sections: string } | { tags: string } | { authors: string };

export type Kiosque = ReturnType<typeof createKiosque>;
