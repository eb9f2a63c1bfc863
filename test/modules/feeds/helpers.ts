import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import type { App } from '../../../src/app.js';

/** GETs a feed and parses it with feedsmith, after checking the XML is well-formed. */
export async function fetchFeed(app: App, url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode}: ${res.body}`);
  const format = url.split('?')[0].split('/').pop();
  if (format !== 'json') {
    const valid = XMLValidator.validate(res.body);
    if (valid !== true) throw new Error(`${url} is not well-formed XML: ${JSON.stringify(valid)}`);
  }
  return {
    res,
    rss: format === 'rss' ? parseRssFeed(res.body) : undefined,
    atom: format === 'atom' ? parseAtomFeed(res.body) : undefined,
    json: format === 'json' ? parseJsonFeed(res.body) : undefined,
  };
}

/** The titles of a feed's items, in any format. */
export async function titles(app: App, url: string, headers: Record<string, string> = {}): Promise<string[]> {
  const { rss, atom, json } = await fetchFeed(app, url, headers);
  if (rss) return (rss.items ?? []).map((i) => i.title!);
  if (atom) return (atom.entries ?? []).map((e) => e.title!.value!);
  return (json!.items ?? []).map((i) => i.title!);
}
