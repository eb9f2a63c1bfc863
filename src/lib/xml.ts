import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

export type XmlNode = XMLBuilder;

/**
 * A new XML document. Characters XML 1.0 cannot carry at all (C0 controls,
 * lone surrogates) are dropped rather than written, so a stray control
 * character in a title can never make a feed or sitemap malformed.
 */
export function xmlDocument(): XmlNode {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
}

/** Declares `prefix` for `uri` on `element`, so descendants share one declaration. */
export function declare(element: XmlNode, prefix: string, uri: string): XmlNode {
  return element.att('http://www.w3.org/2000/xmlns/', `xmlns:${prefix}`, uri);
}

export function serialize(doc: XmlNode): string {
  return doc.end({ prettyPrint: true });
}
