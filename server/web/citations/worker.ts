/**
 * The citation thread: holds one citeproc processor per style and formats what `client.ts` sends.
 * Building the processors (seconds, for the large Chicago style) and formatting (milliseconds per
 * style and item) never run on the thread that serves HTTP.
 */
import { parentPort } from 'node:worker_threads';
import { createProcessor, type Formatted, type Processor, type StyleOutput } from './processor.ts';
import { loadStyles, type StyleInfo } from './styles.ts';
import type { FormatCall, FormatReply } from './protocol.ts';
import type { CslItem } from './csl-item.ts';

const port = parentPort!;

/**
 * `reviewed-genre` is what gives APA its "Review of the film *Title*"; the MLA and Chicago files print
 * it as a bare noun ("Review of film *Title*"), which neither manual does ("Review of *Title*, by …"),
 * so only APA is given it.
 */
function forStyle(key: string, item: CslItem): CslItem {
  if (key === 'apa' || !item['reviewed-genre']) return item;
  const { 'reviewed-genre': _genre, ...rest } = item;
  return rest;
}
const { styles } = loadStyles();
const processors = new Map<string, Processor>();
const processorFor = (style: StyleInfo) => {
  let p = processors.get(style.key);
  if (!p) processors.set(style.key, (p = createProcessor([style])));
  return p;
};

/**
 * citeproc-js reads `<i>`, `<b>`, `<sc>`, `<span …>` inside field values as formatting. Our values are
 * text from transcripts and metadata, never markup: a zero-width space after every "<" keeps citeproc
 * from seeing a tag (it escapes the "<" as text), and is removed from what it returns.
 */
const ZWSP = '\u200b';
function inert<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/</g, `<${ZWSP}`) as T;
  if (Array.isArray(value)) return value.map(inert) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inert(v)])) as T;
  return value;
}
const strip = (f: Formatted): Formatted => ({ html: f.html.replaceAll(ZWSP, ''), text: f.text.replaceAll(ZWSP, '') });
const unmark = (o: StyleOutput): StyleOutput => ({ ...o, reference: strip(o.reference), inText: strip(o.inText), shortNote: o.shortNote ? strip(o.shortNote) : null });

port.on('message', (call: FormatCall) => {
  try {
    const wanted = call.styles ? styles.filter((s) => call.styles!.includes(s.key)) : styles;
    const item = inert(call.item);
    const outputs = wanted.map((s) => unmark(processorFor(s).format(forStyle(s.key, item), call.cite)[0]!));
    port.postMessage({ id: call.id, ok: true, value: outputs } satisfies FormatReply);
  } catch (error) {
    port.postMessage({ id: call.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies FormatReply);
  }
});
