import type { FastifyInstance } from 'fastify';
import { buildSite, type SiteOptions } from './app.js';

/**
 * The reader site as `npm run site` starts it: on SITE_PORT (3001) and
 * SITE_HOST (127.0.0.1), against the API at KIOSQUE_API_URL; readers'
 * browsers send the view beacon to KIOSQUE_PUBLIC_API_URL (the same by
 * default). SITE_LOG=off silences the request log.
 */
export function siteConfig(env: Record<string, string | undefined>): SiteOptions & { port: number; host: string } {
  const apiUrl = env.KIOSQUE_API_URL ?? 'http://localhost:3000';
  return {
    apiUrl, publicApiUrl: env.KIOSQUE_PUBLIC_API_URL ?? apiUrl, logger: env.SITE_LOG !== 'off',
    port: Number(env.SITE_PORT ?? 3001), host: env.SITE_HOST ?? '127.0.0.1',
  };
}

export async function startSite(env: Record<string, string | undefined>): Promise<FastifyInstance> {
  const { port, host, ...options } = siteConfig(env);
  const site = await buildSite(options);
  await site.listen({ port, host });
  return site;
}
