import { readFileSync } from 'node:fs';
import type { Test } from 'tap';
import type { App } from '../src/app.js';
import { admin, isProblem } from './helpers.js';

const committed = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));

/** Whether the committed OpenAPI document lists this status for the operation. */
export function documents(method: string, template: string, status: number): boolean {
  return committed.paths[template]?.[method.toLowerCase()]?.responses?.[String(status)] !== undefined;
}

/**
 * Answers every route with a path parameter can give before its handler
 * runs: a parameter that is not percent-encoded UTF-8, or longer than the
 * router takes, is a 400 BAD_URL; and each is documented.
 */
export async function badPathIsDocumented(t: Test, app: App, method: string, template: string) {
  for (const value of ['%FF', '%E0%A4%A', 'x'.repeat(301)]) {
    const url = template.replace(/\{\w+\}/, value);
    isProblem(t, await app.inject({ method, url, headers: admin }), 400, 'BAD_URL');
  }
  t.ok(documents(method, template, 400), `${method} ${template} documents its 400`);
}

/** A DELETE parses a body like any write: empty or malformed JSON, another media type, or over 1 MiB. */
export async function deleteBodyIsDocumented(t: Test, app: App, template: string, url: string) {
  const del = (headers: Record<string, string>, payload?: string) => app.inject({ method: 'DELETE', url, headers: { ...admin, ...headers }, payload });
  isProblem(t, await del({ 'content-type': 'application/json' }), 400, 'EMPTY_BODY');
  isProblem(t, await del({ 'content-type': 'application/json' }, '{"a":'), 400, 'MALFORMED_JSON');
  isProblem(t, await del({ 'content-type': 'text/plain' }, 'x'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  isProblem(t, await del({ 'content-type': 'application/json' }, JSON.stringify({ x: 'x'.repeat(1024 * 1024) })), 413, 'PAYLOAD_TOO_LARGE');
  for (const status of [400, 413, 415]) t.ok(documents('DELETE', template, status), `DELETE ${template} documents its ${status}`);
}
