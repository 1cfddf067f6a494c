/**
 * Subtitles (SRT, WebVTT, YouTube's SBV) as speaker turns. Who speaks is written in several ways: a voice span
 * (`<v Rania>`), a label in any case inline or alone on a cue's first line (`Rania:`, `NADIA OSEI
 * VARGA:`, `WOMAN:`), a name in brackets (`[Alba] …`, as Spanish SDH writes it), `>>` and `>> NAME:`
 * speaker changes, and dialogue dashes (`- Thank you. - So good to have you.` is two turns). A label
 * carries on to the following cues until the next label or change, and consecutive cues of one speaker
 * become one turn that keeps every cue's start and end. Sound descriptions (`( clock ticking )`,
 * `[music]`, `♪`) are markers, not speech. Roll-up captions (YouTube's automatic ones) are read
 * without the lines each cue repeats from the one before. Without any speaker information, cues are
 * joined into sentences, and a long stretch of no one named into passages.
 */
import { isFirstName } from '../lexicon/index.ts';
import { LOOSE_SHARE, looseLabel, NAMED_SHARE, splitChanges, takeLabel, VoiceNames, ZOOM_ID, type Part } from './subtitle-parts.ts';
import { labelKey } from './labels/select.ts';
import { QA_LABELS } from './labels/qa.ts';
import { removeMarkers } from './markers.ts';
import { result, type CueTime, type Reader, type RawTurn, type ReadResult } from './reader.ts';
import { cueBlocks, isSbvTiming, parseCue, unpaddedTimes } from './subtitle-cues.ts';
import { unroll } from './subtitle-rolling.ts';
import { namedPassageEnds, passageEnds } from './passages.ts';
import { ParseError } from '../errors.ts';

/** Seconds of silence between two cues that end a turn. */
const PAUSE = 20;

const TITLE_CASE_WORD = /(?<!\p{L})\p{Lu}\p{Ll}{2,30}(?!\p{L})/gu;

/** Named words that open with a quotation mark, and a turn that ends by closing one. */
const OPENS_QUOTATION = /^\s*["“„«]/;
const QUOTATION_CLOSED = /["”»][.,!?…]?\s*$/;

/** Below this share of spoken cues, names in brackets name speakers off screen (SDH), not every speaker. */
const BRACKETED_SHARE = 0.25;

/** Text that closes a sentence (not with an ellipsis, which captions write where the words run on). */
const SENTENCE_CLOSED = /(?<![.…])[.?!]["”’)\]]*\s*$/;

/**
 * Where each part of a cue begins in the file: its first words, searched in order within the cue
 * (tags or entities in the way leave a part at the end of the one before).
 */
function locateParts(text: string, cue: { start: number; end: number }, words: string[]): number[] {
  const out: number[] = [];
  let cursor = cue.start;
  for (const w of words) {
    const first = w.trim().split(/\s+/)[0] ?? '';
    // A part without words (`>> [INAUDIBLE]`) has none to find: it begins where the next part does,
    // so the part before it keeps its own last words.
    if (first.length === 0) {
      out.push(NaN);
      continue;
    }
    const at = text.indexOf(first, cursor);
    const start = at !== -1 && at < cue.end ? at : cursor;
    out.push(start);
    cursor = start + first.length;
  }
  for (let k = out.length - 1; k >= 0; k--) if (Number.isNaN(out[k])) out[k] = k + 1 < out.length ? out[k + 1]! : cue.end;
  return out;
}

/** `end` moved back over whitespace and a dash or `>>` that opens the next part. */
function trimEnd(text: string, floor: number, end: number): number {
  let e = end;
  while (e > floor && /[\s>\-–—]/.test(text[e - 1]!)) e--;
  return e;
}


export const subtitles: Reader = {
  name: 'subtitles',
  sniff({ text, from, ext }) {
    if (ext === '.srt' || ext === '.vtt' || ext === '.sbv') return 0.97;
    const head = text.slice(from, from + 4000);
    let timings = head.match(/^\s*\S+ +--> +\S+/gm)?.length ?? 0;
    // YouTube's SubViewer captions saved under another name: `0:00:00.599,0:00:04.160` lines.
    if (timings < 2) timings = head.split('\n', 200).filter(isSbvTiming).length;
    return timings >= 2 ? 0.9 : 0;
  },
  read({ text, from, ext, file }): ReadResult {
    const out = result('transcript', 'film');
    if (ext === '.vtt' && !/^\uFEFF?WEBVTT(?:[ \t].*)?$/m.test(text.slice(from, text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from)))) {
      throw new ParseError(file, text.slice(0, from).split('\n').length, 'a WebVTT file must start with the line "WEBVTT"');
    }
    const { blocks, stray } = cueBlocks(text, from, text.length);
    for (const line of stray) out.warnings.push({ line, message: 'text outside any cue was ignored' });
    const unpadded = unpaddedTimes(blocks);
    const cues = unroll(blocks.map((b) => ({ block: b, cue: parseCue(b, file, unpadded) })));

    // Labels across the file: capitals and voices always; a name in title case when it recurs or is a first name.
    const counts = new Map<string, number>();
    const voices = new VoiceNames();
    const rawParts = cues.map(({ block, cue }) => {
      // Zoom's newer transcripts name the speaker in the cue's identifier: `1 "Ann Lee" (16777216)`.
      const named = block.id ? ZOOM_ID.exec(block.id)?.[1] : undefined;
      return cue.segments.flatMap((s) => splitChanges(s.text).map((p) => (s.voice ? { ...p, label: voices.of(s.voice) } : named ? { ...p, label: named } : p)));
    });
    // Each part with whatever label it opens with, taken once for the counts and tallies below.
    const taken = rawParts.map((parts) => parts.map((p) => (p.label ? p : takeLabel(p, () => true))));
    for (const parts of taken) {
      for (const p of parts) if (p.label) counts.set(labelKey(p.label), (counts.get(labelKey(p.label)) ?? 0) + 1);
    }
    // Words the captions write as names (`Scully, …`, `Professor Hawking`): a label in -ING or -LY is a
    // name only where the words also write it so, else a manner (`WHEEZING:`), however often it comes.
    const namedInWords = new Set<string>();
    for (const parts of rawParts) for (const p of parts) for (const m of p.text.matchAll(TITLE_CASE_WORD)) namedInWords.add(m[0].toLowerCase());
    const accept = (label: string, caps: boolean) =>
      !QA_LABELS.has(labelKey(label)) && (caps || (counts.get(labelKey(label)) ?? 0) >= 2 || isFirstName(label.split(' ')[0]!) || label.includes(' '));
    // A meeting's transcript (Zoom) names the speaker of nearly every cue, however the name is written.
    const spoken = rawParts.filter((parts) => parts.some((p) => /[\p{L}\p{N}]/u.test(p.text)));
    const loose = spoken.filter((parts) => parts[0] !== undefined && (parts[0].label !== undefined || looseLabel(parts[0]) !== null)).length;
    const meeting = loose >= 5 && loose >= spoken.length * LOOSE_SHARE;
    const labelOf = (raw: Part): Part => {
      if (raw.label) return raw;
      const strict = takeLabel(raw, accept, (label) => namedInWords.has(label.trim().toLowerCase()));
      // A manner (`WHISPERS:`) taken off the part is no name for the meeting reading to find either.
      return strict.label !== undefined || strict !== raw || !meeting ? strict : (looseLabel(raw) ?? raw);
    };
    const mostlyNamed = meeting && loose >= spoken.length * NAMED_SHARE;
    const anyLabel = counts.size > 0;
    const anyChange = rawParts.some((parts) => parts.some((p) => p.change));
    // A name in brackets on a few cues names a speaker off screen (SDH), so it ends with its sentence (or
    // its italics); in brackets on most cues, names are a transcript's labels and carry on. A transcript
    // naming each turn in brackets, turns of many cues, is read as the former: fewer names, none wrong.
    const bracketedCues = taken.filter((parts) => parts.some((p) => p.bracketed)).length;
    const offscreenNames = bracketedCues < spoken.length * BRACKETED_SHARE;
    // Names before quotations (a documentary's witnesses), where the file writes them so more than once.
    const quotedNames = taken.filter((parts) => parts.some((p) => p.label !== undefined && OPENS_QUOTATION.test(p.text))).length >= 2;

    // `offscreen`: the turn's name was in brackets (`[Alba]`); `italic`: the cue that named it was in
    // italics; `quoted`: the named words opened with a quotation mark (`Wang: "It's not river water…"`).
    let current: { turn: RawTurn; cues: CueTime[]; offscreen: boolean; italic: boolean; quoted: boolean } | null = null;
    const flush = () => {
      if (!current) return;
      if (current.cues.length > 1) current.turn.cues = current.cues;
      out.turns.push(current.turn);
      current = null;
    };
    cues.forEach(({ block, cue, from: own }, c) => {
      for (const w of cue.warnings) out.warnings.push(w);
      if (block.payload.length === 0) return;
      // A rolled cue's words begin below the lines it repeats.
      const whole = { start: own ?? block.payload[0]!.start, end: block.payload.at(-1)!.end };
      const parts = rawParts[c]!.map(labelOf);
      // A cue shared by two speakers ("- …\n- …", ">> A: … >> B: …"): each part's range is its own words.
      const starts = parts.length > 1 ? locateParts(text, whole, parts.map((p) => removeMarkers(p.text, { all: true, dropGaps: true }))) : [whole.start];
      parts.forEach((part, k) => {
        const span = { start: starts[k]!, end: k + 1 < starts.length ? trimEnd(text, whole.start, starts[k + 1]!) : whole.end };
        const words = removeMarkers(part.text, { all: true });
        // In a meeting that names nearly every cue's speaker, a cue without a name is nobody's carry-on.
        const speakerChange =
          part.label !== undefined
            ? labelKey(part.label) !== labelKey(current?.turn.label ?? '') || current?.turn.anonymous === true
            : part.change || (mostlyNamed && current?.turn.label !== undefined);
        // Without any speaker information a sentence is the unit; a long stretch is cut into passages,
        // of no one named or (four times as long) of one speaker.
        const sentences = !anyLabel && !anyChange;
        const sentenceDone =
          current !== null &&
          (current.turn.label === undefined
            ? passageEnds(current.turn.text, current.turn.text.length, sentences)
            : passageEnds(current.turn.text, 0, sentences) || namedPassageEnds(current.turn.text, current.turn.text.length));
        if (!words || !/[\p{L}\p{N}]/u.test(words)) {
          if (speakerChange) flush();
          return;
        }
        // A long silence ends a turn, even of one speaker: minutes apart, the words are two things said.
        const paused = current !== null && cue.start - (current.turn.time?.end ?? cue.start) >= PAUSE;
        // SDH captions bracket a name (`[Alba]`) where its speaker is off screen or unknown, and name no
        // one where the picture shows who speaks: the name carries on while its sentence runs on, or
        // while the voice stays in italics (a narrator, a voice-over); after that, who speaks is not said.
        // So does a name before a quotation, as a documentary's subtitles give a witness's words: the name
        // is the quotation's, and ends with it.
        const unnamedNext =
          current !== null &&
          part.label === undefined &&
          !part.change &&
          ((current.offscreen && SENTENCE_CLOSED.test(current.turn.text) && !(current.italic && cue.italic)) || (current.quoted && QUOTATION_CLOSED.test(current.turn.text)));
        if (current && !speakerChange && !sentenceDone && !paused && !unnamedNext) {
          current.cues.push({ at: current.turn.text.length + 1, start: cue.start, end: cue.end });
          current.turn.text += ` ${words}`;
          current.turn.end = span.end;
          current.turn.time!.end = cue.end;
          return;
        }
        // A passage or a pause, not a new speaker: the speaker carries on into the next turn.
        const carried = current !== null && !speakerChange && !unnamedNext ? current.turn.label : undefined;
        const offscreen = offscreenNames && (part.label ? part.bracketed === true : carried !== undefined && current!.offscreen);
        const italic = part.label ? cue.italic : carried !== undefined && current!.italic;
        const quoted = quotedNames && (part.label ? OPENS_QUOTATION.test(words) : carried !== undefined && current!.quoted);
        flush();
        const turn: RawTurn = { start: span.start, end: span.end, text: words, time: { start: cue.start, end: cue.end } };
        if (part.label) turn.label = part.label;
        else if (carried !== undefined) turn.label = carried;
        else if (part.change) turn.anonymous = true;
        current = { turn, cues: [{ at: 0, start: cue.start, end: cue.end }], offscreen, italic, quoted };
      });
    });
    flush();
    // Broadcast captions of a conversation are an interview; subtitles of a work are the film.
    const named = new Set(out.turns.filter((t) => t.label).map((t) => labelKey(t.label!)));
    if (named.size >= 2 && !rawParts.some((parts) => parts.some((p) => p.change && !p.label && /^\s*[-–—]/.test(p.text)))) out.kind = 'interview';
    return out;
  },
};
