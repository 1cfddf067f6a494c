/**
 * Question-and-answer labels in the languages interviews come in, and which side of the interview
 * each stands for. Words stand alone (`Domanda:`, `Respuesta:`, `Frage:`), as `Q:` and `A:` do; the
 * other single letters only as a pair a file holds both of — `D:`/`R:` (Italian), `P:`/`R:` (Spanish,
 * Portuguese), `F:`/`A:` (German), `Q:`/`R:` (French) — and whose questions are asked: alone, `D:` or
 * `P:` is as likely someone's initial, and two people's initials make a pair too.
 */

/** The side of an interview a label stands for. */
export type QaSide = 'question' | 'answer';

const SIDES = new Map<string, QaSide>([
  ['q', 'question'],
  ['a', 'answer'],
  ['question', 'question'],
  ['answer', 'answer'],
  ['réponse', 'answer'],
  ['reponse', 'answer'],
  ['domanda', 'question'],
  ['risposta', 'answer'],
  ['pregunta', 'question'],
  ['respuesta', 'answer'],
  ['pergunta', 'question'],
  ['resposta', 'answer'],
  ['frage', 'question'],
  ['antwort', 'answer'],
]);

/** Labels (as keys: lower case) that stand for a question or its answer wherever they are written. */
export const QA_LABELS: ReadonlySet<string> = new Set(SIDES.keys());

/**
 * Letters that are a question and its answer only together: [question, answer, and the words they
 * abbreviate, which a file may write out for its first exchange (`PREGUNTA.` … then `P.` …)].
 */
const LETTER_PAIRS: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [string, string]>]> = [
  ['d', 'r', [['domanda', 'risposta']]],
  ['p', 'r', [['pregunta', 'respuesta'], ['pergunta', 'resposta']]],
  ['f', 'a', [['frage', 'antwort']]],
  ['q', 'r', [['question', 'réponse'], ['question', 'reponse']]],
];

/**
 * The letters that stand for questions and answers in a file whose labels (keys) recur as `count`
 * and `asking` (lines holding a question mark) say: a pair whose letters both recur and whose
 * question's letter asks, or whose words the file also writes out.
 */
export function qaLetters(count: (key: string) => number, asking: (key: string) => number): Set<string> {
  const out = new Set<string>();
  for (const [question, answer, words] of LETTER_PAIRS) {
    const written = words.some(([q, a]) => count(q) > 0 && count(a) > 0);
    // Recurring, the question's letter must ask (a reference list's `P. Anderson.` and `R. Feynman.` do not).
    // In a transcript of `Q.` and `A.`, a `P.` or `R.` line is a name's initial wrapped onto it.
    const asks = asking(question) * 2 >= count(question) && (question === 'q' || (count('q') === 0 && count('a') === 0));
    if ((count(question) >= 2 && count(answer) >= 2 && asks) || (written && count(question) > 0 && count(answer) > 0)) {
      out.add(question);
      out.add(answer);
    }
  }
  return out;
}

/** The side a label stands for wherever it is written (`Q`, `Domanda`), else undefined. */
export function qaSideOf(key: string): QaSide | undefined {
  return SIDES.get(key);
}

/** A turn as this judgement needs it: its label's key and its words. */
export interface QaTurn {
  key: string;
  text: string;
}

/**
 * Each Q&A label of a file and its side: the words and `Q`/`A` always, a pair of letters when both
 * recur and at least half of the question letter's turns ask something (hold a question mark).
 * Linear in the turns.
 */
export function qaSides(turns: Iterable<QaTurn>): Map<string, QaSide> {
  const out = new Map<string, QaSide>();
  const counts = new Map<string, { turns: number; asking: number }>();
  for (const t of turns) {
    const side = SIDES.get(t.key);
    if (side) out.set(t.key, side);
    if (t.key.length !== 1) continue;
    const c = counts.get(t.key) ?? { turns: 0, asking: 0 };
    c.turns++;
    if (t.text.includes('?') || t.text.includes('¿')) c.asking++;
    counts.set(t.key, c);
  }
  for (const [question, answer, words] of LETTER_PAIRS) {
    const q = counts.get(question);
    const a = counts.get(answer);
    if (!q || !a) continue;
    // Another letter beside the pair (`Q:`, `M:` for Mary, `R:` for her husband; `A:` beside `Q:` and `R:`) makes them initials.
    if ([...counts.keys()].some((k) => k !== question && k !== answer)) continue;
    // Written out first (`PREGUNTA.`, `RESPUESTA.`), the letters after need no more proof. Else the
    // question's letter asks, in half its turns at least and more often than the other letter does
    // (a study's `R:` researcher asks; its `P:` participant only quotes a question now and then).
    const written = words.some(([wq, wa]) => out.has(wq) && out.has(wa));
    if (!written && (q.turns < 2 || a.turns < 2 || q.asking * 2 < q.turns || q.asking * a.turns <= a.asking * q.turns)) continue;
    // A letter already a side (`A` of `Q`/`A`) keeps it; `Q:` with `R:` makes `R` the answer.
    if (!out.has(question)) out.set(question, 'question');
    if (!out.has(answer)) out.set(answer, 'answer');
  }
  return out;
}
