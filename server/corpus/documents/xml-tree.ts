/**
 * XML documents (TTML captions, Final Draft scripts) as fast-xml-parser's ordered tree, and the few
 * ways the converters walk it. Namespace prefixes are dropped (`tt:p` is `p`, `ttm:agent` `agent`,
 * `xml:id` `id`): the converters match elements and attributes by their local names.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParseError } from '../errors.ts';

/** An element of the ordered tree: `{ tag: children, ':@': attributes }`, or `{ '#text': … }` for text. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: true });

/** An element's tag (`#text` for text), or undefined. */
export const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@');
/** The children of `node`, whose tag is `tag`. */
export const childrenOf = (node: XmlNode, tag: string) => (node[tag] as XmlNode[] | undefined) ?? [];
/** An element's attributes by local name. */
export const attrsOf = (node: XmlNode) => (node[':@'] as Record<string, string> | undefined) ?? {};

/**
 * The tree of `text`, and its root element named `root`. Throws `ParseError` naming `file`: with the
 * line, for XML that is not well formed; for a document of another root (`what` says what it is not).
 */
export function xmlRoot(text: string, file: string, root: string, what: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ParseError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  let tree: XmlNode[];
  try {
    tree = parser.parse(text) as XmlNode[];
  } catch (error) {
    throw new ParseError(file, undefined, `this ${what} could not be read (${(error as Error).message})`);
  }
  const found = tree.find((n) => tagOf(n) === root);
  if (found) return found;
  const other = tree.map(tagOf).find((t) => t !== undefined && !t.startsWith('?') && t !== '#text');
  throw new ParseError(file, undefined, `not a ${what}: its root element is <${other ?? 'nothing'}>, not <${root}>`);
}
