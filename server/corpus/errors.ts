/**
 * The one error the corpus layer throws for bad input: it names the file and, where known, the line,
 * so the indexer can report it and carry on with the rest of the corpus.
 */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string, options?: { cause?: unknown }) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`, options);
    this.name = 'ParseError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
