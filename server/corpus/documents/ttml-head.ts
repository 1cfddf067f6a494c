/**
 * What a TTML document's head says about its captions: who its agents are (`<ttm:agent>` with a
 * `<ttm:name>`), and how its styles set words — in italics, and in which colour, as UK broadcasters
 * tell speakers apart (EBU-TT-D: one colour per speaker, white for the rest).
 */
import { attrsOf, childrenOf, tagOf, type XmlNode } from './xml-tree.ts';

/** Each element of the head, walked without recursion. */
function eachElement(head: XmlNode[], visit: (tag: string, node: XmlNode) => boolean): void {
  const stack = [...head];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const tag = tagOf(node);
    if (!tag || tag === '#text') continue;
    if (visit(tag, node)) stack.push(...childrenOf(node, tag));
  }
}

/** Agents' names from the head: `<ttm:agent xml:id="a1"><ttm:name>Ann Lee</ttm:name></ttm:agent>`. */
export function agentNames(head: XmlNode[]): Map<string, string> {
  const names = new Map<string, string>();
  eachElement(head, (tag, node) => {
    if (tag !== 'agent') return true;
    const id = attrsOf(node).id;
    const nameNode = childrenOf(node, 'agent').find((c) => tagOf(c) === 'name');
    const name = nameNode ? childrenOf(nameNode, 'name').map((t) => (typeof t['#text'] === 'string' ? t['#text'] : '')).join('').replace(/\s+/g, ' ').trim() : '';
    if (id && name) names.set(id, name);
    return false;
  });
  return names;
}

/** How an element sets its words: in italics or not, and in what colour (undefined: as its parent). */
export interface Look {
  italic: boolean;
  colour: string | undefined;
}

/** The look of each element from its own `tts:` attributes, the styles it names, and its parent's. */
export function lookResolver(head: XmlNode[]): (node: XmlNode, parent: Look) => Look {
  const styles = new Map<string, Record<string, string>>();
  eachElement(head, (tag, node) => {
    const attrs = attrsOf(node);
    if (tag === 'style' && attrs.id) styles.set(attrs.id, attrs);
    return tag !== 'style';
  });
  const italic = (fontStyle: string) => fontStyle === 'italic' || fontStyle === 'oblique';
  return (node, parent) => {
    const attrs = attrsOf(node);
    let look = parent;
    // Named styles first, in order, then the element's own attributes over them.
    for (const id of attrs.style?.trim().split(/\s+/) ?? []) {
      const style = styles.get(id);
      if (style?.fontStyle) look = { ...look, italic: italic(style.fontStyle) };
      if (style?.color) look = { ...look, colour: style.color.toLowerCase() };
    }
    if (attrs.fontStyle) look = { ...look, italic: italic(attrs.fontStyle) };
    if (attrs.color) look = { ...look, colour: attrs.color.toLowerCase() };
    return look;
  };
}
