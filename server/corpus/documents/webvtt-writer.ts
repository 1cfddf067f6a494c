/**
 * Captions kept in other formats (Advanced SubStation Alpha, TTML) written out as WebVTT, the
 * subtitle reader's own format: each cue its times, its speaker as a voice span (`<v Ann Lee>`)
 * when the file names one, and its lines. The WebVTT is what Verbatim stores and shows for the file,
 * so quotes point into text a reader can follow.
 */

/** One caption of a converted file. */
export interface CaptionCue {
  /** Seconds from the start. */
  start: number;
  end: number;
  /** Who speaks, as the file names them; absent where it names no one. */
  voice?: string;
  /** The caption's lines, without markup. */
  lines: string[];
  /** Every word of the caption is in italics (a voice off screen, as SDH sets it). */
  italic?: boolean;
  /** Someone the file does not name starts speaking here: written as a dialogue dash, which starts an unnamed turn. */
  change?: boolean;
}

/** `hh:mm:ss.mmm`, as WebVTT writes a time. */
function vttClock(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Characters WebVTT reads as markup, written as entities so a caption's `<` or `&` stays a letter. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A WebVTT file of `cues`, in the order given. A voice's name is on one line, its `&`, `<` and `>`
 * written as references, as the reader decodes them (`<v Tom &amp; Jerry>`). Blank lines inside a caption would end its cue, so they are left out;
 * a cue with no words is left out too.
 */
export function writeWebVtt(cues: CaptionCue[]): string {
  const out = ['WEBVTT', ''];
  for (const cue of cues) {
    const lines = cue.lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    const end = Math.max(cue.end, cue.start);
    out.push(`${vttClock(cue.start)} --> ${vttClock(end)}`);
    const voice = cue.voice === undefined ? undefined : escapeText(cue.voice.replace(/\s+/g, ' ').trim());
    const body = (cue.change && !voice ? ['- ' + lines[0], ...lines.slice(1)] : lines).map(escapeText).join('\n');
    const styled = cue.italic ? `<i>${body}</i>` : body;
    out.push(voice ? `<v ${voice}>${styled}</v>` : styled, '');
  }
  return out.join('\n');
}
