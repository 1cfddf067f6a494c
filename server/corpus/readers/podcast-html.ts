/**
 * Podcasting 2.0 HTML transcripts (`podcast:transcript type="text/html"`): `<cite>Speaker:</cite>`,
 * `<time>0:53</time>` and `<p>` paragraphs, as a fragment or inside a page. Read with `htmlparser2`,
 * which decodes entities and keeps every element's place in the file. A paragraph before any `<cite>`
 * has no speaker; a new `<cite>` of the same speaker carries the turn on.
 */
import { Parser } from 'htmlparser2';
import { parseClock } from './clock.ts';
import { removeMarkers } from './markers.ts';
import { result, type CueTime, type Reader, type RawTurn, type ReadResult } from './reader.ts';

export const podcastHtml: Reader = {
  name: 'podcast-html',
  sniff({ text, from, ext }) {
    const head = text.slice(from, from + 5000);
    const cited = /<cite\b/i.test(head) && /<time\b/i.test(head);
    if (ext === '.html' || ext === '.htm') return cited || /<cite\b/i.test(head) ? 0.95 : 0.5;
    // HTML in another file (Markdown holds HTML too) is a transcript only with its speakers and times.
    return cited && /^\s*<(?:!doctype|html|!--|cite|time|p|body|div)\b/i.test(head) ? 0.9 : 0;
  },
  read({ text, from }): ReadResult {
    const out = result('transcript', 'podcast');
    let speaker: string | undefined;
    let time: number | undefined;
    let buffer = '';
    let inside: 'cite' | 'time' | 'p' | 'title' | 'skip' | null = null;
    let pStart = 0;
    let current: { turn: RawTurn; cues: CueTime[]; speaker?: string } | null = null;
    const flush = () => {
      if (current && /[\p{L}\p{N}]/u.test(current.turn.text)) {
        if (current.cues.length > 1) current.turn.cues = current.cues;
        out.turns.push(current.turn);
      }
      current = null;
    };
    const parser: Parser = new Parser(
      {
        onopentag(name) {
          if (name === 'cite' || name === 'time' || name === 'p' || name === 'title') {
            inside = name;
            buffer = '';
            pStart = parser.endIndex + 1;
          } else if (name === 'script' || name === 'style') inside = 'skip';
        },
        ontext(chunk) {
          if (inside) buffer += chunk;
        },
        onclosetag(name) {
          if (name === 'script' || name === 'style') inside = null;
          if (name !== inside) return;
          inside = null;
          const value = buffer.replace(/\s+/g, ' ').trim();
          if (name === 'title') {
            if (value) out.meta.title ??= value;
          } else if (name === 'cite') {
            speaker = value.replace(/:\s*$/, '').trim() || undefined;
          } else if (name === 'time') {
            time = parseClock(value) ?? undefined;
          } else if (name === 'p') {
            const words = removeMarkers(value);
            if (!words) return;
            const end = parser.startIndex;
            if (!current || current.speaker !== speaker) {
              flush();
              const turn: RawTurn = { start: pStart, end, text: words, ...(speaker ? { label: speaker } : {}) };
              if (time !== undefined) turn.time = { start: time };
              current = { turn, cues: time !== undefined ? [{ at: 0, start: time, end: time }] : [], ...(speaker ? { speaker } : {}) };
            } else {
              if (time !== undefined) current.cues.push({ at: current.turn.text.length + 2, start: time, end: time });
              current.turn.text += `\n\n${words}`;
              current.turn.end = end;
            }
            time = undefined;
          }
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    parser.write(text.slice(from));
    parser.end();
    flush();
    // Offsets were counted from the content start.
    for (const t of out.turns) {
      t.start += from;
      t.end += from;
    }
    for (let i = 0; i < out.turns.length; i++) {
      const t = out.turns[i]!;
      const next = out.turns[i + 1]?.time?.start;
      if (t.time && next !== undefined && next >= t.time.start) t.time.end = next;
      if (t.cues) for (let k = 0; k < t.cues.length; k++) t.cues[k]!.end = t.cues[k + 1]?.start ?? t.time?.end ?? t.cues[k]!.start;
    }
    return out;
  },
};
