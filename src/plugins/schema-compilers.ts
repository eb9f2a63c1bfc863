import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type AjvCompiler from '@fastify/ajv-compiler';
import type * as SerializerCompiler from '@fastify/fast-json-stringify-compiler';
import type { AnySchema, Ajv, Options } from 'ajv';

// Compiling every route's validators (Ajv) and serializers (fast-json-stringify) took most of a
// cold start. They are compiled once, at install time (`npm ci` runs `prepare`), by Fastify's
// standalone compilers, into CommonJS files that a route loads on its first request. Each compiled function is
// filed under a digest of what it was compiled from (the route's schema, the shared schemas, the
// Ajv options): a schema changed since then finds no entry and is compiled at start as before, so
// the file can make a start slower, never wrong.

const common: Options = { allErrors: true, strict: false, removeAdditional: false };

/**
 * Fastify's default Ajv coerces and strips bodies. The contract is stricter:
 * a body with a wrong type or an unknown property is a 400. Query strings and
 * path parameters are text, so they alone are coerced (and given defaults).
 */
export const ajvOptions = {
  body: { ...common, coerceTypes: false, useDefaults: false },
  text: { ...common, coerceTypes: 'array', useDefaults: true },
} satisfies Record<string, Options>;

type Part = keyof typeof ajvOptions;
const partOf = (httpPart: string | undefined): Part => (httpPart === 'body' ? 'body' : 'text');

/** What Fastify asks a compiler for (route and schema; which part or status it is for). */
interface Route { schema: object; method: string; url: string; httpPart?: string; httpStatus?: string; contentType?: string }
type Schemas = Record<string, AnySchema>;
type Compile = (route: Route) => unknown;
export interface Compilers {
  buildValidator(externalSchemas: Schemas, serverAjv?: unknown): Compile;
  buildSerializer(externalSchemas: Schemas, serializerOpts?: unknown): Compile;
}

/** The generated index: the number of each digest's compiled source (a file of its own, `<number>.cjs`). */
interface Index { validators: Record<string, number>; serializers: Record<string, number> }

/** The compiled functions, each loaded when first called. */
export interface CompiledSchemas { validator(key: string): Validate | undefined; serializer(key: string): Serialize | undefined }
type Validate = ((data: unknown) => unknown) & { errors?: unknown };
type Serialize = (data: unknown) => string;

/** Where `npm run schemas` (and so `npm ci`) writes the compiled schemas: generated, never committed. */
export const compiledSchemasDir = fileURLToPath(new URL('../../node_modules/.cache/kiosque/schemas/', import.meta.url));

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
/**
 * The digest of the shared schemas. Fastify hands each plugin context a new object holding the same
 * schema objects (41 contexts, 40 KB of JSON each, at start): the last digest serves while the names
 * and the schemas themselves are the same.
 */
let lastShared: { names: string[]; schemas: unknown[]; digest: string } | undefined;
function sharedDigest(externalSchemas: Schemas): string {
  const names = Object.keys(externalSchemas);
  const schemas = Object.values(externalSchemas);
  const last = lastShared;
  if (last?.names.length === names.length && names.every((name, i) => name === last.names[i] && schemas[i] === last.schemas[i])) return last.digest;
  lastShared = { names, schemas, digest: digest(externalSchemas) };
  return lastShared.digest;
}
const validatorKey = (part: Part, shared: string, route: Route) => digest(['validator', part, ajvOptions[part], shared, route.schema]);
// `nullable`: the serializers are compiled from `serializable`'s form of the schemas; another form, another key.
const serializerKey = (shared: string, route: Route, options: unknown) => digest(['serializer', 'nullable', shared, route.schema, options ?? null]);

// A union's branches are schemas: objects. `{ type: 'null' }` and nothing else.
const isNull = (schema: object) => (schema as { type?: unknown }).type === 'null' && Object.keys(schema).length === 1;

/** The type of each shared schema, by name. */
export const sharedTypes = (schemas: Schemas) => new Map(Object.entries(schemas).map(([name, schema]) => [name, (schema as { type?: unknown }).type]));

/**
 * A schema as fast-json-stringify is given it: a union of one schema and null becomes that schema marked
 * `nullable` (its keyword: one comparison with null). Of a union, it validates the value against each branch
 * in turn, with Ajv's formats (date-time, URI) or a whole hero image, for every such field of every card: a
 * twentieth of an uncached list's CPU. A reference keeps its target's type beside it (`shared`: Ajv, which
 * compiles the unions left, refuses `nullable` without one). Validators and the OpenAPI document keep the union.
 */
export function serializable(schema: unknown, shared: Map<string, unknown>): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map((item) => serializable(item, shared));
  const { anyOf, ...rest } = schema as { anyOf?: object[] };
  const other = anyOf?.length === 2 && anyOf.some(isNull) ? anyOf.find((branch) => !isNull(branch)) as Record<string, unknown> : undefined;
  const type = other && (other.type ?? (typeof other.$ref === 'string' ? shared.get(other.$ref) : undefined));
  const form: Record<string, unknown> = typeof type === 'string' && !('anyOf' in other! || 'oneOf' in other! || 'allOf' in other!)
    ? { ...other, ...rest, type, nullable: true }
    : { ...schema };
  for (const key of Object.keys(form)) form[key] = serializable(form[key], shared);
  return form;
}

/** The shared schemas in their serializable form, and a route with its schema in that form. */
function serializableForms(externalSchemas: Schemas) {
  const types = sharedTypes(externalSchemas);
  return {
    shared: serializable(externalSchemas, types) as Schemas,
    route: (route: Route): Route => ({ ...route, schema: serializable(route.schema, types) as object }),
  };
}

/**
 * The compiled schemas in `dir`, or null when none were generated. A start reads the index alone:
 * a route's code is loaded (and parsed) on its first request, which a start never waits for.
 */
export function loadCompiledSchemas(dir = compiledSchemasDir): CompiledSchemas | null {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) return null;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as Index;
  const load = (n: number) => require(join(dir, `${n}.cjs`));
  return {
    validator(key) {
      const n = index.validators[key];
      if (n === undefined) return undefined;
      let compiled: Validate | undefined;
      // Fastify reads a failed validation's errors from the function it was given.
      const validate: Validate = (data) => {
        compiled ??= load(n) as Validate;
        const valid = compiled(data);
        validate.errors = compiled.errors;
        return valid;
      };
      return validate;
    },
    serializer(key) {
      const n = index.serializers[key];
      if (n === undefined) return undefined;
      let compiled: Serialize | undefined;
      return (data) => (compiled ??= load(n) as Serialize)(data);
    },
  };
}

// The compilers (and Ajv and fast-json-stringify with them, some 150 modules) are loaded only when
// something is compiled: a start over compiled schemas loads none of them.
const require = createRequire(import.meta.url);
const ajvCompiler = () => require('@fastify/ajv-compiler') as typeof AjvCompiler;
const serializerCompiler = () => require('@fastify/fast-json-stringify-compiler') as typeof SerializerCompiler;
let selectors: { ajv: ReturnType<typeof AjvCompiler>; fjs: ReturnType<typeof SerializerCompiler.SerializerSelector> } | undefined;
const atStart = () => (selectors ??= { ajv: ajvCompiler()(), fjs: serializerCompiler().SerializerSelector() });
/**
 * What was compiled at start, by digest, for the life of the process: an app built again (tests
 * build one per test, about 2 s of compiling each) reuses it when the files lack a schema.
 */
const compiledAtStart = new Map<string, unknown>();
const once = (key: string, compile: () => unknown) => {
  if (!compiledAtStart.has(key)) compiledAtStart.set(key, compile());
  return compiledAtStart.get(key);
};

/**
 * Fastify's compilers over the compiled schemas: a function compiled ahead of time when its digest
 * is there, else compiled now (by the same compilers, with the same options, once per process) and
 * reported to `missed`.
 */
export function schemaCompilers(compiled: CompiledSchemas | null, missed: (route: string) => void): Compilers {
  const name = (route: Route, what: string | undefined) => `${route.method} ${route.url} ${what}`;
  return {
    buildValidator(externalSchemas) {
      const shared = sharedDigest(externalSchemas);
      return (route) => {
        const part = partOf(route.httpPart);
        const key = validatorKey(part, shared, route);
        const restored = compiled?.validator(key);
        if (restored) return restored;
        missed(name(route, route.httpPart));
        return once(key, () => atStart().ajv(externalSchemas, { customOptions: { ...ajvOptions[part] } })(route as AjvCompiler.RouteDefinition));
      };
    },
    buildSerializer(externalSchemas, options) {
      const shared = sharedDigest(externalSchemas);
      return (route) => {
        const key = serializerKey(shared, route, options);
        const restored = compiled?.serializer(key);
        if (restored) return restored;
        missed(name(route, route.httpStatus));
        return once(key, () => {
          const forms = serializableForms(externalSchemas);
          return atStart().fjs(forms.shared, options ?? {})(forms.route(route) as never);
        });
      };
    },
  };
}

const standaloneKey = (schema: object, options: Options) => digest(['standalone', options, schema]);

/**
 * A validator of a schema outside the routes (the configuration's), with Ajv's `options`: compiled
 * ahead of time by `npm run schemas` when its digest is in `compiled`, else now (once per process).
 */
export function standaloneValidator<T>(schema: object, options: Options, compiled = loadCompiledSchemas()) {
  const key = standaloneKey(schema, options);
  const validate = compiled?.validator(key) ?? once(key, () => {
    const { Ajv } = require('ajv') as typeof import('ajv');
    return new Ajv(options).compile(schema);
  });
  return validate as ((data: unknown) => data is T) & { errors?: import('ajv').ErrorObject[] | null };
}

/**
 * Compilers that compile as Fastify's would and keep each function's source (Fastify's standalone
 * modes); `write` then saves them all where `loadCompiledSchemas` reads them.
 */
export function recordingCompilers() {
  const validators = new Map<string, string>();
  const serializers = new Map<string, string>();
  const compilers: Compilers = {
    buildValidator(externalSchemas) {
      const shared = sharedDigest(externalSchemas);
      const byPart = Object.fromEntries(Object.keys(ajvOptions).map((part) => {
        const store = (route: Route, code: string) => validators.set(validatorKey(part as Part, shared, route), code);
        const factory = ajvCompiler().StandaloneValidator({ readMode: false, storeFunction: store as never });
        return [part, factory(externalSchemas, { customOptions: { ...ajvOptions[part as Part] } })];
      })) as Record<Part, Compile>;
      return (route) => byPart[partOf(route.httpPart)](route);
    },
    buildSerializer(externalSchemas, options) {
      const shared = sharedDigest(externalSchemas);
      // Compiled from their serializable form, filed under the schemas Fastify gave.
      const given = new WeakMap<Route, Route>();
      const store = (route: Route, code: string) => serializers.set(serializerKey(shared, given.get(route)!, options), code);
      // The standalone serializer sets its own mode in the options it is given: a copy, so the digest stays
      // that of Fastify's. Validators inlined: a union's branch is then chosen without an Ajv made at start.
      const own = { ...(options as object), inlineValidators: true };
      const forms = serializableForms(externalSchemas);
      const compile = serializerCompiler().StandaloneSerializer({ readMode: false, storeFunction: store as never })(forms.shared as never, own) as Compile;
      return (route) => {
        const form = forms.route(route);
        given.set(form, route);
        return compile(form);
      };
    },
  };
  /** Compiles a validator that `standaloneValidator` will find. */
  const standalone = (schema: object, options: Options) => {
    const { Ajv } = require('ajv') as typeof import('ajv');
    const { default: standaloneCode } = require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js');
    const ajv: Ajv = new Ajv({ ...options, code: { source: true } });
    validators.set(standaloneKey(schema, options), standaloneCode(ajv, ajv.compile(schema)));
  };
  return { compilers, standalone, write: (dir: string) => writeCompiledSchemas(dir, validators, serializers) };
}

/** Each distinct source once, as a CommonJS file of its own, and the index of digests to files. */
function writeCompiledSchemas(dir: string, validators: Map<string, string>, serializers: Map<string, string>) {
  const sources = [...new Set([...validators.values(), ...serializers.values()])];
  const numbers = new Map(sources.map((source, i) => [source, i]));
  const table = (entries: Map<string, string>) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b))
    .map(([key, source]) => [key, numbers.get(source)!]));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const header = '// Generated by `npm run schemas` (src/plugins/schema-compilers.ts) from the route schemas; do not edit.\n';
  sources.forEach((source, i) => writeFileSync(join(dir, `${i}.cjs`), header + source));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ validators: table(validators), serializers: table(serializers) }));
  return { validators: validators.size, serializers: serializers.size, sources: sources.length, bytes: sources.reduce((n, s) => n + s.length, 0) };
}
