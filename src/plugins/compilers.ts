import { hash } from 'node:crypto';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Factory = ReturnType<typeof SerializerSelector>;
type Serializer = ReturnType<ReturnType<Factory>>;

const selector = SerializerSelector();
const serializers = new Map<string, Serializer>();

/**
 * Fastify's response serializers, compiled once per process for each schema
 * and set of shared schemas. Compiling them (fast-json-stringify) was most of
 * the two seconds a `buildApp` took, and tests build an app per test: the
 * schemas are constants, so an app built again gets the same functions.
 */
export const buildSerializer: Factory = (externalSchemas, options) => {
  const compile = selector(externalSchemas, options);
  const shared = hash('sha1', JSON.stringify([externalSchemas, options]));
  return (route) => {
    const key = `${shared}|${route.httpStatus}|${(route as { contentType?: string }).contentType}|${JSON.stringify(route.schema)}`;
    let serializer = serializers.get(key);
    if (!serializer) serializers.set(key, serializer = compile(route));
    return serializer;
  };
};
