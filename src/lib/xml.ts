import { XMLBuilder } from 'fast-xml-parser';

/**
 * An XML element as fast-xml-parser's builder reads it: `@name` keys are
 * attributes, `#text` the text, other keys child elements (an array repeats
 * one), in the order written.
 */
export type XmlElement = { [name: string]: XmlValue };
export type XmlValue = string | number | XmlElement | XmlElement[] | string[] | undefined;

const builder = new XMLBuilder({
  ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text',
  format: true, suppressEmptyNode: true, processEntities: true,
});

// What XML 1.0 cannot carry even escaped: C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(value: XmlValue): XmlValue {
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  if (Array.isArray(value)) return value.map((v) => clean(v)) as XmlElement[];
  if (typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
}

/**
 * Serialises a document with one root element. The builder escapes `&`, `<`,
 * `>` and quotes; characters XML 1.0 cannot carry at all are dropped first,
 * so a stray control character in a title never makes a feed malformed.
 */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(clean(root))}`;
}
