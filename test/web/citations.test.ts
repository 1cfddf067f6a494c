/**
 * Citations against examples printed in the manuals, formatted by citeproc-js with the official CSL
 * styles from CSL items our code builds per source kind. Each example is quoted with its source:
 * - APA: Publication Manual of the American Psychological Association, 7th ed. (2020), chapter 10
 *   (the same examples are on apastyle.apa.org/style-grammar-guidelines/references/examples);
 * - Chicago: The Chicago Manual of Style, 17th ed., Notes and Bibliography "Citation Quick Guide";
 * - MLA: MLA Handbook, 9th ed. (2021), indirect sources ("qtd. in").
 * Where a manual's example is a print source with no URL, Verbatim adds where the words were read
 * (its permalink and the day), so the entry is compared up to that point.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitations } from '../../server/web/citations/client.ts';
import { cslItem, type CslItem } from '../../server/web/citations/csl-item.ts';
import type { CitationFacts } from '../../server/web/citations/facts.ts';
import type { StyleOutput } from '../../server/web/citations/processor.ts';
import { bibtex, escapeTex } from '../../server/web/citations/bibtex.ts';
import { properWordsOf, sentenceCase } from '../../server/web/citations/sentence-case.ts';
import { excerptByNumbers, excerptByWords } from '../../server/web/citations/excerpt.ts';

const PERMALINK = 'https://verbatim.test/q/abc_123456789abc';
const TODAY = '2026-11-30';
const none: CitationFacts = {
  kind: 'interview',
  title: null,
  description: 'Interview',
  outlet: null,
  programme: null,
  episode: null,
  medium: null,
  author: null,
  director: null,
  repository: null,
  url: null,
  date: null,
  accessed: null,
  hosts: [],
  interviewer: null,
  guests: [],
  work: null,
  inferred: [],
};
const facts = (f: Partial<CitationFacts>): CitationFacts => ({ ...none, ...f });
const build = (f: CitationFacts, proper: string[] = []) => cslItem(f, { id: 'abc_123456789abc', permalink: PERMALINK, today: TODAY, properWords: new Set(proper) });

async function cite(item: CslItem, cite: { quotedPerson?: string; timestamp?: string } = {}): Promise<Record<string, StyleOutput>> {
  const out = await formatCitations(item, { quotedPerson: cite.quotedPerson ?? null, timestamp: cite.timestamp ?? null }, ['apa', 'mla', 'chicago']);
  return Object.fromEntries(out.map((o) => [o.key, o]));
}
const italics = (html: string) => [...html.matchAll(/<i>(.*?)<\/i>/g)].map((m) => m[1]);

beforeAll(async () => {
  // Starts the citation thread and builds the three processors once for the whole file.
  await cite(build(facts({ kind: 'article', title: 'Warm-up' })).item);
}, 120_000);

describe('APA 7, against the Publication Manual’s examples', () => {
  it('podcast episode (§10.13): host, episode number, [Audio podcast episode], In programme, network', async () => {
    const { item } = build(
      facts({ kind: 'podcast', title: 'Amusement Park', programme: 'This American Life', episode: '443', outlet: 'WBEZ Chicago', hosts: ['Ira Glass'], date: '2011-08-12', url: 'https://www.thisamericanlife.org/radio-archives/episode/443/amusement-park' }),
      ['American'],
    );
    expect(item.type).toBe('broadcast');
    const { apa } = await cite(item, { timestamp: '8:32' });
    expect(apa!.reference.text).toBe('Glass, I. (Host). (2011, August 12). Amusement park (No. 443) [Audio podcast episode]. In This American life. WBEZ Chicago. https://www.thisamericanlife.org/radio-archives/episode/443/amusement-park');
    expect(italics(apa!.reference.html)).toEqual(['This American life']);
    // A direct quotation from audio cites the timestamp where it starts (§8.28).
    expect(apa!.inText.text).toBe('(Glass, 2011, 8:32)');
  });

  it('radio interview recording in a digital archive (§10.13): narrator as author, [Interview], the archive', async () => {
    const { item } = build(
      facts({ kind: 'oral-history', title: 'Simone de Beauvoir Discusses the Art of Writing', guests: ['Simone de Beauvoir'], repository: 'Studs Terkel Radio Archive; The Chicago History Museum', date: '1960-05-04', url: 'https://studsterkel.wfmt.com/programs/simone-de-beauvoir-discusses-art-writing' }),
      ['Simone', 'Beauvoir'],
    );
    expect(item.type).toBe('interview');
    const { apa } = await cite(item);
    expect(apa!.reference.text).toBe('de Beauvoir, S. (1960, May 4). Simone de Beauvoir discusses the art of writing [Interview]. Studs Terkel Radio Archive; The Chicago History Museum. https://studsterkel.wfmt.com/programs/simone-de-beauvoir-discusses-art-writing');
    expect(apa!.inText.text).toBe('(de Beauvoir, 1960)');
  });

  it('film (§10.12): director, year, [Film], studio', async () => {
    const { item } = build(facts({ kind: 'film', title: "One Flew Over the Cuckoo's Nest", director: 'Milos Forman', outlet: 'United Artists', date: '1975', url: 'https://example.org/film' }));
    expect(item.type).toBe('motion_picture');
    const { apa } = await cite(item, { timestamp: '1:02:03' });
    expect(apa!.reference.text).toMatch(/^Forman, M\. \(Director\)\. \(1975\)\. One flew over the cuckoo’s nest \[Film\]\. United Artists\./);
    expect(italics(apa!.reference.html)).toEqual(['One flew over the cuckoo’s nest']);
    expect(apa!.inText.text).toBe('(Forman, 1975, 1:02:03)');
  });

  it('newspaper article (§10.1): full date, sentence-case title, italic newspaper', async () => {
    const { item } = build(
      facts({ kind: 'article', title: 'How Will Humanity React to Alien Life? Psychologists Have Some Predictions', author: 'Ben Guarino', outlet: 'The Washington Post', date: '2017-12-04', url: 'https://www.washingtonpost.com/news/speaking-of-science/wp/2017/12/04/how-will-humanity-react-to-alien-life-psychologists-have-some-predictions' }),
    );
    expect(item.type).toBe('article-newspaper');
    const { apa } = await cite(item);
    expect(apa!.reference.text).toBe(
      'Guarino, B. (2017, December 4). How will humanity react to alien life? Psychologists have some predictions. The Washington Post. https://www.washingtonpost.com/news/speaking-of-science/wp/2017/12/04/how-will-humanity-react-to-alien-life-psychologists-have-some-predictions',
    );
    expect(italics(apa!.reference.html)).toEqual(['The Washington Post']);
  });

  it('review in a newspaper (§10.7): [Review of the …, by …], with the full date', async () => {
    // The manual's example reviews a book; the same item with reviewed-genre "book".
    const { item } = build(facts({ kind: 'review', title: 'Reframing Refugee Children’s Stories', author: 'Fernanda Santos', outlet: 'The New York Times', date: '2019-01-11', url: 'https://nyti.ms/2Hlgjk3', work: { title: 'We are displaced: My journey and stories from refugee girls around the world', director: 'Malala Yousafzai', year: null } }));
    const { apa } = await cite({ ...item, 'reviewed-genre': 'book' });
    expect(apa!.reference.text).toBe('Santos, F. (2019, January 11). Reframing refugee children’s stories [Review of the book We are displaced: My journey and stories from refugee girls around the world, by M. Yousafzai]. The New York Times. https://nyti.ms/2Hlgjk3');
  });

  it('a film review names the film: [Review of the film *Title*, by D. Director]; a quoted person is “as cited in” (§8.6)', async () => {
    const { item } = build(facts({ kind: 'review', title: 'City of Ghosts Review – A Brave, Brutal Portrait', author: 'Jane Doe', outlet: 'The Guardian', date: '2017-09-03', url: 'https://www.theguardian.com/film/x', work: { title: 'City of Ghosts', director: 'Matthew Heineman', year: 2017 } }), ['City', 'Ghosts']);
    expect(item).toMatchObject({ type: 'article-newspaper', 'reviewed-title': 'City of Ghosts', 'reviewed-genre': 'film' });
    const { apa } = await cite(item, { quotedPerson: 'Hamoud' });
    expect(apa!.reference.text).toBe('Doe, J. (2017, September 3). City of Ghosts review – A brave, brutal portrait [Review of the film City of Ghosts, by M. Heineman]. The Guardian. https://www.theguardian.com/film/x');
    expect(italics(apa!.reference.html)).toEqual(['City of Ghosts', 'The Guardian']);
    expect(apa!.inText.text).toBe('(Hamoud, as cited in Doe, 2017)');
  });

  it('a radio interview: the host as author, [Radio broadcast], the programme and the network', async () => {
    const { item } = build(facts({ kind: 'interview', title: 'Filming the Fight Against ISIS', programme: 'All Things Considered', medium: 'radio', outlet: 'NPR', hosts: ['Michel Martin'], guests: ['Matthew Heineman'], date: '2017-07-09', url: 'https://www.npr.org/x' }), ['All', 'Things', 'Considered']);
    expect(item.type).toBe('broadcast');
    const { apa } = await cite(item);
    expect(apa!.reference.text).toBe('Martin, M. (Host). (2017, July 9). Filming the fight against ISIS [Radio broadcast]. In All Things Considered. NPR. https://www.npr.org/x');
  });
});

describe('Chicago 17, against the Citation Quick Guide (notes and bibliography)', () => {
  it('news article: bibliography entry, full note and short note', async () => {
    const { item } = build(facts({ kind: 'article', title: 'Snap Makes a Bet on the Cultural Supremacy of the Camera', author: 'Farhad Manjoo', outlet: 'New York Times', date: '2017-03-08', url: 'https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html' }), ['Snap']);
    const { chicago } = await cite(item);
    expect(chicago!.reference.text).toBe('Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.');
    expect(chicago!.inText.text).toBe('Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, March 8, 2017, https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.');
    expect(chicago!.shortNote?.text).toMatch(/^Manjoo/);
    expect(italics(chicago!.reference.html)).toEqual(['New York Times']);
  });

  it('review: “Review of *Title*, by …” (the print example has no URL: Verbatim adds where it was read)', async () => {
    const { item } = build(facts({ kind: 'review', title: 'Friendship Takes a Path That Diverges', author: 'Michiko Kakutani', outlet: 'New York Times', date: '2016-11-07', work: { title: 'Swing Time', director: 'Zadie Smith', year: null } }));
    const { chicago } = await cite(item);
    expect(chicago!.reference.text.startsWith('Kakutani, Michiko. “Friendship Takes a Path That Diverges.” Review of Swing Time, by Zadie Smith. New York Times, November 7, 2016.')).toBe(true);
    expect(chicago!.reference.text).toContain(PERMALINK);
  });
});

describe('MLA 9', () => {
  it('an indirect source is “qtd. in” (Handbook 6.79)', async () => {
    const { item } = build(facts({ kind: 'article', title: 'Life of Johnson', author: 'James Boswell', outlet: 'Everyman', date: '1992' }));
    const { mla } = await cite(item, { quotedPerson: 'Samuel Johnson' });
    expect(mla!.inText.text).toBe('(qtd. in Boswell)');
  });

  it('core elements in order: Author. “Title.” Container, day month year, location.', async () => {
    const { item } = build(facts({ kind: 'article', title: 'How Will Humanity React to Alien Life? Psychologists Have Some Predictions', author: 'Ben Guarino', outlet: 'The Washington Post', date: '2017-12-04', url: 'https://www.washingtonpost.com/x' }));
    const { mla } = await cite(item);
    expect(mla!.reference.text).toBe('Guarino, Ben. “How Will Humanity React to Alien Life? Psychologists Have Some Predictions.” The Washington Post, 4 Dec. 2017, https://www.washingtonpost.com/x.');
  });

  it('a film review: “Review of *Title*, by …”, without the bare genre word the style would print', async () => {
    const { item } = build(facts({ kind: 'review', title: 'City of Ghosts Review', author: 'Jane Doe', outlet: 'The Guardian', date: '2017-09-03', url: 'https://g.example/x', work: { title: 'City of Ghosts', director: 'Matthew Heineman', year: 2017 } }), ['City', 'Ghosts']);
    const { mla } = await cite(item);
    expect(mla!.reference.text).toBe('Doe, Jane. “City of Ghosts Review.” Review of City of Ghosts, by Matthew Heineman. The Guardian, 3 Sept. 2017, https://g.example/x.');
  });
});

describe('never inventing what is missing', () => {
  it('an untitled, undated, anonymous review: described, n.d., the permalink only as where it was read', async () => {
    const { item, missing } = build(facts({ kind: 'review', description: 'Oscar-nominated documentarian…', work: { title: 'City of Ghosts', director: 'Matthew Heineman', year: 2017 } }));
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('issued');
    expect(item.type).toBe('review');
    expect(item.URL).toBe(PERMALINK);
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 30]] });
    expect(missing.map((m) => m.field).sort()).toEqual(['author', 'date', 'title', 'url']);
    expect(missing.find((m) => m.field === 'date')!.message).toBe('no date in the source — check before citing');
    const { apa, mla, chicago } = await cite(item);
    expect(apa!.reference.text).toBe(`[Review of the film City of Ghosts, by M. Heineman]. (n.d.). Retrieved November 30, 2026, from ${PERMALINK}`);
    expect(mla!.reference.text).toContain('Accessed 30 Nov. 2026');
    expect(chicago!.reference.text).toContain('Accessed November 30, 2026');
  });

  it('an original address replaces the permalink, and a review without a byline is led by its outlet', async () => {
    const { item, missing } = build(facts({ kind: 'review', title: 'A Review', outlet: 'Variety', date: '2017', url: 'https://variety.example/r', work: { title: 'City of Ghosts', director: null, year: null } }));
    expect(item.URL).toBe('https://variety.example/r');
    expect(item).not.toHaveProperty('accessed');
    expect(item.author).toEqual([{ literal: 'Variety' }]);
    expect(missing).toEqual([]);
  });

  it('an undated web source with the day it was read: APA "Retrieved …, from", MLA and Chicago "Accessed"', async () => {
    const { item, missing } = build(facts({ kind: 'article', title: 'About the Film', outlet: 'Example Films', url: 'https://films.example/about', accessed: '2024-03-03' }));
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 3, 3]] });
    expect(missing.map((m) => m.field).sort()).toEqual(['author', 'date']);
    const { apa, mla, chicago } = await cite(item);
    expect(apa!.reference.text).toContain('(n.d.). Example Films. Retrieved March 3, 2024, from https://films.example/about');
    expect(mla!.reference.text).toContain('Accessed 3 Mar. 2024.');
    expect(chicago!.reference.text).toContain('Accessed March 3, 2024.');
  });

  it('an interview without broadcast details names its interviewees and says what is missing', () => {
    const { item, missing } = build(facts({ kind: 'interview', description: 'Interview with Matthew Heineman', guests: ['Matthew Heineman'] }));
    expect(item).toMatchObject({ type: 'interview', author: [{ family: 'Heineman', given: 'Matthew' }], genre: 'Interview with Matthew Heineman' });
    expect(item).not.toHaveProperty('title');
    expect(missing.map((m) => m.field).sort()).toEqual(['date', 'title', 'url']);
  });
});

describe('sentence case and helpers', () => {
  it('keeps names, acronyms and quoted titles; leaves sentence-case titles alone', () => {
    const proper = properWordsOf('They fled Raqqa for Turkey. In Raqqa the group RBSS filmed.', ['Matthew Heineman']);
    expect(sentenceCase("Syria War Movie 'City of Ghosts' Shows Citizens Fighting for Their Lives Against ISIS In Raqqa", new Set([...proper, 'Syria']))).toBe(
      "Syria war movie 'City of Ghosts' shows citizens fighting for their lives against ISIS in Raqqa",
    );
    expect(sentenceCase('Filming the Fight Against ISIS: An Interview With Matthew Heineman', proper)).toBe('Filming the fight against ISIS: An interview with Matthew Heineman');
    expect(sentenceCase('How will humanity react to alien life?', proper)).toBe('How will humanity react to alien life?');
  });

  it('a word after a full stop and blank lines starts a sentence, and a run of blank lines is read once (it was rescanned from each of its lines)', () => {
    const proper = properWordsOf(`They left. Then Raqqa fell.${'\n'.repeat(150_000)}>> Holt: yes.\n\n\nNobody spoke of Raqqa.`);
    expect(proper).toContain('Raqqa');
    expect(proper).toContain('Holt');
    expect(proper).not.toContain('Then');
    expect(proper).not.toContain('Nobody');
  });

  it('word ranges for select-to-cite, by numbers and by first and last words', () => {
    const text = 'You know, I do not start out making films with a certain goal in mind.';
    expect(excerptByNumbers(text, '3-8')).toMatchObject({ from: 3, to: 8, text: 'I do not start out making' });
    expect(excerptByWords(text, 'i do', 'films')).toMatchObject({ from: 3, to: 9 });
    expect(() => excerptByNumbers(text, '9-3')).toThrow(/first not after last/);
    expect(() => excerptByWords(text, 'never said', '')).toThrow(/no words/);
  });

  it('BibTeX from the same item: escaped, braced titles, no empty fields', () => {
    const { item } = build(facts({ kind: 'article', title: 'Profits & 100% {fun}', author: 'Jane Doe', outlet: 'The Guardian', date: '2017-09', url: 'https://g.example/x' }));
    const bib = bibtex(item, { words: 'He said {this} & that', speaker: 'Hamoud' });
    expect(bib).toMatch(/^@article\{doe2017-/);
    expect(bib).toContain('title = {{Profits \\& 100\\% \\{fun\\}}}');
    expect(bib).toContain('journal = {The Guardian}');
    expect(bib).toContain('  month = sep,');
    expect(bib).toContain("note = {Quoted: Hamoud: ``He said \\{this\\} \\& that''}");
    expect(bib).not.toMatch(/= \{\}/);
    expect(escapeTex('a ~ b ^ c \\')).toBe('a \\textasciitilde{} b \\textasciicircum{} c \\textbackslash{}');
  });
});
