/**
 * Screenplays as script sites and PDF conversions type them (IMSDb's text: cues, dialogue and action
 * set apart by indentation), on real excerpts (see `test/fixtures/README.md`): what is direction — a
 * shot heading, a parenthetical over two lines, a title card, a page number — is nobody's speech, and a
 * cue names its own character, not a fuller name borrowed from a heading or another character's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { nameTokens, SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';

function read(file: string) {
  const text = readFileSync(path.resolve('test/fixtures/real/screenplay', file), 'utf8');
  return { text, ...buildSource({ path: file, slug: 's', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) }) };
}

describe('His Girl Friday (IMSDb)', () => {
  const { text, quotes } = read('his-girl-friday-imsdb-excerpt.txt');

  it('is read as a screenplay', () => {
    expect(quotes.length).toBeGreaterThan(40);
  });

  it('leaves parentheticals out of the speech, also those set on two lines', () => {
    expect(text).toContain('(looks up; then a');
    expect(quotes.filter((q) => q.text.includes('(')).map((q) => q.text)).toEqual([]);
    expect(quotes.some((q) => q.text.startsWith('Hildy Johnson!'))).toBe(true);
  });

  it("gives Burns's lines to Burns, whether his cue says BURNS or BURNS' VOICE, and takes no name from a shot heading", () => {
    expect(text).toContain("BURNS' VOICE");
    expect(text).toContain('CLOSE SHOT BURNS');
    const names = new Set(quotes.map((q) => q.speaker?.name));
    expect([...names].filter((n) => n && /shot|voice/i.test(n))).toEqual([]);
    expect(quotes.filter((q) => q.attribution.label?.startsWith('BURNS')).every((q) => q.speaker?.name === 'Burns')).toBe(true);
  });
});

describe('Machine Gun Preacher (IMSDb, from a PDF)', () => {
  const { text, quotes } = read('machine-gun-preacher-imsdb-excerpt.txt');

  it('leaves the page numbers the conversion left between lines out of the speech', () => {
    expect(text).toMatch(/^ +\d{1,3}\.?$/m);
    expect(quotes.filter((q) => /\s\d{1,3}\.?$/.test(q.text)).map((q) => q.text)).toEqual([]);
  });

  it('reads the title card above the action as no one', () => {
    expect(text).toContain('MACHINEGUN PREACHER');
    expect(quotes.filter((q) => /preacher/i.test(q.speaker?.name ?? ''))).toEqual([]);
    expect(quotes.some((q) => q.text.includes('ECHOED VOICES'))).toBe(false);
  });
});

describe('G.I. Jane (IMSDb)', () => {
  const { quotes } = read('gi-jane-imsdb-excerpt.txt');

  it('reads the White House aides as two speakers, and an aide of DeHaven as not DeHaven', () => {
    const by = (name: string) => quotes.filter((q) => q.speaker?.name === name).map((q) => q.text.slice(0, 30));
    expect(by('White House #1')[0]).toBe('... to reassure you that he ha');
    expect(by('White House #2').length).toBeGreaterThan(1);
    expect(quotes.find((q) => q.attribution.label === "DEHAVEN'S AIDE")?.speaker?.name).not.toBe('DeHaven');
  });
});

describe('name tokens', () => {
  it('keep the number that tells people apart, and drop initials', () => {
    expect(nameTokens('CIRCLE #2')).not.toEqual(nameTokens('CIRCLE #1'));
    expect(nameTokens('John F. Kennedy')).toEqual(['john', 'kennedy']);
  });
});

/** Only the letters and digits of a text, single-spaced: punctuation is set differently once read. */
const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The plays' own prefixes: each `NAME.` alone on its line and the first line of speech under it. */
function prefixed(text: string): Array<{ name: string; first: string }> {
  return [...text.matchAll(/^([A-Z][A-Z ’'-]{1,30})\.\r?\n(?!\r?\n)([^\r\n]+)/gm)].map((m) => ({ name: m[1]!, first: m[2]! }));
}

describe.each([
  ['gutenberg-importance-of-being-earnest-excerpt.txt', 50],
  ['gutenberg-dolls-house-excerpt.txt', 60],
] as const)('a play as Project Gutenberg sets it: %s', (file, least) => {
  const text = readFileSync(path.resolve('test/fixtures/real/news', file), 'utf8');
  const { quotes, source } = buildSource({ path: file, slug: 'p', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });

  it('is a play, of the kind a script is, and a division that opens it (`ACT I`) is no title', () => {
    expect(source.meta.kind).toBe('film');
    const opening = text.trimStart().split(/\r?\n/)[0]!.trim();
    if (/^ACT\b/.test(opening)) expect(source.meta.title).not.toBe(opening);
  });

  it("gives each speech to the name above it (the name's words, or the fuller name the cast list gives)", () => {
    const speeches = prefixed(text).filter((p) => !/^(?:ACT|SCENE)\b/.test(p.name));
    expect(speeches.length).toBeGreaterThanOrEqual(least);
    let from = 0;
    for (const { name, first } of speeches) {
      // The speech's first words, past a direction in brackets that may open it.
      const words = letters(first.replace(/_?\[[^\]]*\]?_?\.?/g, ' ')).split(' ').slice(0, 4).join(' ');
      if (words === '') continue;
      // In order: a speech's first words may be said again later ("Well").
      const at = quotes.findIndex((x, i) => i >= from && letters(x.text).includes(words));
      const q = quotes[at];
      if (at !== -1) from = at;
      expect({ name, words, speaker: q?.speaker ? nameTokens(q.speaker.name).includes(nameTokens(name)[0]!) : null }).toEqual({ name, words, speaker: true });
    }
  });

  it('reads the cast list and the playbill (colon labels, in a play) as no one\'s words', () => {
    // The colon lines before the first speech: `John Worthing, J.P.: Mr. George Alexander.` and the like.
    const head = text.slice(0, text.search(/^[A-Z][A-Z ’'-]{1,30}\.\r?$/m));
    const billed = [...head.matchAll(/^[^:\r\n]{2,60}: (.+?)\r?$/gm)].map((m) => m[1]!);
    for (const words of billed) expect({ words, attributed: quotes.some((q) => q.speaker && q.text.startsWith(words)) }).toEqual({ words, attributed: false });
  });

  it('leaves the stage directions out of the speech, also those over two lines', () => {
    // Speech, that is: the scene set before anyone speaks is nobody's and stays as written.
    expect(quotes.filter((q) => q.speaker && /_\[|\]_|_ _/.test(q.text)).map((q) => q.text.slice(0, 80))).toEqual([]);
  });
});

describe('a play as Project Gutenberg sets Shaw: `THE MOTHER [on her daughter’s right] Not so long.`', () => {
  const file = 'gutenberg-pygmalion-act1-bracketed-directions-excerpt.txt';
  const text = readFileSync(path.resolve('test/fixtures/real/labelled', file), 'utf8');
  const { quotes } = buildSource({ path: file, slug: 'p', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
  // The play's own labels, read by this test's pattern: a name in capitals, then a full stop or a direction in brackets.
  const labels = text
    .replace(/\r/g, '')
    .split(/\n\n+/)
    .flatMap((p) => {
      const m = /^((?:[A-Z][A-Z']* ?){1,4})(?:\. | \[)/.exec(p);
      return m ? [{ name: m[1]!.trim(), words: letters(p.slice(m[1]!.length).replace(/^\./, '').replace(/\[[^\]]*\]?/g, ' ')).split(' ').slice(0, 4).join(' ') }] : [];
    });

  it('gives each speech to the name opening it, with a direction between or a full stop (`FREDDY. I tell you …`, `HIGGINS. 27A Wimpole Street`)', () => {
    expect(labels.length).toBeGreaterThanOrEqual(60);
    let from = 0;
    for (const { name, words } of labels) {
      if (words === '') continue;
      const at = quotes.findIndex((x, i) => i >= from && letters(x.text).includes(words));
      if (at !== -1) from = at;
      expect({ name, words, speaker: quotes[at]?.speaker?.name.toUpperCase() ?? null }).toEqual({ name, words, speaker: name });
    }
  });

  it('reads a paragraph without a name as the author’s direction, no part of the speech before it', () => {
    expect(text).toContain('Freddy rushes in out of the rain');
    const direction = quotes.find((q) => q.text.includes('Freddy rushes in out of the rain'));
    expect(direction?.speaker ?? null).toBeNull();
    expect(direction?.text.startsWith('Freddy rushes in')).toBe(true);
  });

  // A review of the change: every unlabelled paragraph of any play-like file had become no one's.
  it('leaves a speech of two paragraphs whole where names have no directions after them (an FOMC transcript), and a letter read out', () => {
    const names = ['CHAIRMAN GREENSPAN', 'MR. KOHN', 'MS. SEGER', 'MR. PARRY', 'VICE CHAIRMAN CORRIGAN', 'MR. PRELL'].flatMap((n) => [n, n]).concat(['CHAIRMAN GREENSPAN']);
    const more = '\n\nSecond, on the matter of the aggregates, I think we should watch M2 carefully.\n\nFinally, the staff recommends the directive.';
    const text = names.map((n, i) => `${n}. Thank you. I have a few comments on item ${i}. The data on inventories have been weak.${i % 3 === 0 ? more : ''}`).join('\n\n');
    const fomc = buildSource({ path: 'f.txt', slug: 'f', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const second = fomc.quotes.filter((q) => q.text.includes('Second, on the matter'));
    expect(second.length).toBe(5);
    expect(second.every((q, i) => q.speaker?.name === names[i * 3]!.replace(/(\S)(\S*)/g, (_m, a: string, b: string) => a + b.toLowerCase()))).toBe(true);
    const letter = buildSource({ path: 'l.txt', slug: 'l', collection: null, text: 'JOHN [opening the envelope] It is from Father.\n\nMARGARET. Read it, then.\n\nJOHN [reading] My dear son, the farm is sold.\n\nI hope you will forgive me for not writing sooner.\n\nMARGARET. Oh, John.\n\nJOHN. There is more.\n', format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(letter.quotes.find((q) => q.text.includes('I hope you will forgive me'))?.speaker?.name).toBe('John');
  });

  it('reads a script\'s `MARCUS [whispering]: I told you` as Marcus\'s words, without the colon', () => {
    expect(lineLabel('MARCUS [whispering]: I told you already.')).toMatchObject({ label: 'MARCUS', dot: false, textStart: 21 });
  });

  it('reads `HIGGINS. 27A …` and `FREDDY. I …` as labels, and `VOL. 3` and `JAN. 12, 2021` still not', () => {
    expect(lineLabel('HIGGINS. 27A Wimpole Street. Come and see me tomorrow.')?.label).toBe('HIGGINS');
    expect(lineLabel("FREDDY. I tell you they're all engaged. The rain was so sudden: nobody")?.label).toBe('FREDDY');
    expect(lineLabel('JAN. 12, 2021')?.dot ?? false).toBe(false);
    expect(lineLabel('VOL. 3')?.dot ?? false).toBe(false);
    expect(lineLabel('NOTE [1] The figures are rounded.')).toBeNull();
  });
});

describe('a name and a full stop in a transcript', () => {
  it('is no speaker where it stands alone between blank lines (Apollo 13\'s "MARK.")', () => {
    const text = readFileSync(path.resolve('test/fixtures/real/news/apollo-13-air-to-ground-excerpt.txt'), 'utf8');
    expect(text).toMatch(/^MARK\.$/m);
    const { quotes } = buildSource({ path: 'a.txt', slug: 'a', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(quotes.filter((q) => q.speaker?.name === 'Mark')).toEqual([]);
    expect(quotes.some((q) => /\bMARK\./.test(q.text))).toBe(true);
  });
});

describe('an oath is no one', () => {
  // Hamlet I.iii as Project Gutenberg sets it (#1524, public domain; lines 1221–1280 of that text): its
  // `Pol.` and `Oph.` abbreviations are no labels this reads, so the scene is read as an unlabelled
  // conversation; "Marry, well bethought" is an oath, and the name lists' "Marry" no one who speaks next.
  it('does not hand the next turn to "Marry"', () => {
    const text = `
Pol.
The time invites you; go, your servants tend.

Laer.
Farewell, Ophelia; and remember well
What I have said to you.

Oph.
'Tis in my memory lock'd,
And you yourself shall keep the key of it.

Laer.
Farewell.

[Exit.]

Pol.
What is't, Ophelia, he hath said to you?

Oph.
So please you, something touching the Lord Hamlet.

Pol.
Marry, well bethought:
'Tis told me he hath very oft of late
Given private time to you; and you yourself
Have of your audience been most free and bounteous;
If it be so,--as so 'tis put on me,
And that in way of caution,--I must tell you
You do not understand yourself so clearly
As it behooves my daughter and your honour.
What is between you? give me up the truth.

Oph.
He hath, my lord, of late made many tenders
Of his affection to me.

Pol.
Affection! pooh! you speak like a green girl,
Unsifted in such perilous circumstance.
Do you believe his tenders, as you call them?

Oph.
I do not know, my lord, what I should think.

Pol.
Marry, I'll teach you: think yourself a baby;
That you have ta'en these tenders for true pay,
Which are not sterling. Tender yourself more dearly;
Or,--not to crack the wind of the poor phrase,
Wronging it thus,--you'll tender me a fool.

Oph.
My lord, he hath importun'd me with love
In honourable fashion.

Pol.
Ay, fashion you may call it; go to, go to.
`;
    const { quotes } = buildSource({ path: 'hamlet.txt', slug: 'h', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(quotes.length).toBeGreaterThan(3);
    expect(quotes.map((q) => q.speaker?.name).filter((n) => n === 'Marry')).toEqual([]);
  });
});

describe.each([
  ['The Dark Knight Rises', 'dark-knight-rises-pdf-conversion-excerpt.txt'],
  ['Silver Linings Playbook', 'silver-linings-playbook-pdf-conversion-excerpt.txt'],
])("a screenplay's PDF conversion, blank lines set inside its speeches and cues drifted to where speech stands (%s)", (_title, file) => {
  const { text, quotes } = read(file);
  const rows = text.split('\n');
  const indent = (r: string) => r.length - r.trimStart().length;
  const caps = (t: string) => /^[A-Z][A-Z .'-]+$/.test(t);
  /** Capitals set where speech stands that open two rows or more (`PAT SR.`): a drifted cue, by the file's own count. */
  const counts = new Map<string, number>();
  for (const r of rows) if (indent(r) === 11 && caps(r.trim())) counts.set(r.trim(), (counts.get(r.trim()) ?? 0) + 1);
  /** A cue by the layout: capitals far in, or where speech stands with a title or said again. */
  const isCue = (r: string) => {
    const t = r.trim();
    return (indent(r) >= 20 && caps(t)) || (indent(r) === 11 && caps(t) && t.split(' ').length <= 3 && (/^(?:DR|MR|MRS)\. /.test(t) || counts.get(t)! >= 2));
  };
  /** Who says each spoken row, by the script's own layout: a cue (far in, titled, or drifted), then rows set where speech stands until the action's margin. */
  function spoken(): Array<{ row: string; who: string; line: number }> {
    const out: Array<{ row: string; who: string; line: number }> = [];
    let cue: string | null = null;
    for (const [i, r] of rows.entries()) {
      const t = r.trim();
      if (!t || /^\(.*\)$/.test(t) || /^\d+\.$/.test(t)) continue;
      if (isCue(r)) cue = t.replace(/ \(CONT'D\)$/, '');
      else if (indent(r) <= 10) cue = null;
      else if (cue && indent(r) === 11) out.push({ row: t, who: cue, line: i + 1 });
    }
    return out;
  }
  const shown = (cue: string) => cue.toLowerCase().replace(/(^|[ .])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()).replace(/^Cia /, 'CIA ');

  it('gives every spoken row to its cue', () => {
    const expected = spoken();
    expect(expected.length).toBeGreaterThanOrEqual(15);
    // The quote that holds the row: the last to start at or before its line, if its words are there.
    const got = expected.map(({ row, line }) => {
      const q = quotes.filter((x) => x.position.line <= line).at(-1);
      return q && q.text.includes(row.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(' ').slice(0, 4).join(' ')) ? (q.speaker?.name ?? null) : 'not in that quote';
    });
    expect(got).toEqual(expected.map((e) => shown(e.who)));
  });

  it('names no one from a line of speech, and keeps action out of the speeches', () => {
    // Only the rows the layout makes cues (as `spoken` reads them), not every line in capitals: a shouted line is no one.
    const cues = new Set(rows.filter((r) => isCue(r)).map((r) => shown(r.trim().replace(/ \(CONT'D\)$/, ''))));
    expect(quotes.filter((q) => q.speaker && !cues.has(q.speaker.name)).map((q) => q.speaker!.name)).toEqual([]);
    const action = rows.filter((r) => indent(r) === 10 && r.trim().split(' ').length >= 3 && !/^(?:INT|EXT)\./.test(r.trim())).map((r) => r.trim());
    expect(action.length).toBeGreaterThan(3);
    expect(quotes.filter((q) => action.some((a) => q.text.includes(a))).map((q) => q.text.slice(0, 60))).toEqual([]);
  });
});
