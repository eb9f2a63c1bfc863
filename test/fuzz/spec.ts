import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import type { Schema } from './arbitraries.js';

// ajv-formats is CommonJS with a default export that TypeScript sees as a namespace.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
  description?: string;
}

export interface MediaType { schema?: Schema }

export interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType>; headers?: Record<string, { required?: boolean }> }>;
}

/** Every operation of the document, with the path's parameters merged into its own. */
export function operationsOf(doc: any): Operation[] {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries<any>(doc.paths).flatMap(([path, item]) => methods.filter((m) => item[m]).map((method) => {
    const op = item[method];
    const own: Parameter[] = op.parameters ?? [];
    const inherited = (item.parameters ?? []).filter((p: Parameter) => !own.some((o) => o.in === p.in && o.name === p.name));
    return {
      id: op.operationId ?? `${method} ${path}`, method: method.toUpperCase(), path,
      parameters: [...inherited, ...own], body: op.requestBody, responses: op.responses,
    };
  }));
}

/** Resolves a local `$ref` (`#/components/schemas/Article`) against the document. */
export function resolver(doc: any) {
  return (ref: string): Schema => ref.replace(/^#\//, '').split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, part) => node?.[part], doc);
}

export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

const pointerPart = (part: string) => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'));

/** The documented response for a status: exact, then its range (`4XX`), then `default`. */
export function documentedKey(op: Operation, status: number): string | undefined {
  return [String(status), `${String(status)[0]}XX`, 'default'].find((key) => op.responses[key] !== undefined);
}

function mediaMatches(documented: string, actual: string): boolean {
  const [type, sub] = documented.toLowerCase().split('/');
  const [aType, aSub] = actual.split('/');
  return (type === '*' || type === aType) && (sub === '*' || sub === aSub);
}

/**
 * Checks answers against the document: the status is documented, the media
 * type is one the status documents, JSON bodies validate against its schema
 * (Ajv, JSON Schema 2020-12, the document's components included) and XML
 * bodies are well-formed; other media types are checked by type only.
 * Returns what is wrong, nothing when all is right.
 */
export function createChecker(doc: any) {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true, validateSchema: false }));
  const docId = 'urn:kiosque:openapi';
  ajv.addSchema(doc, docId);
  const validators = new Map<string, ValidateFunction>();
  const validator = (pointer: string) => {
    let fn = validators.get(pointer);
    if (!fn) validators.set(pointer, fn = ajv.compile({ $ref: `${docId}#${pointer}` }));
    return fn;
  };

  return function check(op: Operation, res: Answer): string[] {
    const key = documentedKey(op, res.statusCode);
    if (key === undefined) return [`status ${res.statusCode} is not documented for ${op.id}`];
    const documented = op.responses[key];
    const missing = Object.entries(documented.headers ?? {}).filter(([name, h]) => h.required && res.headers[name.toLowerCase()] === undefined);
    const faults = missing.map(([name]) => `the required header ${name} is missing`);
    const content = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      return res.body.length === 0 ? faults : [...faults, `${res.statusCode} documents no body but one was sent`];
    }
    const actual = String(res.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const media = Object.keys(content).find((m) => mediaMatches(m, actual));
    if (media === undefined) return [...faults, `content type "${actual}" is not documented for ${res.statusCode} (${Object.keys(content).join(', ')})`];
    const pointer = ['', 'paths', op.path, op.method.toLowerCase(), 'responses', key, 'content', media, 'schema'].map(pointerPart).join('/');
    return [...faults, ...checkBody(actual, res.body, content[media].schema ? validator(pointer) : undefined)];
  };
}

function checkBody(media: string, body: string, validate: ValidateFunction | undefined): string[] {
  if (/[/+]json$/.test(media)) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [`the ${media} body is not JSON`];
    }
    if (validate && !validate(value)) return validate.errors!.map((e) => `body${e.instancePath} ${e.message} (${e.schemaPath})`);
    return [];
  }
  if (/[/+]xml$/.test(media)) {
    const result = XMLValidator.validate(body);
    return result === true ? [] : [`the ${media} body is not well-formed XML: ${result.err.msg}`];
  }
  return [];
}
