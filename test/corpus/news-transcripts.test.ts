/**
 * Labels as broadcast and committee transcripts write them, found in a sweep of real files: how the
 * words reach us in brackets (`CATHERINE HERRIDGE, FOX CORRESPONDENT (voice-over):`), a cover's and an
 * appearance list's headings (`INTERVIEW OF:`, `FOR THE WITNESS:`, `SENATE JUDICIARY COMMITTEE:`), and
 * a panel's full names said once, then dotted initials a letter apart (`J.C.:`, `J.M.:`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';
import { buildSource } from '../../server/corpus/build.ts';
import { nameTokens, SpeakerRegistry } from '../../server/corpus/speakers.ts';

function read(text: string) {
  return buildSource({ path: 'show.txt', slug: 'show', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
}
const said = (text: string) => read(text).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);

describe('a news transcript saying how the words reach us', () => {
  it('reads `(voice-over)`, `(on camera)`, `(through translator)` before the colon as no part of the name or the role', () => {
    expect(lineLabel('CATHERINE HERRIDGE, FOX CORRESPONDENT (voice-over):  This 11-page summary')).toMatchObject({ label: 'CATHERINE HERRIDGE', role: 'FOX CORRESPONDENT', style: 'inline' });
    expect(lineLabel('HERRIDGE (voice-over): Clinton told agents')).toMatchObject({ label: 'HERRIDGE', role: undefined });
    expect(lineLabel('ROBIN OAKLEY, CNN CORRESPONDENT (voice over): When police swooped')).toMatchObject({ label: 'ROBIN OAKLEY' });
    expect(lineLabel('PRESIDENT KARZAI (through translator): We agree.')).toMatchObject({ label: 'PRESIDENT KARZAI' });
    expect(lineLabel('SMITH (laughs): Well, yes.')).toMatchObject({ label: 'SMITH' });
    expect(lineLabel('JONES (crosstalk): No, wait.')).toMatchObject({ label: 'JONES' });
    // A member's party and state before the role.
    expect(lineLabel('SEN. TIM SCOTT (R-SC), BANKING COMMITTEE: We need answers.')).toMatchObject({ label: 'SEN. TIM SCOTT', role: 'BANKING COMMITTEE' });
    // Other words in brackets there make no label of the line.
    expect(lineLabel('JOHN KING, CNN (Atlanta): Good evening.')).toBeNull();
  });

  it('gives a page whose labels say so to their speakers, not to the page as prose', () => {
    const page = [
      'TUCKER CARLSON, GUEST HOST:  Welcome to the program. It is the scandal that just will not go away.',
      'Joining us now with the very latest is our own Catherine Herridge -- Catherine.',
      'CATHERINE HERRIDGE, FOX CORRESPONDENT (voice-over):  This 11-page summary shows she could not remember key details.',
      'Critics are not buying it.',
      'CHRISTOPHER FARRELL, JUDICIAL WATCH:  What is implausible is the selective amnesia.',
      'HERRIDGE (voice-over):  She told agents she could not recall the briefings.',
    ].join('\n\n');
    expect(said(page)).toEqual([
      'Tucker Carlson: Welcome to the program. It is the scandal that just will not go away.\n\nJoining us now with the very latest is our own Catherine Herridge -- Catherine.',
      'Catherine Herridge: This 11-page summary shows she could not remember key details.\n\nCritics are not buying it.',
      'Christopher Farrell: What is implausible is the selective amnesia.',
      'Catherine Herridge: She told agents she could not recall the briefings.',
    ]);
  });
});

describe('a news transcript reflowed to short lines', () => {
  // The shape of a PBS NewsHour transcript copied to text (a real page, /work/ext/real8 in the sweep):
  // a guest's label broken after the role's first part.
  const page = [
    'JUDY WOODRUFF: And finally: Rethinking College.',
    'The airline industry is booming, but the cockpits',
    'are empty.',
    'BRYAN MCKUNE, Manager of Pilot Development,',
    'Alaska Airlines: It\'s being very competitive,',
    'and there\'s only so many.',
    'JUDY WOODRUFF: All that and more on tonight\'s',
    '"PBS NewsHour."',
  ];

  it('joins no caption in capitals that opens with a word of speech', () => {
    const turns = said(['LESTER HOLT: The family spoke to us.', 'WE LOVED HIM, HE WAS OUR SON,', 'Mother: and we will never forget him.', 'LESTER HOLT: A loss for the town.'].join('\n'));
    expect(turns.some((t) => t.startsWith('We Loved Him'))).toBe(false);
  });

  it('reads a label broken across two lines as one: the name, not its employer, speaks', () => {
    const turns = read(page.join('\n')).quotes;
    expect(turns.map((q) => q.speaker?.name)).toEqual(['Judy Woodruff', 'Bryan McKune', 'Judy Woodruff']);
    expect(turns[0]!.text).toBe('And finally: Rethinking College. The airline industry is booming, but the cockpits are empty.');
    expect(turns[1]).toMatchObject({ text: "It's being very competitive, and there's only so many.", speaker: { role: 'Manager of Pilot Development, Alaska Airlines' } });
    // Offsets stay the file's own, with Windows line ends too.
    const crlf = read(page.join('\r\n'));
    const text = page.join('\r\n');
    expect(text.slice(crlf.quotes[1]!.position.start, crlf.quotes[1]!.position.start + 4)).toBe("It's");
    expect(crlf.quotes.map((q) => q.speaker?.name)).toEqual(['Judy Woodruff', 'Bryan McKune', 'Judy Woodruff']);
  });

  it('joins no line that is not half a label in capitals', () => {
    // A sentence in a turn that happens to end on a comma, then a label of its own.
    const turns = said('HOLT: We spoke with JOHN SMITH, the mayor,\nand he said no.\nSMITH: That is right.\nHOLT: Thank you, MARY JONES, for that,\nJONES: You are welcome.');
    expect(turns.map((t) => t.split(':')[0])).toEqual(['Holt', 'Smith', 'Holt', 'Jones']);
  });
});

describe('a label of an initial and a surname', () => {
  it('is the full name of that initial and surname said before, and no one else of the surname', () => {
    // The shape of a real CNN transcript (the sweep): a couple, both Kings, then each by initial.
    const show = said(
      ["MILES O'BRIEN, CNN ANCHOR: Welcome, both of you.", 'JOHN KING, FLIGHT INSTRUCTOR: Good to be here, Miles.', 'MARTHA KING, FLIGHT INSTRUCTOR: Good to see you.', "O'BRIEN: Let's talk about the system.", 'J. KING: Well, maybe so.', 'M. KING: I agree with John.'].join('\n\n'),
    );
    expect(show.map((t) => t.split(':')[0])).toEqual(["Miles O'Brien", 'John King', 'Martha King', "Miles O'Brien", 'John King', 'Martha King']);
    // Two Kings of one initial: `J. KING` is neither.
    const two = said(["MILES O'BRIEN, CNN ANCHOR: Welcome, both.", 'JOHN KING: Hello.', 'JANE KING: Hi.', "O'BRIEN: Who flies?", 'J. KING: I do.', "O'BRIEN: Good.", 'JANE KING: Yes.'].join('\n\n'));
    expect(two.map((t) => t.split(':')[0])).toEqual(["Miles O'Brien", 'John King', 'Jane King', "Miles O'Brien", 'J. King', "Miles O'Brien", 'Jane King']);
    // Nor is `J. KING` the John King said again once it is in use: a brother, Jeff.
    const brothers = said(["MILES O'BRIEN, CNN ANCHOR: Welcome.", 'JOHN KING: Hello.', "O'BRIEN: Jeff, you first.", 'J. KING: I fly.', 'JOHN KING: So do I.', 'J. KING: Since 1990.'].join('\n\n'));
    expect(brothers.filter((t) => t.startsWith('J')).map((t) => t.split(':')[0])).toEqual(['John King', 'J. King', 'John King', 'J. King']);
  });
});

describe("a White House briefing's questions", () => {
  it('reads `Q (Inaudible.)`, the wide space after Q lost in a copy, as a question: the official\'s turn ends there', () => {
    // The shape of a real briefing (the sweep): before, the reporter's interjection was part of the official's turn.
    expect(lineLabel('Q (Inaudible.)')).toMatchObject({ label: 'Q', textStart: 2 });
    expect(lineLabel('Q Street is closed.')).toBeNull();
    // Only before a note of a question not heard: a physics note's `Q (the quality factor)`, an exam's `Q (a)` are words.
    expect(lineLabel('Q (the quality factor) measures how underdamped it is.')).toBeNull();
    expect(lineLabel('Q (a) Define the term.')).toBeNull();
    expect(lineLabel('Q (Off-mic.) -- follow-up?')).toMatchObject({ label: 'Q' });
    const briefing = read(['MR. DEERE: Hi, everybody. I am going to lay out --', 'Q (Inaudible.)', 'MR. DEERE: It is always a busy news day around here.', 'SENIOR ADMINISTRATION OFFICIAL: Hi, everyone.'].join('\n'));
    expect(briefing.quotes.find((q) => q.text.startsWith('Hi, everybody'))!.text).toBe('Hi, everybody. I am going to lay out --');
  });
});

describe("the European Parliament's verbatim report", () => {
  it('reads a name, perhaps a role, a full stop and a dash before the speech as a label, in any of its languages', () => {
    // The shape of the Parliament's CRE pages (two real ones in the sweep).
    expect(lineLabel("President. – The first item on today's agenda is the presentation.")).toMatchObject({ label: 'President', style: 'inline', textStart: 13 });
    expect(lineLabel('Ursula von der Leyen, President-elect Commission. – Honourable Members,')).toMatchObject({ label: 'Ursula von der Leyen', role: 'President-elect Commission' });
    expect(lineLabel('René Aust, im Namen der ESN-Fraktion. – Frau Präsidentin!')).toMatchObject({ label: 'René Aust', role: 'im Namen der ESN-Fraktion' });
    // A sentence with a dash after its full stop is no label.
    expect(lineLabel('He paused. – Then he left.')).toBeNull();
    const debate = said(
      [
        'President. – The next item is the Commission statement on the Middle East.',
        'Dubravka Šuica, Member of the Commission. – Madam President, honourable Members, the situation remains dire.',
        'President. – Thank you, Commissioner. We now move to the groups.',
        'Michael Gahler, on behalf of the PPE Group. – Madam President, we need a ceasefire now.',
        'Hannes Heide, im Namen der S&D-Fraktion. – Frau Präsidentin! Wir brauchen eine Lösung.',
        'President. – The debate is closed.',
      ].join('\n\n'),
    );
    expect(debate.map((t) => t.slice(0, t.indexOf(':')))).toEqual(['President', 'Dubravka Šuica', 'President', 'Michael Gahler', 'Hannes Heide', 'President']);
    expect(debate[1]).toBe('Dubravka Šuica: Madam President, honourable Members, the situation remains dire.');
  });
});

describe("a transcript page's title", () => {
  it('is no link back up the site, nor a transcription template or a recording file name', () => {
    // CNN's transcript pages open on a link (a real page in the sweep); Word's Transcribe on its template.
    const page = read("Return to Transcripts main page\n\nAMERICAN MORNING\n\nMILES O'BRIEN, CNN ANCHOR: Good morning.\n\nSOLEDAD O'BRIEN, CNN ANCHOR: Good morning.\n\nM. O'BRIEN: We begin.\n");
    expect(page.source.meta.title).toBe('AMERICAN MORNING');
    // A title may open as a link does: `Back to the Future` is a title.
    expect(read('BACK TO THE FUTURE\n\nMARTY: Doc!\n\nDOC: Marty!\n\nMARTY: Doc, listen.\n').source.meta.title).toBe('BACK TO THE FUTURE');
    const word = read('Audio file\nWhatsApp Audio 2023-12-16 at 01.30.06.mp4\nTranscript\n\nJANE DOE: Hello.\n\nJOHN ROE: Hi.\n\nJANE DOE: Good.\n');
    expect(word.source.meta.title).not.toMatch(/Audio file|\.mp4|^Transcript$/);
  });
});

describe('a role for a label', () => {
  it('reads `HOST:` and `GUEST:` before speech as the host and the guest, and a show note naming them as no one', () => {
    const show = said(['HOST: Welcome, both.', 'JOHN KING: Hello.', 'HOST: Who flies?', 'GUEST: I do.', 'HOST: Good.'].join('\n\n'));
    // Before, the host's lines were part of the guests' turns before them.
    expect(show).toEqual(['Host: Welcome, both.', 'John King: Hello.', 'Host: Who flies?', 'Guest: I do.', 'Host: Good.']);
    const notes = said(['Host: Jane Doe', '', 'Guest: John Roe', '', 'Jane Doe: Welcome to the show.', '', 'John Roe: Thanks for having me.', '', 'Jane Doe: Let us start.'].join('\n'));
    expect(notes.slice(-3)).toEqual(['Jane Doe: Welcome to the show.', 'John Roe: Thanks for having me.', 'Jane Doe: Let us start.']);
    expect(notes.slice(0, -3).every((t) => t.startsWith('-'))).toBe(true);
    // Credits on lines of their own, in capitals, with a description, above and below speech by HOST and GUEST: no one's words.
    const both = said(['THE BIRD HOUR', 'HOST: Jane Doe', 'GUEST: John Roe, ornithologist', '', 'HOST: Welcome. Why owls?', '', 'GUEST: They are quiet.', '', 'HOST: Thank you.', '', 'Host: Jane Doe', 'Producer: Sam Lee'].join('\n'));
    expect(both.filter((t) => !t.startsWith('-'))).toEqual(['Host: Welcome. Why owls?', 'Guest: They are quiet.', 'Host: Thank you.']);
  });
});

describe("a committee transcript's cover and appearance list", () => {
  it('names no speaker `Interview Of`, `For The Witness` or `Senate Judiciary Committee`', () => {
    const text = [
      ' SENATE JUDICIARY COMMITTEE',
      ' INTERVIEW OF:  GLENN SIMPSON',
      'APPEARANCES:',
      'SENATE JUDICIARY COMMITTEE:',
      'Patrick Davis, Deputy Chief Investigative Counsel,',
      '   Chairman Grassley',
      'FOR THE WITNESS:',
      'Joshua Levy, Cunningham Levy Muse',
      '',
      'MR. DAVIS: Good morning. This is the transcribed interview of Glenn Simpson.',
      '',
      'MR. LEVY: Good morning.',
      '',
      'MR. DAVIS: Let us begin.',
      '',
      'MR. LEVY: Go ahead.',
    ].join('\n');
    const names = read(text).quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : []));
    expect(names).toEqual(['Mr. Davis', 'Mr. Levy', 'Mr. Davis', 'Mr. Levy']);
  });
});

describe('a panel of full names said once, then dotted initials', () => {
  const file = path.join(import.meta.dirname, '../fixtures/real/labelled/railsconf-2014-panel-names-then-dotted-initials.txt');
  const text = readFileSync(file, 'utf8');
  /** The file's own key, by this test's reading: each `FULL NAME:` gives its initials (`JEFF CASIMIR:` → `JC`). */
  const fullNames = new Map([...text.matchAll(/^([A-Z]+) ([A-Z]+): /gm)].map((m) => [`${m[1]![0]}${m[2]![0]}`, `${m[1]} ${m[2]}`]));

  it('keeps people apart whose initials differ by a letter, and gives each initials the full name they stand for', async () => {
    const { quotes } = await inspectFile(file);
    expect(fullNames.size).toBe(7);
    let checked = 0;
    for (const [i, row] of text.split('\n').entries()) {
      const m = /^([A-Z])\.([A-Z])\.: /.exec(row);
      if (!m) continue;
      const quote = quotes.find((q) => q.position.line === i + 1);
      const full = fullNames.get(`${m[1]}${m[2]}`);
      // `R.N.:` stands for no full name here: it keeps its own.
      expect(nameTokens(quote?.speaker?.name ?? ''), `line ${i + 1}`).toEqual(full ? nameTokens(full) : [m[1]!.toLowerCase(), m[2]!.toLowerCase()]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(80);
    expect(nameTokens('J.C.')).not.toEqual(nameTokens('J.M.'));
  });

  it('gives initials no full name said again once they are in use, nor one their own words deny, and reads initials opening a name', () => {
    // An interviewer and a guest who share initials take turns: two people.
    const show = said('JOHN CARTER: Welcome to the show.\n\nJ.C.: Thanks for having me.\n\nJOHN CARTER: Tell us about the book.\n\nJ.C.: It is about my grandmother.');
    expect(show.filter((t) => t.startsWith('John Carter'))).toHaveLength(2);
    const undotted = said('JOHN CARTER: Welcome to the show.\n\nJC: Thanks for having me.\n\nJOHN CARTER: Tell us about the book.\n\nJC: It is about my grandmother.');
    expect(undotted.filter((t) => t.startsWith('John Carter'))).toHaveLength(2);
    const introduced = said("JOHN CARTER: Our guest is here.\n\nJ.C.: Hi, I'm Julie Cross.\n\nMARY HALL: Welcome.\n\nJ.C.: Thank you.");
    expect(introduced.filter((t) => t.startsWith('John Carter'))).toHaveLength(1);
    // Initials that thank the full name's first name, or stand for someone else the text names, are not him.
    const thanks = said('JOHN CARTER: Welcome.\n\nJ.C.: Thanks, John.\n\nB.L.: Same.\n\nJ.C.: Yes.');
    expect(thanks.filter((t) => t.startsWith('John Carter'))).toHaveLength(1);
    const guests = said('JOHN CARTER: With us today are Jen Chu from Acme and Bob Lee from Initech.\n\nJ.C.: Hiring is the hardest part.\n\nB.L.: Same for me.\n\nJ.C.: We interview fifty people a month.');
    expect(guests.filter((t) => t.startsWith('John Carter'))).toHaveLength(1);
    // `J. C. WATTS` said once, then `J.C.`: one man.
    const board = said('J. C. WATTS: Good morning.\n\nJ.C.: Let us start with the budget.\n\nMARY HALL: The budget is balanced.\n\nJ.C.: Good.');
    expect(board.filter((t) => t.startsWith('J. C. Watts'))).toHaveLength(3);
  });
});

describe('a broadcast transcript’s head (CNN, a new user’s trial)', () => {
  it('dates the source by the day it aired (`Aired December 14, 2005 - 08:00 ET`), and tells two anchors named O’Brien apart', async () => {
    const parsed = await inspectFile('test/fixtures/real/labelled/cnn-american-morning-2005-12-14-aired-excerpt.txt');
    expect(parsed.source.meta.date).toBe('2005-12-14');
    expect(parsed.source.meta.inferred).toContain('date');
    expect(parsed.quotes.find((q) => q.text.startsWith('I hadn'))?.speaker?.name).toBe("Miles O'Brien");
    expect(parsed.quotes.find((q) => q.text.startsWith('Let\'s get right'))?.speaker?.name).toBe("Soledad O'Brien");
  });
});
