import { buildSite } from './app.js';

// `npm run site`: the reader site on SITE_PORT (3001) against the API at KIOSQUE_API_URL.
const port = Number(process.env.SITE_PORT ?? 3001);
const host = process.env.SITE_HOST ?? '127.0.0.1';
const apiUrl = process.env.KIOSQUE_API_URL ?? 'http://localhost:3000';
const publicApiUrl = process.env.KIOSQUE_PUBLIC_API_URL ?? apiUrl;

const site = await buildSite({ apiUrl, publicApiUrl, logger: true });
await site.listen({ port, host });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void site.close());
