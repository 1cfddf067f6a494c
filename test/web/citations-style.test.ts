/**
 * Citations a copy editor sent back from a new-user trial, each checked against its manual:
 * - Chicago 17 (CMOS 14.29): a shortened note is the author's surname and a short title;
 * - Chicago 17 bibliography: a title ending in an ellipsis is still followed by the full stop that
 *   separates it from the publisher;
 * - MLA 9 (5.111): the access date ends the entry, and a podcast episode needs no medium;
 * - APA 7 (8.6): a secondary source names the original speaker by surname, "(Kai, as cited in …)";
 *   an unsigned work is cited by its title, never by a stand-in such as "Critic" or "Speaker 1";
 * - a review names the film it reviews only when one is known, not the folder of loose files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import type { Catalog, SearchEngine, SourceRecord } from '../../server/search/engine.ts';
import { citeQuote } from '../../server/web/citations/cite.ts';
import { cslItem } from '../../server/web/citations/csl-item.ts';
import { citationFacts, isPlaceholderName, type CitationFacts } from '../../server/web/citations/facts.ts';
import { createProcessor, type StyleOutput } from '../../server/web/citations/processor.ts';
import { sentenceCase } from '../../server/web/citations/sentence-case.ts';
import { CORE_STYLES, loadStyles } from '../../server/web/citations/styles.ts';
import { labelsFor } from '../../server/web/labels.ts';

const none: CitationFacts = { kind: 'interview', title: null, description: 'Interview', outlet: null, programme: null, episode: null, medium: null, author: null, director: null, repository: null, url: null, date: null, accessed: null, hosts: [], interviewer: null, guests: [], work: null, inferred: [] };
const facts = (f: Partial<CitationFacts>): CitationFacts => ({ ...none, ...f });
const build = (f: Partial<CitationFacts>) => cslItem(facts(f), { id: 'abc_123456789abc', permalink: 'https://verbatim.test/q/abc_123456789abc', today: '2026-12-02', properWords: new Set() }).item;

let processor: ReturnType<typeof createProcessor>;
beforeAll(() => {
  processor = createProcessor(loadStyles().styles.filter((s) => s.key in CORE_STYLES));
});
const cite = (f: Partial<CitationFacts>, quotedPerson: string | null = null, timestamp: string | null = null): Record<string, StyleOutput> =>
  Object.fromEntries(processor.format(build(f), { quotedPerson, timestamp }).map((o) => [o.key, o]));

// A CNN news transcript, as its sidecar describes it.
const cnn: Partial<CitationFacts> = { kind: 'interview', title: 'White House Briefing', programme: 'Live From...', outlet: 'CNN', medium: 'television', hosts: ["Miles O'Brien"], date: '2005-05-12', url: 'https://transcripts.cnn.com/show/lt/date/2005-05-12/segment/02' };

describe('Chicago: the shortened note', () => {
  it('is the surname and the short title, not the author alone (the form for a note straight after)', () => {
    const { chicago } = cite(cnn);
    expect(chicago!.shortNote!.text).toBe('O’Brien, “White House Briefing.”');
    expect(cite({ kind: 'article', title: 'Snap Makes a Bet', author: 'Farhad Manjoo', outlet: 'New York Times', date: '2017-03-08' }, null, '1:02').chicago!.shortNote!.text).toBe('Manjoo, “Snap Makes a Bet,” at 1:02.');
  });

  it('of an untitled broadcast carries the description that stands for its title', () => {
    const { chicago } = cite({ ...cnn, title: null, description: 'CNN Student News Transcript' });
    expect(chicago!.shortNote!.text).toBe('O’Brien, CNN Student News Transcript, television broadcast.');
  });

  it('leaves the bibliography alone: the note between is no entry of it', () => {
    const { chicago } = cite(cnn);
    expect(chicago!.reference.text).toMatch(/^O’Brien, Miles, host\. “White House Briefing\.”/);
  });
});

describe('a programme name', () => {
  it('ending in an ellipsis keeps the full stop after it in the Chicago bibliography and APA', () => {
    const { chicago, apa, mla } = cite(cnn);
    expect(chicago!.reference.text).toContain('Live From…. CNN, May 12, 2005.');
    expect(apa!.reference.text).toContain('In Live From…. CNN.');
    expect(mla!.reference.text).toContain('Live From…, hosted by Miles O’Brien, CNN,');
  });

  it('is not taken for title case because of an ellipsis: "From..." is a small word', () => {
    expect(sentenceCase('Live From...', new Set())).toBe('Live From...');
    // A title that is in title case is still put in sentence case for APA, as the manual's "In This American life".
    expect(sentenceCase('Live From the Moon Tonight...', new Set())).toBe('Live from the moon tonight...');
    expect(sentenceCase('Crisis in the U.S. Senate Tonight', new Set())).toBe('Crisis in the U.S. senate tonight');
  });
});

describe('MLA: the access date ends the entry', () => {
  it('a podcast episode read in Verbatim ends "Accessed 2 Dec. 2026." with no medium after it; APA keeps [Audio podcast episode]', () => {
    const { mla, apa, chicago } = cite({ kind: 'podcast', title: 'The Thin Blue Line', programme: 'Today in Focus', outlet: 'The Guardian', hosts: ['Nosheen Iqbal'] });
    expect(mla!.reference.text).toMatch(/Accessed 2 Dec\. 2026\.$/);
    expect(mla!.reference.text).not.toContain('Audio podcast episode');
    expect(apa!.reference.text).toContain('The thin blue line [Audio podcast episode]. In Today in focus. The Guardian.');
    expect(chicago!.reference.text).toContain('Audio podcast episode. Accessed December 2, 2026.');
  });
});

describe('secondary sources', () => {
  it('APA names the original speaker by surname; Chicago in full in the first note, by surname in the short one', () => {
    const review = { kind: 'review' as const, title: 'A Lecture That Learns', author: 'Jane Doe', outlet: 'The Guardian', date: '2021-03-04', url: 'https://g.example/r' };
    const { apa, chicago, mla } = cite(review, 'Mike Kai');
    expect(apa!.inText.text).toBe('(Kai, as cited in Doe, 2021)');
    expect(cite(review, 'Simone de Beauvoir').apa!.inText.text).toBe('(de Beauvoir, as cited in Doe, 2021)');
    expect(chicago!.inText.text).toMatch(/^Mike Kai, quoted in Jane Doe, /);
    expect(chicago!.shortNote!.text).toBe('Kai, quoted in Doe, “A Lecture That Learns.”');
    expect(mla!.inText.text).toBe('(qtd. in Doe)');
  });
});

describe('no invented authors or works', () => {
  it('stand-ins for a name are no names; names are', () => {
    for (const n of ['Critic', 'the critic', 'Unnamed critic', 'Anonymous', 'Unknown', 'Staff', 'Speaker 1', 'SPEAKER_02', 'Host', 'Unidentified Male']) expect(isPlaceholderName(n), n).toBe(true);
    for (const n of ['Mike Kai', 'Speaker Pelosi', 'Jane Doe', 'The Guardian', 'Editorial Board']) expect(isPlaceholderName(n), n).toBe(false);
  });

  const catalog: Catalog = {
    builtAt: 'test',
    collections: [{ slug: 'uncollected', title: 'Uncollected sources', speakers: [], sourceCount: 1, quoteCount: 2 }],
    sources: [],
    speakers: [
      { slug: 'mike-kai', name: 'Mike Kai', role: 'unknown', aliases: [], collections: ['uncollected'], quoteCount: 1, sourceCounts: {} },
      { slug: 'review-kai-speaker-1', name: 'Speaker 1', role: 'unknown', aliases: [], adHoc: true, collections: ['uncollected'], quoteCount: 1, sourceCounts: {} },
    ],
  };
  const sourceRef = { slug: 'review-kai', title: 'A Lecture That Learns', kind: 'review' as const, collection: 'uncollected', author: 'Critic', date: '2021-03-04' };
  const source = { ...sourceRef, meta: { title: 'A Lecture That Learns', kind: 'review', author: 'Critic', date: '2021-03-04', host: ['review-kai-speaker-1'], inferred: [] } } as unknown as SourceRecord;
  const quote = (speaker: { slug: string; name: string; role: string }) => ({ id: 'review-kai_0123456789ab', source: 'review-kai', collection: 'uncollected', kind: 'quotation', text: 'We wanted the students to build something real.', speaker, sourceRef }) as unknown as QuoteDocument;
  const engine = { sourceText: async () => null } as unknown as SearchEngine;
  const labels = labelsFor(catalog);

  it('a byline "Critic", a host "Speaker 1" and the folder of loose files give no author, no host and no film', () => {
    const f = citationFacts(quote({ slug: 'mike-kai', name: 'Mike Kai', role: 'unknown' }), source, labels);
    expect(f).toMatchObject({ author: null, hosts: [], work: null });
  });

  it('a review with no outlet and no film is cited by its own title, not as a review of it', async () => {
    const c = await citeQuote(engine, quote({ slug: 'mike-kai', name: 'Mike Kai', role: 'unknown' }), source, labels, 'https://verbatim.test/q/review-kai_0123456789ab', { styles: ['apa', 'mla', 'chicago'] });
    const by = Object.fromEntries(c.styles.map((s) => [s.key, s]));
    expect(c.csl).not.toHaveProperty('author');
    expect(c.csl).not.toHaveProperty('reviewed-title');
    expect(by.apa!.inText.text).toBe('(Kai, as cited in A Lecture That Learns, 2021)');
    expect(by.apa!.reference.text).toMatch(/^A lecture that learns\. \(2021, March 4\)\. \[Review\]\./);
    for (const s of c.styles) expect(s.reference.text + s.inText.text).not.toMatch(/Critic|Uncollected|Review of A Lecture/i);
  }, 60_000);

  it('words of a "Speaker 1" are not cited "as cited in Speaker 1"', async () => {
    const c = await citeQuote(engine, quote({ slug: 'review-kai-speaker-1', name: 'Speaker 1', role: 'unknown' }), source, labels, 'https://verbatim.test/q/review-kai_0123456789ab', { styles: ['apa'] });
    expect(c.styles[0]!.inText.text).toBe('(A Lecture That Learns, 2021)');
    expect(c.quoted.speaker).toBeNull();
  }, 60_000);
});
