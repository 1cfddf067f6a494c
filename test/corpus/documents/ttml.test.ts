/**
 * Captions in TTML and DFXP, converted to WebVTT for the subtitle reader: times of every form, agents,
 * colours, italics, the errors a user sees. The real files with golds are in the conformance suite
 * (test/fixtures/real/subtitles).
 */
import { describe, expect, it } from 'vitest';
import { convertedText } from '../../../server/corpus/documents/index.ts';
import { ttmlSeconds } from '../../../server/corpus/documents/ttml-times.ts';
import { ttmlToWebVtt } from '../../../server/corpus/documents/ttml.ts';
import { ParseError } from '../../../server/corpus/errors.ts';
import { loadOne, quotesOf } from './index-one.ts';

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
    const parsed = await loadOne('backwards.ttml', tt('<div><p begin="5s" end="3s">Backwards.</p><p begin="6s" end="7s">Fine.</p></div>'));
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
