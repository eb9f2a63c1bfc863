import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ajvOptions } from './schema-compilers.js';

const require = createRequire(import.meta.url);
let bodies: Ajv | undefined;

/**
 * An Ajv that validates as route bodies are validated (no coercion, no stripping), for
 * bodies that come some other way (an import); routes get theirs from schema-compilers.ts.
 * Made (and Ajv loaded) on first use: a start needs none.
 */
export function bodyAjv(): Ajv {
  if (bodies) return bodies;
  const { Ajv } = require('ajv') as typeof import('ajv');
  // ajv-formats is CommonJS with a default export that TypeScript sees as a namespace.
  const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
  return bodies = addFormats(new Ajv(ajvOptions.body));
}

/**
 * Bodies are JSON only: Fastify's built-in text/plain parser would hand a
 * string to the body schema and turn a wrong media type into a 400; without
 * it, any body that is not application/json is a 415.
 */
export default fp(async function validation(app: FastifyInstance) {
  app.removeContentTypeParser('text/plain');
}, { name: 'validation' });
