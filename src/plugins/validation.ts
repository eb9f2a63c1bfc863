import { Ajv, type Options } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import type { FastifyInstance, FastifySchema, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';

// ajv-formats is CommonJS with a default export that TypeScript sees as a namespace.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

const common: Options = { allErrors: true, strict: false, removeAdditional: false };

/**
 * Fastify's default Ajv coerces and strips bodies. The contract is stricter:
 * a body with a wrong type or an unknown property is a 400. Query strings and
 * path parameters are text, so they alone are coerced (and given defaults).
 */
export const bodyAjv = addFormats(new Ajv({ ...common, coerceTypes: false, useDefaults: false }));
const textAjv = addFormats(new Ajv({ ...common, coerceTypes: 'array', useDefaults: true }));

const validators = new Map<string, ReturnType<FastifySchemaCompiler<FastifySchema>>>();

/**
 * Compiled once per process for each schema: route schemas are rebuilt with
 * every app (tests build one per test), and Ajv's own cache is keyed by the
 * schema object, not its content.
 */
const compiler: FastifySchemaCompiler<FastifySchema> = ({ schema, httpPart }) => {
  const key = `${httpPart === 'body'}|${JSON.stringify(schema)}`;
  let validate = validators.get(key);
  if (!validate) validators.set(key, validate = (httpPart === 'body' ? bodyAjv : textAjv).compile(schema as object));
  return validate;
};

/**
 * Bodies are JSON only: Fastify's built-in text/plain parser would hand a
 * string to the body schema and turn a wrong media type into a 400; without
 * it, any body that is not application/json is a 415.
 */
export default fp(async function validation(app: FastifyInstance) {
  app.setValidatorCompiler(compiler);
  app.removeContentTypeParser('text/plain');
}, { name: 'validation' });
