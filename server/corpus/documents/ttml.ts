/**
 * Timed Text Markup Language captions — TTML and DFXP (`.ttml`, `.dfxp`, or `.xml` with a `<tt>`
 * root), as broadcasters deliver them (EBU-TT-D, IMSC, SMPTE-TT) and players and YouTube export
 * them — read with fast-xml-parser and written out as WebVTT for the subtitle reader. Each `<p>` is a
 * caption; `<br/>` breaks its lines; `<span>`s are styling. Times are clock times (`00:01:02.5`,
 * or with frames, `00:01:02:12`) or offsets (`62.5s`, `1500ms`, `1200t` in ticks, `30f` in frames),
 * counted from the begin of the `<div>` or `<body>` around them. A caption's `ttm:agent` names who
 * speaks when the head describes that agent with a `<ttm:name>`; an agent with no name names no one.
 * A caption set in italics (its own `tts:fontStyle`, or a style it names) stays in italics, as SDH
 * sets a voice off screen.
 */
import { ParseError } from '../errors.ts';
import { writeWebVtt, type CaptionCue } from './webvtt-writer.ts';
import { attrsOf, childrenOf, tagOf, xmlRoot, type XmlNode } from './xml-tree.ts';

/** Marks a voice that is only an agent's id (no `<ttm:name>`): never written as a name. */
const UNNAMED = '\u0000agent:';


/** The document's frame and tick rates, which frame and tick times are counted in. */
interface Rates {
  frame: number;
  subFrame: number;
  tick: number;
}

function ratesOf(tt: Record<string, string>): Rates {
  const [num, den] = (tt.frameRateMultiplier ?? '1 1').split(/\s+/).map(Number);
  const frame = (Number(tt.frameRate) || 30) * (num && den ? num / den : 1);
  const subFrame = Number(tt.subFrameRate) || 1;
  // Without a tick rate, a tick is a sub-frame where a frame rate is given, else a second (TTML 1, §7.2.10).
  const tick = Number(tt.tickRate) || (tt.frameRate ? frame * subFrame : 1);
  return { frame, subFrame, tick };
}

const CLOCK = /^(\d{1,3}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{1,3})(?:\.(\d+))?)?$/;
const OFFSET = /^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$/;

/** Seconds of a TTML time expression, or undefined when it is none. */
export function ttmlSeconds(expression: string, rates: Rates): number | undefined {
  const value = expression.trim();
  const clock = CLOCK.exec(value);
  if (clock) {
    const [, h, m, s, fraction, frames, subFrames] = clock;
    let seconds = Number(h) * 3600 + Number(m) * 60 + Number(s) + (fraction ? Number(fraction) : 0);
    if (frames) seconds += (Number(frames) + (subFrames ? Number(`0.${subFrames}`) : 0)) / rates.frame;
    return seconds;
  }
  const offset = OFFSET.exec(value);
  if (!offset) return undefined;
  const n = Number(offset[1]);
  const unit = offset[2];
  return unit === 'h' ? n * 3600 : unit === 'm' ? n * 60 : unit === 's' ? n : unit === 'ms' ? n / 1000 : unit === 'f' ? n / rates.frame : n / rates.tick;
}

/** The line of the first `attribute="value"` in the file, for an error. */
function lineOf(text: string, attribute: string, value: string): number | undefined {
  const at = text.indexOf(`${attribute}="${value}"`);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Agents' names from the head: `<ttm:agent xml:id="a1"><ttm:name>Ann Lee</ttm:name></ttm:agent>`. */
function agentNames(head: XmlNode[]): Map<string, string> {
  const names = new Map<string, string>();
  const stack = [...head];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const tag = tagOf(node);
    if (!tag || tag === '#text') continue;
    if (tag === 'agent') {
      const id = attrsOf(node).id;
      const nameNode = childrenOf(node, 'agent').find((c) => tagOf(c) === 'name');
      const name = nameNode ? childrenOf(nameNode, 'name').map((t) => (typeof t['#text'] === 'string' ? t['#text'] : '')).join('').replace(/\s+/g, ' ').trim() : '';
      if (id && name) names.set(id, name);
    } else stack.push(...childrenOf(node, tag));
  }
  return names;
}

/** Ids of the head's styles that set words in italics (`<style xml:id="s2" tts:fontStyle="italic"/>`). */
function italicStylesOf(head: XmlNode[]): Set<string> {
  const ids = new Set<string>();
  const stack = [...head];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const tag = tagOf(node);
    if (!tag || tag === '#text') continue;
    const attrs = attrsOf(node);
    if (tag === 'style' && attrs.id && (attrs.fontStyle === 'italic' || attrs.fontStyle === 'oblique')) ids.add(attrs.id);
    stack.push(...childrenOf(node, tag));
  }
  return ids;
}

/**
 * The WebVTT of a TTML document. Throws `ParseError` for XML that is not well formed (with its line),
 * a document whose root is not `<tt>`, one with no captions, and a time that cannot be read.
 */
export function ttmlToWebVtt(text: string, file: string): string {
  const root = xmlRoot(text, file, 'tt', 'TTML document');
  const rates = ratesOf(attrsOf(root));
  const top = childrenOf(root, 'tt');
  const head = top.filter((n) => tagOf(n) === 'head');
  const names = agentNames(head);
  const italicStyles = italicStylesOf(head);
  /** Whether an element's words are in italics: its own `tts:fontStyle`, a style it names, or its parent's. */
  const italicOf = (node: XmlNode, inherited: boolean): boolean => {
    const attrs = attrsOf(node);
    if (attrs.fontStyle) return attrs.fontStyle === 'italic' || attrs.fontStyle === 'oblique';
    const named = attrs.style?.trim().split(/\s+/) ?? [];
    return named.some((id) => italicStyles.has(id)) || inherited;
  };
  const time = (node: XmlNode, attribute: 'begin' | 'end' | 'dur'): number | undefined => {
    const value = attrsOf(node)[attribute];
    if (value === undefined) return undefined;
    const seconds = ttmlSeconds(value, rates);
    if (seconds === undefined) throw new ParseError(file, lineOf(text, attribute, value), `a caption's ${attribute} time "${value}" could not be read (TTML times are like 00:01:02.500, 62.5s or 1200t)`);
    return seconds;
  };
  // A voice is the agents' names; agents the head does not name are kept as their ids, so that a change
  // of unnamed speaker still ends a turn (see `cues` below), but name no one.
  const voiceOf = (node: XmlNode, inherited: string | undefined) => {
    const agents = attrsOf(node).agent?.trim().split(/\s+/) ?? [];
    if (agents.length === 0) return inherited;
    const named = agents.map((a) => names.get(a)).filter((n): n is string => n !== undefined);
    return named.length > 0 ? named.join(' and ') : `${UNNAMED}${agents.join(' ')}`;
  };

  const cues: CaptionCue[] = [];
  // Containers walked without recursion: each entry is an element with the begin its times count from.
  const stack: Array<{ node: XmlNode; offset: number; voice: string | undefined }> = top.filter((n) => tagOf(n) === 'body').map((node) => ({ node, offset: 0, voice: undefined }));
  while (stack.length > 0) {
    const { node, offset, voice } = stack.pop()!;
    const tag = tagOf(node)!;
    const begin = offset + (time(node, 'begin') ?? 0);
    if (tag === 'p') {
      cues.push(...captionOf(node, offset, time, voiceOf(node, voice)));
      continue;
    }
    const children = childrenOf(node, tag).filter((c) => ['div', 'p'].includes(tagOf(c) ?? ''));
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, offset: begin, voice: voiceOf(node, voice) });
  }
  if (cues.length === 0) throw new ParseError(file, undefined, 'no captions: the TTML body holds no <p> with words');
  cues.sort((a, b) => a.start - b.start);
  let previous: string | undefined;
  for (const cue of cues) {
    const agent = cue.voice;
    if (agent?.startsWith(UNNAMED)) {
      delete cue.voice;
      cue.change = agent !== previous;
    }
    previous = agent;
  }
  return writeWebVtt(cues);

  /** One `<p>`: its lines by voice (a span may name another agent), its times its own or its spans'. */
  function captionOf(p: XmlNode, offset: number, timeOf: typeof time, voice: string | undefined): CaptionCue[] {
    const own = timeOf(p, 'begin');
    const begin = offset + (own ?? 0);
    const parts: Array<{ voice: string | undefined; lines: string[]; upright: boolean; slanted: boolean }> = [];
    let first = Infinity;
    let last = -Infinity;
    const slanted = italicOf(p, false);
    const walk: Array<{ node: XmlNode; voice: string | undefined; italic: boolean }> = childrenOf(p, 'p').map((node) => ({ node, voice, italic: slanted })).reverse();
    while (walk.length > 0) {
      const { node, voice: v, italic } = walk.pop()!;
      const tag = tagOf(node);
      if (!tag || tag === 'metadata' || tag === 'set') continue;
      let part = parts.at(-1);
      if (!part || part.voice !== v) parts.push((part = { voice: v, lines: [''], upright: false, slanted: false }));
      if (tag === '#text') {
        const words = String(node['#text']);
        part.lines[part.lines.length - 1] += words.replace(/\s+/g, ' ');
        if (/\p{L}/u.test(words)) part[italic ? 'slanted' : 'upright'] = true;
      }
      else if (tag === 'br') part.lines.push('');
      else {
        const b = timeOf(node, 'begin');
        const e = timeOf(node, 'end') ?? (b !== undefined && timeOf(node, 'dur') !== undefined ? b + timeOf(node, 'dur')! : undefined);
        if (b !== undefined) first = Math.min(first, begin + b);
        if (e !== undefined) last = Math.max(last, begin + e);
        const inner = voiceOf(node, v);
        const children = childrenOf(node, tag);
        const slant = italicOf(node, italic);
        for (let i = children.length - 1; i >= 0; i--) walk.push({ node: children[i]!, voice: inner, italic: slant });
      }
    }
    // A caption timed only by its spans (word by word) runs from its first span's begin to its last's end.
    const start = own !== undefined || first === Infinity ? begin : first;
    const dur = timeOf(p, 'dur');
    const end = timeOf(p, 'end');
    const stop = end !== undefined ? offset + end : dur !== undefined ? start + dur : last > -Infinity ? last : start;
    return parts.map((part) => ({ start, end: stop, lines: part.lines, ...(part.voice ? { voice: part.voice } : {}), ...(part.slanted && !part.upright ? { italic: true } : {}) }));
  }
}
