/**
 * Timed Text Markup Language captions — TTML and DFXP (`.ttml`, `.dfxp`, or `.xml` with a `<tt>`
 * root), as broadcasters deliver them (EBU-TT-D, IMSC, SMPTE-TT) and players and YouTube export
 * them — read with fast-xml-parser and written out as WebVTT for the subtitle reader. Each `<p>` is a
 * caption; `<br/>` breaks its lines; `<span>`s are styling. Times (ttml-times.ts) count from the
 * begin of the `<div>` or `<body>` around them; a caption with no end of its own ends with its
 * container. Who speaks (ttml-head.ts): a caption's `ttm:agent`, named when the head gives that
 * agent a `<ttm:name>` (a change to an agent without a name, or to no agent in a file of agents,
 * starts an unnamed turn); and, where speech is set in two colours or more, a change of colour, as UK
 * broadcasters mark a new speaker. A caption in italics stays in italics, as SDH sets a voice off screen.
 */
import { ParseError } from '../errors.ts';
import { lineNumbers } from '../text.ts';
import { agentNames, lookResolver, type Look } from './ttml-head.ts';
import { ratesOf, ttmlSeconds } from './ttml-times.ts';
import { writeWebVtt, type CaptionCue } from './webvtt-writer.ts';
import { attrsOf, childrenOf, tagOf, xmlRoot, type XmlNode } from './xml-tree.ts';

/** Marks a voice that is only an agent's id (no `<ttm:name>`): never written as a name. */
const UNNAMED = '\u0000agent:';
/** The key of captions with no agent, in a file whose other captions have one. */
const NO_AGENT = '\u0000no agent';

/**
 * A caption before it is written: the colour its speech is set in (none for a caption without
 * words: `♪`), whether any agent was named for it, and whether its end is its container's.
 */
interface Caption extends CaptionCue {
  colour?: string;
  agent: boolean;
  open: boolean;
}

/** A label alone in its span (`DAVID:`), whose colour says nothing of who speaks. */
const LABEL_RUN = /^\s*[\p{Lu}\d][\p{Lu}\d\s.'’-]{0,40}:\s*$/u;

/** The line of the first `attribute="value"` in the file, for an error. */
function lineOf(text: string, attribute: string, value: string): number | undefined {
  const at = text.indexOf(`${attribute}="${value}"`);
  return at === -1 ? undefined : lineNumbers(text, [at])[0];
}

/**
 * Mark where an unnamed speaker starts: a caption of an agent the head does not name, of no agent in
 * a file of agents, or set in another colour where speech comes in two colours or more.
 */
function markChanges(cues: Caption[]): void {
  const anyAgent = cues.some((c) => c.agent);
  const colours = new Set(cues.filter((c) => c.colour !== undefined && (c.voice === undefined || c.voice.startsWith(UNNAMED))).map((c) => c.colour));
  let previous: string | undefined;
  for (const cue of cues) {
    let key = cue.voice;
    if (key === undefined || key.startsWith(UNNAMED)) {
      key = key ?? (anyAgent ? NO_AGENT : colours.size >= 2 && cue.colour !== undefined ? `\u0000colour:${cue.colour}` : undefined);
      delete cue.voice;
      // A caption of no colour (no words, or none set) neither starts a speaker nor ends one.
      if (key === undefined) continue;
      cue.change = key !== previous;
    }
    previous = key;
  }
}

/**
 * A caption with no end of its own runs to its container's end, or to where the next caption begins if
 * that is sooner (or if its container has no end): captions follow each other. `cues` are in time order;
 * one pass from the back finds each caption's next later start.
 */
function closeOpenEnds(cues: Caption[]): void {
  let nextStart = Infinity;
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    const later = i + 1 < cues.length && cues[i + 1]!.start > cue.start ? cues[i + 1]!.start : nextStart;
    nextStart = later;
    if (!cue.open || later === Infinity) continue;
    cue.end = cue.end > cue.start ? Math.min(cue.end, later) : later;
  }
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
  const lookOf = lookResolver(head);
  const time = (node: XmlNode, attribute: 'begin' | 'end' | 'dur'): number | undefined => {
    const value = attrsOf(node)[attribute];
    if (value === undefined) return undefined;
    const seconds = ttmlSeconds(value, rates);
    if (seconds === undefined) throw new ParseError(file, lineOf(text, attribute, value), `a caption's ${attribute} time "${value}" could not be read (TTML times are like 00:01:02.500, 62.5s or 1200t)`);
    return seconds;
  };
  // A voice is the agents' names; agents the head does not name are kept as their ids, so that a change
  // of unnamed speaker still ends a turn (see markChanges), but name no one.
  const voiceOf = (node: XmlNode, inherited: string | undefined) => {
    const agents = attrsOf(node).agent?.trim().split(/\s+/) ?? [];
    if (agents.length === 0) return inherited;
    const named = agents.map((a) => names.get(a)).filter((n): n is string => n !== undefined);
    return named.length > 0 ? named.join(' and ') : `${UNNAMED}${agents.join(' ')}`;
  };

  const cues: Caption[] = [];
  // Containers walked without recursion: each with the begin its children's times count from, its end, and what it passes down.
  type Container = { node: XmlNode; offset: number; end: number | undefined; voice: string | undefined; look: Look };
  const stack: Container[] = top.filter((n) => tagOf(n) === 'body').map((node) => ({ node, offset: 0, end: undefined, voice: undefined, look: { italic: false, colour: undefined } }));
  while (stack.length > 0) {
    const { node, offset, end, voice, look } = stack.pop()!;
    const tag = tagOf(node)!;
    const voiceHere = voiceOf(node, voice);
    const lookHere = lookOf(node, look);
    if (tag === 'p') {
      cues.push(...captionOf(node, offset, end, voiceHere, lookHere));
      continue;
    }
    const begin = offset + (time(node, 'begin') ?? 0);
    const ownEnd = time(node, 'end');
    const dur = time(node, 'dur');
    const endHere = ownEnd !== undefined ? offset + ownEnd : dur !== undefined ? begin + dur : end;
    const children = childrenOf(node, tag).filter((c) => ['div', 'p'].includes(tagOf(c) ?? ''));
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, offset: begin, end: endHere, voice: voiceHere, look: lookHere });
  }
  if (cues.length === 0) throw new ParseError(file, undefined, 'no captions: the TTML body holds no <p> with words');
  cues.sort((a, b) => a.start - b.start);
  closeOpenEnds(cues);
  markChanges(cues);
  return writeWebVtt(cues);

  /**
   * One `<p>`: its lines in parts, a new part where a span names another agent or sets speech in
   * another colour; its times its own, else its spans', else its container's end.
   */
  function captionOf(p: XmlNode, offset: number, containerEnd: number | undefined, voice: string | undefined, look: Look): Caption[] {
    const own = time(p, 'begin');
    const begin = offset + (own ?? 0);
    type Part = { voice: string | undefined; lines: string[]; upright: boolean; slanted: boolean; colour: string | undefined; speech: boolean };
    const parts: Part[] = [];
    let first = Infinity;
    let last = -Infinity;
    const walk: Array<{ node: XmlNode; voice: string | undefined; look: Look }> = childrenOf(p, 'p').map((node) => ({ node, voice, look })).reverse();
    while (walk.length > 0) {
      const { node, voice: v, look: l } = walk.pop()!;
      const tag = tagOf(node);
      if (!tag || tag === 'metadata' || tag === 'set' || tag === 'desc') continue;
      if (tag === '#text') {
        const words = String(node['#text']);
        const speech = /\p{L}/u.test(words) && !LABEL_RUN.test(words);
        let part = parts.at(-1);
        // Another colour starts another speaker where a line starts or a sentence has ended, not for a
        // word set in colour within a line.
        const line = part?.lines.at(-1)?.trim() ?? '';
        const newColour = speech && part?.speech === true && l.colour !== part.colour && (line === '' || /[.!?…]["”’)\]]?$/.test(line));
        if (!part || part.voice !== v || newColour) parts.push((part = { voice: v, lines: [''], upright: false, slanted: false, colour: undefined, speech: false }));
        part.lines[part.lines.length - 1] += words.replace(/\s+/g, ' ');
        if (/\p{L}/u.test(words)) part[l.italic ? 'slanted' : 'upright'] = true;
        if (speech && !part.speech) Object.assign(part, { speech: true, colour: l.colour });
      } else if (tag === 'br') {
        parts.at(-1)?.lines.push('');
      } else {
        const b = time(node, 'begin');
        const d = time(node, 'dur');
        const e = time(node, 'end') ?? (b !== undefined && d !== undefined ? b + d : undefined);
        if (b !== undefined) first = Math.min(first, begin + b);
        if (e !== undefined) last = Math.max(last, begin + e);
        const children = childrenOf(node, tag);
        const inner = { voice: voiceOf(node, v), look: lookOf(node, l) };
        for (let i = children.length - 1; i >= 0; i--) walk.push({ node: children[i]!, ...inner });
      }
    }
    // A caption timed only by its spans (word by word) runs from its first span's begin to its last's end.
    const start = own !== undefined || first === Infinity ? begin : first;
    const dur = time(p, 'dur');
    const end = time(p, 'end');
    const stop = end !== undefined ? offset + end : dur !== undefined ? start + dur : last > -Infinity ? last : (containerEnd ?? start);
    const open = end === undefined && dur === undefined && last === -Infinity;
    return parts.map((part) => ({
      start,
      end: stop,
      open,
      lines: part.lines,
      agent: part.voice !== undefined,
      ...(part.voice ? { voice: part.voice } : {}),
      ...(part.colour ? { colour: part.colour } : {}),
      ...(part.slanted && !part.upright ? { italic: true } : {}),
    }));
  }
}
