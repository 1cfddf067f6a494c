/**
 * An article's paragraph that opens with a person's name and a colon and quotes no one (`Joachim A.
 * Lang: „Führer und Verführer“ ist der erste Film …`, `JOSÉ MANUEL COSTA: Eu estou aqui …`): an
 * interview's answer set in an article, the person's words, not the writer's. They were the "Unnamed
 * critic"'s. The name opens with a first name (after a title) and holds two to four words, so that
 * `Update:`, `The bottom line:` and `Photo credit:` stay the writer's.
 */
import { isFirstName } from '../../lexicon/index.ts';
import { titleCaseName } from '../../names/casing.ts';
import { lineLabel } from '../../readers/labels/grammar.ts';

/** How much of a paragraph's first line is read for its label: a name and a colon come first. */
const HEAD = 200;
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.? /;
/** Another label in capitals further on: `NICK SCHIFRIN:`, `DONALD TRUMP, President …:`. */
const CAPS_LABEL_INSIDE = /\p{Lu}{2,}(?:[ .'’-]\p{Lu}+){0,3}(?::|, \p{Lu})/u;

/** Words a speaker says of themselves, in the languages the readers know: an answer has them, an article's verdict on someone rarely. */
const FIRST_PERSON = /(?:^|[\s„“"'(])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us|ich|mich|mir|mein\p{L}*|wir|uns|unser\p{L}*|je|j'|j’|moi|mon|nous|notre|yo|mi|nosotros|nuestr\p{L}*|eu|meu|minha|nós|noss\p{L}*|io|mio|mia|noi)(?=[\s,.;:!?’'”")]|$)/iu;
/** Fewer words than this is a heading, a credit or a title (`Little Richard: I Am Everything`), not an answer. */
const LEAST_WORDS = 12;

/**
 * The person a paragraph's opening label names, and where their words start; null when it opens with
 * none. Only an answer: at least a dozen words, some of them the speaker's own (`ich`, `eu`, `I`),
 * and no other line of the paragraph opening with a label (`Hillary Clinton: Well, Donald, …` under
 * `Donald Trump: …`). The caller asks too that the text led up to it (a question, or the name before).
 */
export function paragraphLabel(text: string): { name: string; textStart: number } | null {
  const end = text.indexOf('\n');
  const head = text.slice(0, Math.min(end === -1 ? text.length : end, HEAD));
  const m = lineLabel(head);
  if (!m || m.style !== 'inline' || m.label === undefined || m.role !== undefined || m.time !== undefined || m.dot || m.dash || m.heading || m.described) return null;
  const words = m.label.replace(TITLE, '').split(' ');
  if (words.length < 2 || words.length > 4 || !isFirstName(words[0]!.toLowerCase())) return null;
  // One speaker's words only: a page flattened into one paragraph holds the next label too (`… tonight:
  // DONALD TRUMP, President of the United States: Last night …`), and then no one's turns can be told apart here.
  const rest = text.slice(m.textStart);
  if (CAPS_LABEL_INSIDE.test(rest) || rest.includes(`${m.label}:`)) return null;
  if (rest.split(/\s+/, LEAST_WORDS + 1).length <= LEAST_WORDS || !FIRST_PERSON.test(rest.slice(0, 2000))) return null;
  for (let at = rest.indexOf('\n'); at !== -1; at = rest.indexOf('\n', at + 1)) {
    const next = lineLabel(rest.slice(at + 1, at + 1 + HEAD));
    if (next?.label !== undefined && next.style === 'inline') return null;
  }
  // A name in capitals is written as a name (`JOSÉ MANUEL COSTA` → `José Manuel Costa`).
  const name = m.caps ? titleCaseName(m.label) : m.label;
  return { name, textStart: m.textStart };
}
