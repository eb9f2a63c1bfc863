import fc, { type Arbitrary } from 'fast-check';

/** A JSON Schema as the OpenAPI document writes it (2020-12). */
export type Schema = Record<string, any>;

/** What a schema's arbitraries draw on besides the schema: `$ref` targets and known values. */
export interface SchemaContext {
  /** Resolves `#/components/schemas/…` against the document. */
  resolve(ref: string): Schema;
  /** Strings that mean something to the app (ids, slugs, paths, ETags): valid ones are drawn often. */
  known: string[];
  /**
   * Known strings for a member or parameter by its name (`sectionId`, `authorIds`, a path
   * parameter after `/articles/`): references then mostly name what they should.
   */
  knownFor(name: string): string[];
}

/** Strings that have broken parsers, SQL, FTS, HTML and path handling elsewhere. */
export const hostileStrings = [
  '', ' ', '\t\n', "'; DROP TABLE articles;--", '" OR 1=1 --', '<script>alert(1)</script>', '<![CDATA[x]]>&amp;',
  '../../etc/passwd', '..%2F..%2F', '%00', '\u0000', '\uD800', '\uDFFF', 'é\u0301', '\u202Eabc', '\u200B', '😀'.repeat(50),
  'NEAR(a b)', '"', '*', '-', '-"', 'a OR b', '^', '${jndi:ldap://x}', '{{7*7}}', 'null', 'undefined', 'NaN', '-1', '0',
  '1e309', '0x10', '9'.repeat(30), 'art_', 'sec_01ARZ3NDEKTSV4RRFFQ69G5FAV', '/', '//', '%2F', '?', '#', ',,,', 'a'.repeat(5000),
  'W/"1-x"', '"999999999999999999999-x"', 'Bearer', '\\', '\r\nX-Injected: 1',
];

const wrongValues: unknown[] = [null, true, 0, -1, 1.5, 1e308, '', 'x', [], [null], {}, { a: 1 }];

/** JSON values of any kind, for properties a schema leaves open. */
const anyJson = fc.jsonValue({ maxDepth: 2 }) as Arbitrary<unknown>;

function deref(schema: Schema, ctx: SchemaContext): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) current = ctx.resolve(current.$ref);
  return current;
}

function typeOf(schema: Schema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
}

function fitsString(schema: Schema, value: string): boolean {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  return schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(value);
}

/** Known strings must have the format too (Date.parse, for one, accepts far more than RFC 3339). */
const formats: Record<string, RegExp> = {
  'date-time': /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
  uri: /^https?:\/\/[^\s/]+\S*$/,
};

function validString(schema: Schema, ctx: SchemaContext, name: string): Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, Math.max(min, 60));
  const generated = schema.format === 'date-time'
    ? fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString())
    : schema.format === 'uri' ? fc.webUrl({ withQueryParameters: true })
      : schema.pattern !== undefined ? fc.stringMatching(new RegExp(schema.pattern, 'u'))
        : fc.string({ unit: 'grapheme', minLength: min, maxLength: max });
  const fits = (value: string) => fitsString(schema, value) && (formats[schema.format]?.test(value) ?? true);
  const choices = [{ arbitrary: generated.filter(fits), weight: 1 }];
  for (const [values, weight] of [[ctx.known.filter(fits), 1], [ctx.knownFor(name).filter(fits), 4]] as const) {
    if (values.length > 0) choices.push({ arbitrary: fc.constantFrom(...values), weight });
  }
  return fc.oneof(...choices);
}

/**
 * Valid objects, half of them sparse (the required members and at most two
 * others): one wrong reference among many optional members would otherwise
 * make nearly every "valid" write a 400 or 404.
 */
function validObject(schema: Schema, ctx: SchemaContext, depth: number): Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, valid(sub, ctx, depth + 1, key)]));
  const required: string[] = (schema.required ?? []).filter((key: string) => key in properties);
  const optional = Object.keys(properties).filter((key) => !required.includes(key));
  const full = fc.record(model, { requiredKeys: required });
  const sparse = fc.subarray(optional, { maxLength: Math.min(2, optional.length) }).chain((keys) => fc.record(
    Object.fromEntries([...required, ...keys].map((key) => [key, model[key]])),
  ));
  const minProperties: number = schema.minProperties ?? 0;
  return fc.oneof(full, sparse).filter((value) => Object.keys(value).length >= minProperties);
}

/** Values the schema accepts (formats and patterns included), known values first. */
export function valid(input: Schema, ctx: SchemaContext, depth = 0, name = ''): Arbitrary<unknown> {
  const schema = deref(input, ctx);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(choices)) return fc.oneof(...choices.map((choice: Schema) => valid(choice, ctx, depth, name)));
  switch (typeOf(schema)) {
    case 'string': return validString(schema, ctx, name);
    case 'integer': return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number': return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': {
      const items = depth > 4 ? fc.constant(null) : valid(schema.items ?? {}, ctx, depth + 1, name);
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) };
      return schema.uniqueItems
        ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) })
        : fc.array(items, constraints);
    }
    case 'object': return validObject(schema, ctx, depth);
    default: return anyJson;
  }
}

/** Values at and just past the schema's limits. */
function boundary(schema: Schema): unknown[] {
  switch (typeOf(schema)) {
    case 'string': {
      const limits = [schema.minLength, schema.maxLength].filter((n) => n !== undefined) as number[];
      return [...limits.flatMap((n) => [n - 1, n, n + 1]).filter((n) => n >= 0).map((n) => 'é'.repeat(n)), 'x'.repeat(10_000)];
    }
    case 'integer':
    case 'number': {
      const limits = [schema.minimum, schema.maximum].filter((n) => n !== undefined) as number[];
      return [...limits.flatMap((n) => [n - 1, n, n + 1]), 0, -1, 2 ** 53, 1.5];
    }
    case 'array': return [Array.from({ length: (schema.maxItems ?? 100) + 1 }, () => 'x'), []];
    default: return [null];
  }
}

/** An object with one thing wrong: an unknown property, or a required one missing. */
function brokenObject(schema: Schema, ctx: SchemaContext, depth: number): Arbitrary<unknown> {
  const base = validObject(schema, ctx, depth);
  const required: string[] = schema.required ?? [];
  const extra = fc.tuple(base, fc.constantFrom('__proto__', 'constructor', 'unknownField', 'id', 'version'), anyJson)
    // A computed key makes `__proto__` an own property, so it is serialised like any other.
    .map(([value, key, x]) => ({ ...value, [key]: x }));
  if (required.length === 0) return extra;
  const missing = fc.tuple(base, fc.constantFrom(...required)).map(([value, key]) => {
    const copy: Record<string, unknown> = { ...value };
    delete copy[key];
    return copy;
  });
  return fc.oneof(extra, missing);
}

/**
 * What a fuzzing client sends where the schema is: mostly valid values, then
 * boundary values, wrong types, hostile strings and broken objects. Nested
 * members go through it too, so one request rarely has more than one fault.
 */
export function fuzz(input: Schema, ctx: SchemaContext, depth = 0, name = ''): Arbitrary<unknown> {
  const schema = deref(input, ctx);
  const type = typeOf(schema);
  const wrong = fc.constantFrom(...wrongValues, ...hostileStrings.slice(0, 8));
  const faults: Array<{ arbitrary: Arbitrary<unknown>; weight: number }> = [
    { arbitrary: fc.constantFrom(...boundary(schema)), weight: 2 },
    { arbitrary: wrong, weight: 1 },
  ];
  if (type === 'string' || type === undefined) faults.push({ arbitrary: fc.constantFrom(...hostileStrings), weight: 2 });
  if (type === 'object' && depth < 3) {
    faults.push({ arbitrary: brokenObject(schema, ctx, depth), weight: 2 });
    faults.push({ arbitrary: fuzzedObject(schema, ctx, depth), weight: 6 });
  }
  return fc.oneof({ arbitrary: valid(schema, ctx, depth, name), weight: 10 }, ...faults);
}

/** An object whose members are fuzzed one level down. */
function fuzzedObject(schema: Schema, ctx: SchemaContext, depth: number): Arbitrary<unknown> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, fuzz(sub, ctx, depth + 1, key)]));
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key: string) => key in properties) });
}
