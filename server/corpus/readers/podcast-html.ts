/**
 * Podcasting 2.0 HTML transcripts (`podcast:transcript type="text/html"`): `<cite>Speaker:</cite>`,
 * `<time>0:53</time>` and `<p>` paragraphs, as a fragment or inside a page. Read as a run of tags and
 * text (`html-tokens.ts`), entities decoded and every element's place in the file kept. A paragraph
 * before any `<cite>` has no speaker; a new `<cite>` of the same speaker carries the turn on. A page
 * with no `<cite>` may name its speakers in bold instead (`html-labels.ts`).
 */
import { parseClock } from './clock.ts';
import { boldLabelTurns } from './html-labels.ts';
import { scanHtml } from './html-tokens.ts';
import { removeMarkers } from './markers.ts';
import { result, type CueTime, type Reader, type RawTurn, type ReadResult } from './reader.ts';

/** Elements whose start ends an open paragraph, as HTML's parsing rules say (`<p>` … `<div>`). */
const CLOSES_P = new Set('address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(' '));
/** Elements whose end ends a paragraph open inside them. */
const HOLDS_P = new Set('article aside blockquote body details div dd dt figure footer form header li main nav section td th html'.split(' '));

/** A speaker's name in bold and a colon, inside or after the bold: `<strong>Mr. LIMAN</strong>:`. */
const BOLD_LABEL = /<(?:b|strong)>[^<>:]{1,60}:?<\/(?:b|strong)>\s{0,3}:?/gi;

/** Matches of the global `re` in `text` that end in a colon, counted up to `limit`. */
function countUpTo(re: RegExp, text: string, limit: number): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && n < limit; m = re.exec(text)) if (m[0].trimEnd().endsWith(':')) n++;
  return n;
}

export const podcastHtml: Reader = {
  name: 'podcast-html',
  sniff({ text, from, ext }) {
    const head = text.slice(from, from + 5000);
    const cited = /<cite\b/i.test(head) && /<time\b/i.test(head);
    if (ext === '.html' || ext === '.htm') return cited || /<cite\b/i.test(head) ? 0.95 : 0.5;
    // HTML in another file (Markdown holds HTML too) is a transcript only with its speakers and times,
    // or with its speakers in bold (`<p><b>MR. MOORE</b>: …`, a court's page kept as Markdown).
    if (cited && /^\s*<(?:!doctype|html|!--|cite|time|p|body|div)\b/i.test(head)) return 0.9;
    return countUpTo(BOLD_LABEL, head, 3) >= 3 ? 0.9 : 0;
  },
  read({ text, from }): ReadResult {
    // A page with no `<cite>` may name its speakers in bold instead (`html-labels.ts`): a hearing, an argument.
    const bold = /<cite\b/i.test(text) ? null : boldLabelTurns(text, from);
    if (bold) {
      const page = result('transcript', 'interview');
      page.turns = bold;
      const title = /<title\b[^>]{0,200}>([^<]{1,300})<\/title>/i.exec(text.slice(from, from + 20_000));
      if (title?.[1]?.trim()) page.meta.title = title[1].trim();
      return page;
    }
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
    /** A paragraph's words: a turn of its own, or more of the same speaker's. */
    const paragraph = (value: string, end: number) => {
      const words = removeMarkers(value);
      if (!words) return;
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
    };
    const finish = (name: string, end: number) => {
      inside = null;
      const value = buffer.replace(/\s+/g, ' ').trim();
      if (name === 'title') {
        if (value) out.meta.title ??= value;
      } else if (name === 'cite') {
        speaker = value.replace(/:\s*$/, '').trim() || undefined;
      } else if (name === 'time') {
        time = parseClock(value) ?? undefined;
      } else if (name === 'p') paragraph(value, end);
    };
    scanHtml(text.slice(from), {
      open(name, start, end) {
        // A paragraph left open ends where the next block (or `<cite>`, `<time>`) begins, as HTML ends it.
        if (inside === 'p' && (name === 'cite' || name === 'time' || CLOSES_P.has(name))) finish('p', start);
        if (name === 'cite' || name === 'time' || name === 'p' || name === 'title') {
          inside = name;
          buffer = '';
          pStart = end;
        } else if (name === 'script' || name === 'style') inside = 'skip';
      },
      text(chunk) {
        if (inside) buffer += chunk;
      },
      close(name, start) {
        if (name === 'script' || name === 'style') inside = null;
        if (name === inside) finish(name, start);
        // …and where the element holding it ends (`</div>` before a page's footer).
        else if (inside === 'p' && HOLDS_P.has(name)) finish('p', start);
      },
      end() {
        if (inside === 'p') finish('p', text.length - from);
      },
    });
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
