import { startSite } from './src/server.js';

// `npm run site`: see src/server.ts for the environment it reads.
const site = await startSite(process.env);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void site.close());
