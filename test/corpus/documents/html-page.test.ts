/**
 * Web pages that are no marked-up transcript (no `<cite>` speakers, no names in bold), turned into
 * Markdown for the text readers: a saved news article, whose quotations are attributed; an interview
 * page with each name in a paragraph of its own. Marked-up transcripts stay with their own reader.
 */
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../../../server/corpus/documents/html-page.ts';
import { loadOne, quotesOf } from './index-one.ts';

const page = (body: string, head = '<title>Council approves bridge | The Town Paper</title>') => `<!DOCTYPE html><html><head>${head}<style>p { color: red }</style><script>var p = "<p>no</p>";</script></head><body>${body}</body></html>`;

describe('a web page that is no transcript', () => {
  it('is an article whose quotations go to who said them, not one turn of all its words', async () => {
    const html = page('<nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Council approves bridge</h1><p class="byline">By Dana Cole</p><p>The council voted on Tuesday to build the bridge.</p><p>“This is a great day for the town,” said Mayor Ann Lee.</p><p>Critics were unconvinced. “It will cost too much,” said Tom Reid, a local builder.</p></article><aside>Most read: cats</aside><footer>© The Town Paper</footer>');
    const parsed = await loadOne('bridge.html', html);
    expect(parsed.source.reader).toBe('prose');
    expect(parsed.source.meta.title).toBe('Council approves bridge');
    const quotes = parsed.quotes.filter((q) => q.kind === 'quotation').map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
    expect(quotes).toEqual(['Ann Lee: This is a great day for the town', 'Tom Reid: It will cost too much']);
    // Navigation, asides, styles and scripts are no part of what the page says.
    expect(parsed.source.text).not.toMatch(/Home \||Most read|color: red|var p/);
  });

  it("gives a pull quote, the story's line again in large type, to who said it, not to whoever was quoted last", async () => {
    const html = page('<h1>Council approves bridge</h1><p>The mayor defended the cost. “Nobody likes this, but the numbers are what they are,” said Mayor Tom Brown.</p><p>Council member Maria Garcia disagreed. “This budget punishes the neighbourhoods that need parks,” she said.</p><blockquote><p>“Nobody likes this, but the numbers are what they are.”</p></blockquote><p>The vote is next week.</p>');
    const quotes = (await loadOne('pull.html', html)).quotes.filter((q) => q.kind === 'quotation').map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
    expect(quotes.filter((q) => q.includes('Nobody likes this'))).toEqual(['Tom Brown: Nobody likes this, but the numbers are what they are', 'Tom Brown: Nobody likes this, but the numbers are what they are.']);
  });

  it('reads an interview laid out a name to a paragraph, and keeps a list of questions as a list', async () => {
    const turns = [['Joshua Brody', 'All right, it is recording now.'], ['Kevin Leger', 'Cool, thanks. How is it going, Josh?'], ['Joshua Brody', 'Pretty good, no complaints.'], ['Kevin Leger', 'So, I have six questions for you.'], ['Joshua Brody', 'Absolutely.'], ['Kevin Leger', 'First, introduce yourself.'], ['Joshua Brody', 'I have worked there for two years.']];
    const html = page(`<h2>Interview 1: Joshua Brody</h2><div class="interview"><p class="question">Interview questions</p><ol><li>Introduce yourself.</li><li>What forms of communication do you use?</li></ol>${turns.map(([name, words]) => `<p>${name}</p>\n<p class="answer">${words}</p>`).join('\n')}</div>`, '<title>Interview Transcripts</title>');
    const { markdown } = htmlPage(html);
    expect(markdown).toContain('- Introduce yourself.\n\n- What forms of communication do you use?');
    expect(markdown).toContain('\n\nJoshua Brody\n\nAll right, it is recording now.\n\n');
    const said = (await quotesOf('interviews.html', html)).filter((q) => !q.startsWith('-'));
    expect(said).toEqual(turns.map(([name, words]) => `${name}: ${words}`));
  });

  it("reads a play's page as shakespeare.mit.edu sets it: each name in bold, its speech in a quotation block below", async () => {
    const speech = (n: number, name: string, lines: string[]) => `<A NAME=speech${n}><b>${name}</b></a>\n<blockquote>\n${lines.map((l, i) => `<A NAME=1.1.${n * 10 + i}>${l}</A><br>`).join('\n')}\n</blockquote>`;
    const scene = [
      speech(1, 'BERNARDO', ["Who's there?"]),
      speech(2, 'FRANCISCO', ['Nay, answer me: stand, and unfold yourself.']),
      speech(3, 'BERNARDO', ['Long live the king!']),
      speech(4, 'FRANCISCO', ['Bernardo?']),
      speech(5, 'BERNARDO', ['He.']),
      speech(6, 'FRANCISCO', ['You come most carefully upon your hour.']),
      speech(7, 'BERNARDO', ["'Tis now struck twelve; get thee to bed, Francisco."]),
      speech(8, 'FRANCISCO', ["For this relief much thanks: 'tis bitter cold,", 'And I am sick at heart.']),
    ].join('\n');
    const html = `<HTML><HEAD><TITLE>Hamlet: Entire Play</TITLE></HEAD><BODY>\n<H3>ACT I</h3>\n<h3>SCENE I. Elsinore. A platform before the castle.</h3>\n${scene}\n</BODY></HTML>`;
    const said = (await quotesOf('hamlet.html', html)).filter((q) => !q.startsWith('-'));
    expect(said).toEqual(["Bernardo: Who's there?", 'Francisco: Nay, answer me: stand, and unfold yourself.', 'Bernardo: Long live the king!', 'Francisco: Bernardo?', 'Bernardo: He.', 'Francisco: You come most carefully upon your hour.', "Bernardo: 'Tis now struck twelve; get thee to bed, Francisco.", "Francisco: For this relief much thanks: 'tis bitter cold, And I am sick at heart."]);
  });

  it("takes the page's title from the `<h1>` its `<title>` holds, or `<title>` without the site's name", async () => {
    expect(htmlPage(page('<p>Words.</p>'))).toEqual({ markdown: '# Council approves bridge\n\nWords.\n', title: 'Council approves bridge' });
    // A logo's `<h1>` is not the title; the headline the `<title>` holds is.
    expect(htmlPage(page('<header><h1>The Town Paper</h1></header><article><h1>Council approves bridge</h1><p>Words.</p></article>')).title).toBe('Council approves bridge');
    expect(htmlPage(page('<h1>Own headline</h1><p>Words.</p>', '')).title).toBe('Own headline');
    // A `<title>` that is only the site's name gives way to the article's headline.
    expect(htmlPage(page('<h1>Council approves new bike lanes</h1><p>Words.</p>', '<title>City Herald</title>')).title).toBe('Council approves new bike lanes');
    const parsed = await loadOne('logo.html', page('<p>Skip to main content</p><header><h1>The Town Paper</h1></header><p>The council voted to build the bridge on Tuesday evening.</p>'));
    expect(parsed.source.meta.title).toBe('Council approves bridge');
  });

  it('keeps what Markdown would read as markup as words, and the lines of `<pre>`', () => {
    expect(htmlPage(page('<p># not a heading</p><p>1. not a list</p><p>Line one<br>line two</p>', '')).markdown).toBe('\\# not a heading\n\n1\\. not a list\n\nLine one\nline two\n');
    expect(htmlPage(page('<pre>JOHN SMITH: Good evening.\nMARY JONES: Hello.\n\nJOHN SMITH: Welcome.</pre>', '')).markdown).toBe('JOHN SMITH: Good evening.\nMARY JONES: Hello.\n\nJOHN SMITH: Welcome.\n');
    expect(htmlPage(page('<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Linda Park</td><td>12,345</td></tr></table><footer>© 2024 The Town Paper</footer>', '')).markdown).toBe('Name Votes\n\nLinda Park 12,345\n');
    // A name and a time in elements of their own stand apart; a drop cap stays in its word.
    expect(htmlPage(page('<p><span class="speaker">Sarah Chen</span><span class="time">00:00:05</span></p><p><span class="dropcap">T</span>he show begins.</p>', '')).markdown).toBe('Sarah Chen 00:00:05\n\nThe show begins.\n');
  });

  it("leaves readers' comments out, and loses no page to a wrapping `<form>`, a `<svg/>` or a `<nav>` left open", async () => {
    const article = '<article><h1>Bike lanes approved</h1><p class="byline">By Rita Gomez</p><p>“It is a good day for cyclists,” said Mayor Ann Lee.</p></article>';
    const comments = '<section class="comments"><div class="comment"><div class="author">Karen Lee</div><p>Finally! Great news.</p></div></section>';
    const withComments = await loadOne('comments.html', page(`${article}${comments}`));
    expect(withComments.source.text).not.toContain('Finally');
    expect(withComments.quotes.map((q) => q.speaker?.name)).toContain('Ann Lee');
    expect(htmlPage(page(`<form id="form1">${article}</form>`)).markdown).toContain('It is a good day for cyclists');
    expect(htmlPage(page(`<header><a href="/"><svg class="logo" viewBox="0 0 1 1"/></a></header>${article}`)).markdown).toContain('It is a good day for cyclists');
    expect(htmlPage(page(`<nav><a href="/">Home</a>${article}`)).markdown).toContain('It is a good day for cyclists');
    // An icon's `<title>` is no part of the page's.
    expect(htmlPage(`<html><head><title>Bike lanes approved</title></head><body><svg><title>Open menu</title></svg>${article}</body></html>`).title).toBe('Bike lanes approved');
  });

  it('leaves a transcript marked up with `<cite>` or names in bold to the page reader', async () => {
    const cited = '<cite>Holt:</cite><time>0:00</time><p>Good evening.</p><cite>Clinton:</cite><time>0:05</time><p>Thank you.</p>';
    const read = await loadOne('cited.html', page(cited));
    expect(read.source.reader).toBe('podcast-html');
    expect(read.quotes.map((q) => q.speaker?.name)).toEqual(['Holt', 'Clinton']);
    const bold = ['MR. LIMAN', 'MR. NORTH', 'MR. LIMAN', 'MR. NORTH'].map((n, i) => `<p><b>${n}</b>: Answer ${i}.</p>`).join('');
    expect((await loadOne('bold.html', page(bold))).source.reader).toBe('podcast-html');
  });
});
