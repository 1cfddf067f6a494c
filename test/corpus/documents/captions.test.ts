/**
 * Captions in SubStation Alpha and TTML, and Final Draft scripts: converted to the form their reader
 * knows (WebVTT, Fountain) and read from it. The real files are in the conformance suite
 * (test/fixtures/real/subtitles, screenplay); these pin each rule of the conversion on small inputs,
 * and the errors a user sees.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assToWebVtt } from '../../../server/corpus/documents/ass.ts';
import { fdxToFountain } from '../../../server/corpus/documents/fdx.ts';
import { convertedText } from '../../../server/corpus/documents/index.ts';
import { ttmlSeconds, ttmlToWebVtt } from '../../../server/corpus/documents/ttml.ts';
import { ParseError } from '../../../server/corpus/errors.ts';
import { loadSourceFile } from '../../../server/corpus/source-file.ts';
import { SpeakerRegistry } from '../../../server/corpus/speakers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-captions-'));

/** Index one file as the loader does, and give its quotes as `speaker: text`. */
async function quotesOf(name: string, text: string | Buffer): Promise<string[]> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const parsed = await loadSourceFile(file, { displayPath: name, slug: name.replace(/\W/g, '-'), collection: null, registry: new SpeakerRegistry([]) });
  return parsed.quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}

const ASS_HEAD = `[Script Info]
ScriptType: v4.00+

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
`;
const dialogue = (start: string, end: string, style: string, name: string, text: string) => `Dialogue: 0,${start},${end},${style},${name},0,0,0,,${text}\n`;

describe('SubStation Alpha', () => {
  it("reads the Name field as the speaker, override tags as styling, \\N as a line break and Comment lines as notes", async () => {
    const text =
      ASS_HEAD +
      dialogue('0:00:01.00', '0:00:03.50', 'Default', 'Ann Lee', '{\\i1}Hello{\\i0} there,\\Nfriend & co.') +
      'Comment: 0,0:00:02.00,0:00:03.00,Default,Bob,0,0,0,,a note to the typesetter\n' +
      dialogue('0:00:04.00', '0:00:06.00', 'Default', 'Bob', 'Hi, Ann. Nice to see you.');
    const vtt = assToWebVtt(text, 'a.ass');
    expect(vtt).toContain('00:00:01.000 --> 00:00:03.500\n<v Ann Lee>Hello there,\nfriend &amp; co.</v>');
    expect(vtt).not.toContain('typesetter');
    expect(await quotesOf('names.ass', text)).toEqual(['Ann Lee: Hello there, friend & co.', 'Bob: Hi, Ann. Nice to see you.']);
  });

  it('keeps songs and signs out of speech, and never makes a speaker of a sign, a song or a template tag in the Name field', async () => {
    const text =
      ASS_HEAD +
      dialogue('0:00:01.00', '0:00:02.00', 'OP1', 'rom', '{\\k20}Ka{\\k30}ze') +
      dialogue('0:00:02.00', '0:00:03.00', 'Default', 'OP LYRICS', 'The wind blows') +
      dialogue('0:00:03.00', '0:00:04.00', 'Signs', '', '{\\pos(100,200)}CITY HALL') +
      dialogue('0:00:04.00', '0:00:05.00', 'Default', 'TEXT', 'Chapter One') +
      dialogue('0:00:05.00', '0:00:06.00', 'Default', '', '{\\p1}m 0 0 l 100 0 100 100{\\p0}') +
      dialogue('0:00:06.00', '0:00:08.00', 'Default', 'KING', 'Kneel before me.');
    const vtt = assToWebVtt(text, 'b.ass');
    expect(vtt).toContain('♪ Kaze ♪');
    expect(vtt).toContain('♪ The wind blows ♪');
    expect(vtt).toContain('[CITY HALL]');
    expect(vtt).toContain('[Chapter One]');
    expect(vtt).not.toContain('m 0 0');
    expect(await quotesOf('songs.ass', text)).toEqual(['King: Kneel before me.']);
  });

  it("reads a real opening song's karaoke as a song: its lines between ♪, no one speaking, the template's Lua in Comment lines left out", async () => {
    const file = 'test/fixtures/real/subtitles/kaleido-kimetsu-op1-karaoke-excerpt.ass';
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^Comment:.*function/m);
    const vtt = assToWebVtt(text, file);
    const captions = vtt.split('\n\n').slice(1).filter((c) => c.trim() !== '');
    expect(captions.length).toBeGreaterThanOrEqual(10);
    for (const caption of captions) expect(caption.trim().split('\n').slice(1).every((line) => line.startsWith('♪ ') || line.startsWith('[')), caption).toBe(true);
    expect(vtt).not.toMatch(/function|<v /);
    expect(await quotesOf('karaoke.ass', text)).toEqual([]);
  });

  it('keeps characters named like a song or a sign (Ed, Kara, Staff Sergeant Miller) as speakers, and a name with & as written', async () => {
    const text =
      ASS_HEAD +
      dialogue('0:00:01.00', '0:00:02.00', 'Default', 'Ed', 'We have to get our bodies back.') +
      dialogue('0:00:03.00', '0:00:04.00', 'Default', 'Kara', 'I fly.') +
      dialogue('0:00:05.00', '0:00:06.00', 'Default', 'Staff Sergeant Miller', 'Move out.') +
      dialogue('0:00:07.00', '0:00:08.00', 'Default', 'AT&T Operator', 'Please hold.');
    expect(assToWebVtt(text, 'e.ass')).toContain('<v AT&amp;T Operator>');
    expect(await quotesOf('characters.ass', text)).toEqual(['Ed: We have to get our bodies back.', 'Kara: I fly.', 'Staff Sergeant Miller: Move out.', 'AT&T Operator: Please hold.']);
  });

  it('refuses a Dialogue line with fewer fields than its Format line, naming the line', () => {
    expect(() => assToWebVtt(ASS_HEAD + 'Dialogue: 0,0:00:01.00,0:00:02.00,Default,Ann\n', 'short.ass')).toThrow(/short\.ass:6: this Dialogue line has no text/);
  });

  it('reads captions in time order, whatever order the file lists them in', () => {
    const vtt = assToWebVtt(ASS_HEAD + dialogue('0:00:05.00', '0:00:06.00', 'Default', 'B', 'Second.') + dialogue('0:00:01.00', '0:00:02.00', 'Default', 'A', 'First.'), 'c.ass');
    expect(vtt.indexOf('First.')).toBeLessThan(vtt.indexOf('Second.'));
  });

  it('refuses a file with no Dialogue lines, and names the line of a time it cannot read', () => {
    expect(() => assToWebVtt('[Script Info]\nTitle: x\n', 'empty.ass')).toThrow(/empty\.ass: no "Dialogue:" lines under \[Events\]/);
    const bad = ASS_HEAD + dialogue('0:00:01.00', '0:00:02.00', 'Default', 'A', 'Fine.') + dialogue('soon', 'later', 'Default', 'A', 'Not fine.');
    const error = (() => {
      try {
        assToWebVtt(bad, 'bad.ass');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ file: 'bad.ass', line: 7 });
  });
});

const tt = (body: string, head = '', attrs = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ${attrs}>\n<head>${head}</head>\n<body>${body}</body>\n</tt>\n`;

describe('TTML', () => {
  it('reads clock times, frames, ticks and offsets, counted from the begin of the div around them', () => {
    const rates = { frame: 25, subFrame: 1, tick: 10_000_000 };
    expect(ttmlSeconds('00:01:02.5', rates)).toBe(62.5);
    expect(ttmlSeconds('00:00:38:05', rates)).toBeCloseTo(38.2);
    expect(ttmlSeconds('101351250t', rates)).toBeCloseTo(10.135125);
    expect(ttmlSeconds('1.5s', rates)).toBe(1.5);
    expect(ttmlSeconds('1500ms', rates)).toBe(1.5);
    expect(ttmlSeconds('2m', rates)).toBe(120);
    expect(ttmlSeconds('soon', rates)).toBeUndefined();
    const vtt = ttmlToWebVtt(tt('<div begin="10s"><p begin="1s" end="3s">Hello</p><p begin="00:00:04.000" dur="2s">Again</p></div>'), 'a.ttml');
    expect(vtt).toContain('00:00:11.000 --> 00:00:13.000\nHello');
    expect(vtt).toContain('00:00:14.000 --> 00:00:16.000\nAgain');
  });

  it("names a caption's speaker from its agent's name in the head, and no one for an agent without a name", async () => {
    const head = '<metadata><ttm:agent xml:id="a1" type="person"><ttm:name type="full">Ann Lee</ttm:name></ttm:agent><ttm:agent xml:id="s2" type="person"/></metadata>';
    const body = '<div><p begin="1s" end="3s" ttm:agent="a1">Welcome back,<br/>everyone &amp; all.</p><p begin="4s" end="6s" ttm:agent="s2">Thanks <span tts:fontStyle="italic">so</span> much.</p></div>';
    const text = tt(body, head);
    expect(ttmlToWebVtt(text, 'b.ttml')).toContain('<v Ann Lee>Welcome back,\neveryone &amp; all.</v>');
    expect(await quotesOf('agents.ttml', text)).toEqual(['Ann Lee: Welcome back, everyone & all.', '-: Thanks so much.']);
  });

  it('keeps a caption in italics (its own fontStyle or a style it names) in italics, so a voice-over named in brackets carries on', async () => {
    const head = '<styling><style xml:id="s1" tts:fontStyle="italic"/></styling>';
    const body = '<div><p begin="1s" end="2s" style="s1">[Alba] In 1928, women were</p><p begin="3s" end="4s"><span tts:fontStyle="italic">something like ornaments.</span></p><p begin="5s" end="6s" style="s1">Objects without a voice.</p><p begin="7s" end="8s">Leave her alone.</p><p begin="8s" end="9s">[door slams]</p>' + '<p begin="9s" end="10s">Go.</p>'.repeat(8) + '</div>';
    const vtt = ttmlToWebVtt(tt(body, head), 'i.ttml');
    expect(vtt).toContain('<i>something like ornaments.</i>');
    expect(vtt).not.toContain('<i>Leave');
    const quotes = await quotesOf('italic.ttml', tt(body, head));
    expect(quotes[0]).toBe('Alba: In 1928, women were something like ornaments. Objects without a voice.');
    expect(quotes[1]).toMatch(/^-: Leave her alone\./);
  });

  it('ends a caption without an end of its own with its div, or with the next caption, and decodes numeric character references', () => {
    const vtt = ttmlToWebVtt(tt('<div begin="3s" end="10s"><p>It&#8217;s &#x201C;here&#x201D;.</p></div>'), 'e.ttml');
    expect(vtt).toContain('00:00:03.000 --> 00:00:10.000\nIt’s “here”.');
    const next = ttmlToWebVtt(tt('<div><p begin="1s">First.</p><p begin="4s">Second.</p></div><div begin="2s" end="9s"><p>Between.</p></div>'), 'f.ttml');
    expect(next).toContain('00:00:01.000 --> 00:00:02.000\nFirst.');
    expect(next).toContain('00:00:02.000 --> 00:00:04.000\nBetween.');
  });

  it('reads thousands of captions sharing one begin in time linear in their number', () => {
    const flat = (n: number) => tt(`<div begin="1s" end="5s">${Array.from({ length: n }, (_, i) => `<p>L${i}</p>`).join('')}</div>`);
    const time = (n: number) => {
      const text = flat(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        ttmlToWebVtt(text, 'flat.ttml');
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(2000);
    // Quadratic, 40,000 captions took seconds where 10,000 took a fraction of one; a generous bound, not a speed target.
    expect(time(40_000) / Math.max(time(10_000), 1)).toBeLessThan(10);
  });

  it('starts an unnamed turn where speech changes colour (BBC style) or a caption has no agent in a file of agents, and keeps a label in its own colour with its words', async () => {
    const head = '<styling><style xml:id="w" tts:color="white"/><style xml:id="y" tts:color="yellow"/><style xml:id="c" tts:color="cyan"/></styling>';
    const p = (t: number, body: string) => `<p begin="${t}s" end="${t + 1}s">${body}</p>`;
    const body = `<div>${p(1, '<span style="w">DAVID:</span><span style="c"> It meant so much.</span>')}${p(2, '<span style="c">It really did.</span>')}${p(3, '<span style="y">I love David Tennant.</span>')}${p(4, '<span style="c">Thank you.</span>')}</div>`;
    expect(await quotesOf('colours.ttml', tt(body, head))).toEqual(['David: It meant so much. It really did.', '-: I love David Tennant.', '-: Thank you.']);
  });

  it('keeps a word set in colour within a line, and captions of no words, out of the speaker changes', async () => {
    const head = '<styling><style xml:id="w" tts:color="#FFFFFF"/><style xml:id="y" tts:color="yellow"/></styling>';
    const p = (t: number, body: string) => `<p begin="${t}s" end="${t + 1}s">${body}</p>`;
    const body = `<div>${p(1, '<span style="w">JOHN: This is a </span><span style="y">really</span><span style="w"> important point,</span>')}${p(2, '<span style="w">♪</span>')}${p(3, '<span style="w">and I stand by it.</span>')}</div>`;
    expect(await quotesOf('emphasis.ttml', tt(body, head))).toEqual(['John: This is a really important point, and I stand by it.']);
  });

  it("says which line of the converted text a reader's warning is about, not a line of the user's file", async () => {
    const file = path.join(dir, 'backwards.ttml');
    writeFileSync(file, tt('<div><p begin="5s" end="3s">Backwards.</p><p begin="6s" end="7s">Fine.</p></div>'));
    const parsed = await loadSourceFile(file, { displayPath: 'backwards.ttml', slug: 'backwards', collection: null, registry: new SpeakerRegistry([]) });
    const warning = parsed.warnings.find((w) => /End timestamp/.test(w.message));
    expect(warning).toBeDefined();
    expect(warning!.line).toBeUndefined();
    expect(warning!.message).toMatch(/\(line \d+ of the WebVTT it was converted to\)$/);
  });

  it('reads a .xml file whose root is <tt> as TTML, with the prefixes EBU-TT-D writes', async () => {
    const text = `<?xml version="1.0"?>\n<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body><tt:div><tt:p begin="00:00:01.000" end="00:00:02.000"><tt:span>DAVID:</tt:span><tt:span> It meant so much.</tt:span></tt:p><tt:p begin="00:00:03.000" end="00:00:04.000"><tt:span>CHUCKLING:</tt:span><tt:span> So...!</tt:span></tt:p></tt:div></tt:body></tt:tt>\n`;
    expect(convertedText('xml', text, 'c.xml')?.ext).toBe('.vtt');
    // A BBC manner label (how a line is said) is no speaker.
    expect(await quotesOf('ebu.xml', text)).toEqual(['David: It meant so much.', '-: So...!']);
  });

  it('refuses XML that is not well formed (with its line), another root, no captions, and a time it cannot read', () => {
    expect(() => ttmlToWebVtt('<tt>\n<body>\n<p>open</body></tt>', 'a.ttml')).toThrow(/a\.ttml:3: not well-formed XML/);
    expect(() => ttmlToWebVtt('<html><body/></html>', 'b.ttml')).toThrow(/not a TTML document: its root element is <html>/);
    expect(() => ttmlToWebVtt(tt('<div></div>'), 'c.ttml')).toThrow(/no captions/);
    expect(() => ttmlToWebVtt(tt('<div>\n<p begin="later" end="2s">x</p></div>'), 'd.ttml')).toThrow(/d\.ttml:5: a caption's begin time "later" could not be read/);
  });

  it('refuses spans nested thousands deep with an error, not a stack overflow', () => {
    const deep = tt(`<div><p begin="1s" end="2s">${'<span>'.repeat(5000)}x${'</span>'.repeat(5000)}</p></div>`);
    expect(() => ttmlToWebVtt(deep, 'deep.ttml')).toThrow(ParseError);
  });
});

const fdx = (content: string, titlePage = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="1">\n<Content>\n${content}\n</Content>\n${titlePage}</FinalDraft>\n`;
const para = (type: string, ...runs: string[]) => `<Paragraph Type="${type}">${runs.map((r) => `<Text>${r}</Text>`).join('')}</Paragraph>`;

describe('Final Draft', () => {
  it('reads cues in capitals over their dialogue, parentheticals and dual dialogue, and no one in action, headings or transitions', async () => {
    const content = [
      para('Scene Heading', 'INT. KITCHEN - NIGHT'),
      para('Action', 'MARIA stirs a pot.'),
      para('Character', 'MARIA'),
      para('Parenthetical', '(not looking up)'),
      para('Dialogue', 'You’re ', 'late', '.'),
      para('Character', 'Dr. Okafor (O.S.)'),
      para('Dialogue', 'Traffic.'),
      `<Paragraph><DualDialogue>${para('Character', 'MARIA')}${para('Dialogue', 'Again?')}${para('Character', 'TOMAS')}${para('Dialogue', 'Again.')}</DualDialogue></Paragraph>`,
      para('Transition', 'CUT TO:'),
      para('Scene Heading', 'ROOFTOP'),
    ].join('\n');
    const title = '<TitlePage><Content><Paragraph Alignment="Center"><Text>THE LATE SUPPER</Text></Paragraph><Paragraph Alignment="Center"><Text>Written by</Text></Paragraph><Paragraph Alignment="Center"><Text>Jo Park</Text></Paragraph></Content></TitlePage>';
    const fountain = fdxToFountain(fdx(content, title), 'a.fdx');
    expect(fountain.startsWith('Title: THE LATE SUPPER\nAuthor: Jo Park\n')).toBe(true);
    expect(fountain).toContain('\nDR. OKAFOR (O.S.)\nTraffic.\n');
    expect(fountain).toContain('\nTOMAS ^\nAgain.\n');
    expect(fountain).toContain('\n.ROOFTOP\n');
    expect(await quotesOf('supper.fdx', fdx(content, title))).toEqual(['Maria: You’re late.', 'Dr. Okafor: Traffic.', 'Maria: Again?', 'Tomas: Again.']);
  });

  it('leaves hidden text and script notes out, and reads a centred title card as no cue', async () => {
    const content = [
      '<Paragraph Type="Action" Alignment="Center"><Text>BRICK BRADDOCK\n&amp; DICK STEEL IN</Text></Paragraph>',
      '<Paragraph Type="Character"><ScriptNote><Paragraph><Text>rename him?</Text></Paragraph></ScriptNote><Text>JOE</Text></Paragraph>',
      '<Paragraph Type="Dialogue"><Text>Hello.</Text><Text Style="HiddenText"> (cut this)</Text></Paragraph>',
    ].join('\n');
    const fountain = fdxToFountain(fdx(content), 'b.fdx');
    expect(fountain).toContain('> BRICK BRADDOCK &amp; DICK STEEL IN <'.replace('&amp;', '&'));
    expect(fountain).not.toMatch(/rename|cut this/);
    expect(await quotesOf('notes.fdx', fdx(content))).toEqual(['Joe: Hello.']);
  });

  it('refuses what is not a Final Draft script, by name', () => {
    expect(() => fdxToFountain('<FinalDraft><Content>', 'a.fdx')).toThrow(/a\.fdx:\d+: not well-formed XML/);
    expect(() => fdxToFountain('<Script/>', 'b.fdx')).toThrow(/not a Final Draft document/);
    expect(() => fdxToFountain(fdx(''), 'c.fdx')).toThrow(/no paragraphs with words/);
  });
});

describe('WebVTT character references', () => {
  it('reads &amp; &lt; &gt; written in full as the characters, not with a stray semicolon (Q&amp;A is Q&A)', async () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sarah>Welcome to Podcasting Q&amp;A, 1 &lt; 2 &gt; 0 &eacute;t&eacute;</v>\n';
    expect(await quotesOf('entities.vtt', text)).toEqual(['Sarah: Welcome to Podcasting Q&A, 1 < 2 > 0 été']);
  });
});

describe('labels in captions that name no one', () => {
  it('reads a manner (WHISPERS:, ON PHONE:, SARCASTICALLY:), a title card (Part One:) and a list item (Third Question:) as no speaker, and KING:, STERLING:, HAWKING:, SCULLY: as speakers', async () => {
    const cue = (n: number, text: string) => `${n}\n00:00:${String(n).padStart(2, '0')},000 --> 00:00:${String(n).padStart(2, '0')},900\n${text}\n\n`;
    const text = [cue(1, 'KING: Kneel.'), cue(2, 'WHISPERS: Now?'), cue(3, 'ON PHONE: Hello?'), cue(4, 'Part One:\nNoah'), cue(5, 'Third Question: Who sets the standard?'), cue(6, 'STERLING: Yes.'), cue(7, 'SARCASTICALLY: Great.'), cue(8, 'HAWKING: The universe.'), cue(9, 'SCULLY: Nothing human.'), cue(10, 'KING: Thank you, Professor Hawking. Agent Scully?')].join('');
    const quotes = await quotesOf('manner.srt', text);
    expect(quotes).toContain('King: Kneel.');
    expect(quotes).toContain('Sterling: Yes.');
    // Surnames that end as manners do (-ing, -ly) are names where the words also write them as names.
    expect(quotes).toContain('Hawking: The universe.');
    expect(quotes).toContain('Scully: Nothing human.');
    expect(quotes.join('\n')).not.toMatch(/^(?:Whispers|On Phone|Part One|Third Question|Sarcastically):/im);
    // A manner the lists lack, said once, is read as a manner too: no one is named Grumbling.
    const once = await quotesOf('grumbling.srt', [cue(1, 'KING: Kneel.'), cue(2, 'GRUMBLING: Fine.'), cue(3, 'KING: Good.'), cue(4, 'WHIRRING: Beep.'), cue(5, 'KING: Again.'), cue(6, 'WHIRRING: Beep.')].join(''));
    expect(once).toEqual(['King: Kneel.', '-: Fine.', 'King: Good.', '-: Beep.', 'King: Again.', '-: Beep.']);
  });
});

describe('names in brackets, as SDH captions name a speaker off screen', () => {
  const cue = (n: number, text: string) => `${n}\n00:00:${String(n * 2).padStart(2, '0')},000 --> 00:00:${String(n * 2 + 1).padStart(2, '0')},500\n${text}\n\n`;
  const srt = (lines: string[]) => lines.map((l, i) => cue(i + 1, l)).join('');

  it('carry on while the sentence runs on, and name no one after its end', async () => {
    const text = srt(['[Narrator] It is a success story', 'like no other.', 'We now live in a global society.', 'Everyone eats them.', '[dog barking]', 'Every day.', 'Sure.', 'Why not.', 'Right.', 'Fine.', 'Yes.', 'No.']);
    const quotes = await quotesOf('sdh.srt', text);
    expect(quotes[0]).toBe('Narrator: It is a success story like no other.');
    expect(quotes.slice(1).every((q) => q.startsWith('-: '))).toBe(true);
  });

  it('carry on through cues in italics after a name over italics (a voice-over)', async () => {
    const text = srt(['[Alba] <i>In 1928, women were</i>', '<i>something like ornaments.</i>', '<i>Objects without a voice.</i>', 'Leave her alone.', '[door slams]', 'Stay out of it.', 'Go.', 'Now.', 'Fine.', 'Yes.', 'No.', 'Maybe.', 'Later.']);
    const quotes = await quotesOf('voice-over.srt', text);
    expect(quotes[0]).toBe('Alba: In 1928, women were something like ornaments. Objects without a voice.');
    expect(quotes[1]).toMatch(/^-: Leave her alone\./);
  });

  it('give no one the words of the people on screen between a narrator and a reporter named in brackets', async () => {
    const witness = ['I remember that morning.', 'My father cried.', 'It was the longest twelve minutes of my life.', 'Then the roof went.', 'We ran to the car.'];
    const text = srt(['[Narrator] The storm came at dawn.', ...witness, '[Reporter] Officials say the damage is severe.', '[Narrator] By noon it was over.', ...witness]);
    const quotes = await quotesOf('documentary.srt', text);
    expect(quotes.filter((q) => !q.startsWith('-: '))).toEqual(['Narrator: The storm came at dawn.', 'Reporter: Officials say the damage is severe.', 'Narrator: By noon it was over.']);
  });

  it("end with the quotation they name, where names stand before quotations (a documentary's witnesses)", async () => {
    const text = srt(['Chai: "Have you ever seen a real star?"', 'Wang Huiqing: "No, I haven\'t."', 'I kept asking this question', 'until I met a professor.', 'He had studied it for years.']);
    expect(await quotesOf('witness.srt', text)).toEqual(['Chai: "Have you ever seen a real star?"', 'Wang Huiqing: "No, I haven\'t."', "-: I kept asking this question until I met a professor. He had studied it for years."]);
    // One speaker quoting someone once is no documentary's witness: the name carries on.
    const lecture = srt(['PROFESSOR: "Know thyself."', 'That is what the oracle said,', 'and today we ask what it means.']);
    expect(await quotesOf('lecture.srt', lecture)).toEqual(['Professor: "Know thyself." That is what the oracle said, and today we ask what it means.']);
  });

  it('end with their sentence for a lone name in brackets, even in captions without SDH marks', async () => {
    const text = srt(['[Narrator] In 1928, women were ornaments.', 'Where are you going tonight?', 'To the bar across the street.', 'Not again.', 'Yes, again.']);
    const quotes = await quotesOf('lone-narrator.srt', text);
    expect(quotes[0]).toBe('Narrator: In 1928, women were ornaments.');
    expect(quotes.slice(1).every((q) => q.startsWith('-: '))).toBe(true);
  });

  it('carry on as labels do where nearly every speaker is named so (a transcript, not SDH)', async () => {
    const text = srt(['[Ann] Welcome to the show.', 'It is good to be here.', '[Bob] Thanks for having me.', 'I mean it.', '[Ann] Let us begin.', 'First question.']);
    expect(await quotesOf('brackets.srt', text)).toEqual(['Ann: Welcome to the show. It is good to be here.', 'Bob: Thanks for having me. I mean it.', 'Ann: Let us begin. First question.']);
  });
});
