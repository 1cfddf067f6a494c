/** Types for the parts of `webvtt-parser` (the W3C WebVTT validator's parser) that Verbatim uses. */
declare module 'webvtt-parser' {
  export interface CueNode {
    type: 'text' | 'object' | 'timestamp';
    /** Text of a text node; the annotation of an object node (the speaker of `<v Speaker>`). */
    value?: string;
    /** Tag of an object node: `v`, `c`, `i`, `b`, `u`, `ruby`, `rt`, `lang`. */
    name?: string;
    classes?: string[];
    children?: CueNode[];
  }
  export interface Cue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: CueNode[] };
  }
  export interface ParseError {
    message: string;
    /** 1-based line of the input. */
    line: number;
    col?: number;
  }
  export interface ParseResult {
    cues: Cue[];
    errors: ParseError[];
  }
  export class WebVTTParser {
    /** `entities`: character references by name, `&amp` or `&amp;` (the default has only the forms without a semicolon). */
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): ParseResult;
  }
  /** The package is CommonJS and assigns its exports at run time, so Node sees only a default export. */
  const api: { WebVTTParser: typeof WebVTTParser };
  export default api;
}
