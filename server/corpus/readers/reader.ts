/**
 * The format layer's one interface, in the manner of unstorage's drivers: each format family is a
 * small module with a `sniff` (how sure it is that a file is its kind, from the content and the
 * extension) and a pure `read` (text → speaker turns or prose blocks, with warnings). The registry
 * (`registry.ts`) asks every reader and gives the file to the surest; nothing else guesses a format.
 */
import type { ReaderName, SourceKind, SourceLayout } from '../model.ts';
import type { GivenMeta } from '../metadata/fields.ts';
import type { ProseBlock } from './prose-blocks.ts';

/** What a reader is given: the whole decoded file and where its content starts (after front matter). */
export interface ReadInput {
  text: string;
  from: number;
  /** The file name's extension, lower case with its dot (`.srt`), or '' when it has none. */
  ext: string;
  /** The file's path, for messages. */
  file: string;
}

/** Where a cue or segment begins within a joined turn's text, and its own times. */
export interface CueTime {
  at: number;
  start: number;
  end: number;
}

/** One stretch of speech as a reader found it, before speakers are resolved. */
export interface RawTurn {
  /** Offsets of the speech (label excluded) in the source text. */
  start: number;
  end: number;
  /** The spoken words: markers removed, entities decoded, whitespace collapsed. Never empty. */
  text: string;
  /** The speaker as written by the format: "MICHEL MARTIN", "Lester Holt", "Speaker 1". */
  label?: string;
  /** A role written with the label: "HOST" in "MICHEL MARTIN, HOST:". */
  labelRole?: string;
  /** Timing in seconds, where the format has it. */
  time?: { start: number; end?: number };
  /** A turn joined from several timed cues or segments: each one's place and times. */
  cues?: CueTime[];
  /** The format says a new speaker spoke but not who (`>>`, a dialogue dash, after a soundbite marker). */
  anonymous?: boolean;
  /** The heading of the section the turn is in (Markdown headings, OHMS index segments). */
  section?: string;
  /** Unlabelled transcripts: noise or a marker (applause, a clip) came between this turn and the one before. */
  afterBreak?: boolean;
}

/** A reader's answer. */
export interface ReadResult {
  layout: SourceLayout;
  /** Speaker turns, for transcripts. */
  turns: RawTurn[];
  /** Readable blocks, for prose. */
  blocks: ProseBlock[];
  /** What the file itself says it is, where it says so (OHMS titles, a first heading, an HTML title). */
  meta: GivenMeta;
  /** Full names the file introduces outside its labels (a screenplay's `EDWARD BLOOM, 40's` in action). */
  names?: string[];
  /** Full names a cover lists under `Participants:` (labels.ts resolves surnames by them). */
  roster?: string[];
  /** What the reader knows the file to be (film for subtitles and screenplays…); undefined: infer. */
  kind?: SourceKind;
  warnings: Array<{ line: number; message: string }>;
}

/** A format family's driver. */
export interface Reader {
  name: ReaderName;
  /** 0 (not this format) to 1 (certainly this format), from the content and the extension. Cheap. */
  sniff(input: ReadInput): number;
  /**
   * The most `sniff` ever answers (1 when absent). A file an earlier reader already claims as surely
   * is not sniffed by this one: a costly sniff (the unlabelled reader splits the whole file into
   * turns) is then not run for a labelled transcript it could never win.
   */
  ceiling?: number;
  /** Pure and linear in the input: text in, records out. Throws `ParseError` for unreadable content. */
  read(input: ReadInput): ReadResult;
}

/** An empty answer to fill. */
export function result(layout: SourceLayout, kind?: SourceKind): ReadResult {
  return { layout, turns: [], blocks: [], meta: {}, ...(kind ? { kind } : {}), warnings: [] };
}
