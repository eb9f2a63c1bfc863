import type { FastifyRequest } from 'fastify';

type RouteOptions = FastifyRequest['routeOptions'];

/** What the cache needs of a route, worked out once: what its answers depend on, its declared query parameters, its variants. */
export interface Profile {
  kind: 'content' | 'hourly' | 'views';
  parameters: string[];
  variant: ((request: FastifyRequest) => string) | undefined;
}

/** The profile of a route whose GETs are cached, or null; kept by the route's config, an object each route has once. */
export function profiler() {
  const profiles = new WeakMap<object, Profile | null>();
  return (route: RouteOptions): Profile | null => {
    let profile = profiles.get(route.config);
    if (profile === undefined) {
      const kind = route.config.cache ?? (route.url?.startsWith('/v1/') ? 'content' : false);
      const schema = route.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
      profile = kind === false ? null : { kind, parameters: Object.keys(schema?.properties ?? {}), variant: route.config.cacheVariant };
      profiles.set(route.config, profile);
    }
    return profile;
  };
}

/** The cache key: the path and the query parameters the route declares, so that unknown ones (cache-busters) share it. */
export function keyOf(request: FastifyRequest, parameters: string[]): string {
  const url = request.url;
  const mark = url.indexOf('?');
  if (mark === -1) return url;
  const query = request.query as Record<string, unknown>;
  let params = '';
  for (const name of parameters) {
    if (query[name] !== undefined) params += `&${name}=${JSON.stringify(query[name])}`;
  }
  return params ? `${url.slice(0, mark)}?${params}` : url.slice(0, mark);
}
