import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MalformedExport } from '../errors.js';

// A streaming reader of WordPress eXtended RSS (WXR 1.0–1.2): each child of <channel>
// (an author, a category, a tag, an item…) is handed over as a small tree once it is
// closed, so memory holds one item at a time whatever the size of the file.

/** An element with its text (text and CDATA joined) and child elements. Names carry a fixed prefix. */
export interface XmlNode { name: string; attrs: Record<string, string>; text: string; children: XmlNode[] }

// Prefixes by namespace, whatever prefixes the file declares (WXR 1.0, 1.1 and 1.2 differ only in the version).
const WP = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/$/;
const EXCERPT = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/excerpt\/$/;
const PREFIXES: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://wellformedweb.org/CommentAPI/': 'wfw',
  'http://www.w3.org/2005/Atom': 'atom',
};

function qualified(tag: SaxesTagNS): string {
  if (tag.uri === '') return tag.local;
  if (WP.test(tag.uri)) return `wp:${tag.local}`;
  if (EXCERPT.test(tag.uri)) return `excerpt:${tag.local}`;
  return `${PREFIXES[tag.uri] ?? `{${tag.uri}}`}:${tag.local}`;
}

/** Comments are counted, not kept: a post may have thousands. */
const SKIPPED_SUBTREES = new Set(['wp:comment']);

/** The text of a child element, '' when there is none. */
export const textOf = (node: XmlNode, name: string): string => node.children.find((c) => c.name === name)?.text ?? '';
export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);

function createParser(ready: XmlNode[]) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: XmlNode[] = [];
  let depth = 0;
  let skipping = 0;
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth === 1 && tag.local !== 'rss') throw new Error(`the root element is <${tag.name}>, not <rss>: not a WordPress export (WXR)`);
    if (depth === 2 && tag.local !== 'channel') throw new Error(`<${tag.name}> where <channel> was expected: not a WordPress export (WXR)`);
    if (depth < 3) return;
    if (skipping || SKIPPED_SUBTREES.has(qualified(tag))) {
      if (skipping++ === 0) open[open.length - 1]?.children.push({ name: qualified(tag), attrs: {}, text: '', children: [] });
      return;
    }
    const attrs = Object.fromEntries(Object.values(tag.attributes).filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns').map((a) => [a.local, a.value]));
    const node: XmlNode = { name: qualified(tag), attrs, text: '', children: [] };
    open[open.length - 1]?.children.push(node);
    open.push(node);
  });
  const onText = (text: string) => {
    if (!skipping && open.length > 0) open[open.length - 1].text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth -= 1;
    if (depth < 2) return;
    if (skipping) {
      skipping -= 1;
      return;
    }
    const node = open.pop()!;
    if (open.length === 0) ready.push(node);
  });
  return parser;
}

/**
 * The children of <channel>, in file order, read in chunks. A file that is not
 * well-formed XML (or not WXR) stops with a MalformedExport naming its line and column.
 */
export async function* readWxr(path: string): AsyncGenerator<XmlNode> {
  const ready: XmlNode[] = [];
  const parser = createParser(ready);
  const fail = (error: unknown): never => {
    const reason = (error as Error).message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    throw new MalformedExport(path, parser.line, parser.column, reason);
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    let failure: unknown;
    try {
      parser.write(chunk as string);
    } catch (error) {
      failure = error;
    }
    // What was read before the error is handed over first: it is imported, and the report says so.
    yield* ready.splice(0);
    if (failure) fail(failure);
  }
  try {
    parser.close();
  } catch (error) {
    fail(error);
  }
  yield* ready.splice(0);
}
