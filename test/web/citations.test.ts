/**
 * Citation formatters against hand-checked examples (APA 7, MLA 9, Chicago 17 bibliography), BibTeX
 * escaping and CSL-JSON validity, and graceful output when author, outlet or date are missing.
 */
import { describe, expect, it } from 'vitest';
import { citeAll, plain, type Citable } from '../../server/web/citations.ts';
import { bibtex, cslItem, escapeTex } from '../../server/web/citation-exports.ts';
import { shortTitle } from '../../server/web/citation-styles.ts';
import { dateParts, displayDate, initials, splitName } from '../../server/web/format.ts';

const work = { title: 'City of Ghosts', director: 'Matthew Heineman', year: 2017 };

const interview: Citable = {
  id: 'npr-interview_abcdef123456',
  words: 'I do not start out making films with a certain goal in mind.',
  kind: 'turn',
  speaker: 'Matthew Heineman',
  sourceKind: 'interview',
  title: 'Filming the Fight Against ISIS',
  generatedTitle: 'Filming the Fight Against ISIS',
  author: 'Matthew Heineman',
  interviewers: ['Michel Martin'],
  outlet: 'NPR',
  date: { year: 2017, month: 7, day: 9 },
  work,
  url: 'https://verbatim.test/q/npr-interview_abcdef123456',
  time: 125,
};

const review: Citable = {
  id: 'guardian-review_0123456789ab',
  words: 'Whoever holds the camera is stronger',
  kind: 'quotation',
  speaker: 'Hamoud',
  sourceKind: 'review',
  title: 'City of Ghosts review – a brave, brutal portrait',
  generatedTitle: 'City of Ghosts review – a brave, brutal portrait',
  author: 'Jane Doe',
  interviewers: [],
  outlet: 'The Guardian',
  date: { year: 2017, month: 9 },
  work,
  url: 'https://verbatim.test/q/guardian-review_0123456789ab',
  time: null,
};

/** The seed corpus's first review: no title of its own, no author, outlet or date. */
const bare: Citable = {
  ...review,
  id: 'bare_0123456789ab',
  title: null,
  generatedTitle: 'Oscar-nominated documentarian Matthew Heineman follows up…',
  author: null,
  outlet: null,
  date: null,
  url: 'https://verbatim.test/q/bare_0123456789ab',
};

const film: Citable = {
  ...interview,
  id: 'film_aaaaaaaaaaaa',
  kind: 'turn',
  speaker: 'Hamoud',
  sourceKind: 'film',
  title: 'City of Ghosts',
  generatedTitle: 'City of Ghosts',
  interviewers: [],
  outlet: 'Amazon Studios',
  date: { year: 2017 },
  url: 'https://verbatim.test/q/film_aaaaaaaaaaaa',
  time: 3723,
};

describe('APA 7', () => {
  it('cites a published interview with its interviewee as author and the interviewer in brackets', () => {
    const apa = citeAll(interview).apa;
    expect(plain(apa.reference)).toBe('Heineman, M. (2017, July 9). Filming the Fight Against ISIS [Interview by M. Martin]. NPR. https://verbatim.test/q/npr-interview_abcdef123456');
    expect(apa.reference.filter((r) => r.italic).map((r) => r.text)).toEqual(['NPR']);
    expect(apa.inText).toBe('(Heineman, 2017, 2:05)');
  });

  it('cites a review with the reviewed film and the quoted person “as cited in”', () => {
    const apa = citeAll(review).apa;
    expect(plain(apa.reference)).toBe(
      'Doe, J. (2017, September). City of Ghosts review – a brave, brutal portrait [Review of the film City of Ghosts, directed by M. Heineman]. The Guardian. https://verbatim.test/q/guardian-review_0123456789ab',
    );
    expect(apa.reference.filter((r) => r.italic).map((r) => r.text)).toEqual(['City of Ghosts', 'The Guardian']);
    expect(apa.inText).toBe('(Hamoud, as cited in Doe, 2017)');
  });

  it('moves the description to the front and writes n.d. when author, title and date are missing', () => {
    const apa = citeAll(bare).apa;
    expect(plain(apa.reference)).toBe('[Review of the film City of Ghosts, directed by M. Heineman]. (n.d.). https://verbatim.test/q/bare_0123456789ab');
    expect(apa.inText).toBe('(Hamoud, as cited in [Review of City of Ghosts], n.d.)');
  });

  it('cites a film by its director', () => {
    const apa = citeAll(film).apa;
    expect(plain(apa.reference)).toBe('Heineman, M. (Director). (2017). City of Ghosts [Film]. Amazon Studios. https://verbatim.test/q/film_aaaaaaaaaaaa');
    expect(apa.reference.filter((r) => r.italic).map((r) => r.text)).toEqual(['City of Ghosts']);
    expect(apa.inText).toBe('(Heineman, 2017, 1:02:03)');
  });
});

describe('MLA 9', () => {
  it('cites an interview: title in quotation marks, "Interview by", day month year, URL without protocol', () => {
    const mla = citeAll(interview).mla;
    expect(plain(mla.reference)).toBe('Heineman, Matthew. “Filming the Fight Against ISIS.” Interview by Michel Martin. NPR, 9 July 2017, verbatim.test/q/npr-interview_abcdef123456.');
    expect(mla.inText).toBe('(Heineman 2:05)');
  });

  it('cites a review with "Review of", abbreviated month and "qtd. in"', () => {
    const mla = citeAll(review).mla;
    expect(plain(mla.reference)).toBe(
      'Doe, Jane. “City of Ghosts review – a brave, brutal portrait.” Review of City of Ghosts, directed by Matthew Heineman. The Guardian, Sept. 2017, verbatim.test/q/guardian-review_0123456789ab.',
    );
    expect(mla.inText).toBe('(qtd. in Doe)');
  });

  it('leaves out what is missing', () => {
    const mla = citeAll(bare).mla;
    expect(plain(mla.reference)).toBe('Review of City of Ghosts, directed by Matthew Heineman. verbatim.test/q/bare_0123456789ab.');
    expect(mla.inText).toBe('(qtd. in Review of City of Ghosts)');
  });
});

describe('Chicago 17 (notes-bibliography)', () => {
  it('cites an interview in bibliography form, with a short note', () => {
    const chicago = citeAll(interview).chicago;
    expect(plain(chicago.reference)).toBe('Heineman, Matthew. “Filming the Fight Against ISIS.” Interview by Michel Martin. NPR, July 9, 2017. https://verbatim.test/q/npr-interview_abcdef123456');
    expect(chicago.inText).toBe('Heineman, “Filming the Fight,” at 2:05.');
  });

  it('cites a review and puts the note’s period inside the quotation marks', () => {
    const chicago = citeAll(review).chicago;
    expect(plain(chicago.reference)).toBe(
      'Doe, Jane. “City of Ghosts review – a brave, brutal portrait.” Review of City of Ghosts, directed by Matthew Heineman. The Guardian, September 2017. https://verbatim.test/q/guardian-review_0123456789ab',
    );
    expect(chicago.inText).toBe('Hamoud, quoted in Doe, “City of Ghosts review.”');
  });

  it('writes n.d. without a date, and a film with "dir."', () => {
    expect(plain(citeAll(bare).chicago.reference)).toBe('Review of City of Ghosts, directed by Matthew Heineman. n.d. https://verbatim.test/q/bare_0123456789ab');
    expect(plain(citeAll(film).chicago.reference)).toBe('Heineman, Matthew, dir. City of Ghosts. Amazon Studios, 2017. https://verbatim.test/q/film_aaaaaaaaaaaa');
  });

  it('calls an untitled interview "interview" in the note', () => {
    const untitled = { ...interview, title: null, generatedTitle: 'Interview with Matthew Heineman and Abdalaziz Alhamza', interviewers: [], time: null };
    expect(citeAll(untitled).chicago.inText).toBe('Heineman, interview.');
    expect(plain(citeAll(untitled).chicago.reference)).toBe('Heineman, Matthew. Interview with Matthew Heineman and Abdalaziz Alhamza. NPR, July 9, 2017. https://verbatim.test/q/npr-interview_abcdef123456');
  });
});

describe('no empty punctuation, whatever is missing', () => {
  const variants: Citable[] = [];
  for (const author of [null, 'Jane Doe']) for (const outlet of [null, 'NPR']) for (const date of [null, { year: 2017 }]) for (const title of [null, 'A Title']) {
    for (const base of [interview, review, film]) variants.push({ ...base, author, outlet, date, title, interviewers: [] });
  }
  it.each(variants.map((v, n) => [n, v] as const))('variant %i', (_n, c) => {
    const all = citeAll(c);
    for (const s of [all.apa, all.mla, all.chicago]) {
      const text = `${plain(s.reference)} ${s.inText}`;
      expect(text).not.toMatch(/,\s*[,.]|\.\s*\.(?!\.)|\(\s*\)|\[\s*\]|\s{2}|undefined|null/);
    }
  });
});

describe('BibTeX', () => {
  it('writes a complete @misc entry for an interview', () => {
    expect(bibtex(interview)).toBe(
      [
        '@misc{heineman2017-abcdef12,',
        '  author = {Heineman, Matthew},',
        '  title = {{Filming the Fight Against ISIS}},',
        '  howpublished = {Interview by Michel Martin, NPR},',
        '  year = {2017},',
        '  month = jul,',
        '  url = {https://verbatim.test/q/npr-interview_abcdef123456},',
        "  note = {Quoted: ``I do not start out making films with a certain goal in mind.''},",
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes an @article with the outlet as journal, naming the quoted person', () => {
    const bib = bibtex(review);
    expect(bib).toMatch(/^@article\{doe2017-01234567,\n/);
    expect(bib).toContain('  journal = {The Guardian},');
    expect(bib).toContain("  note = {Quoted: Hamoud: ``Whoever holds the camera is stronger''},");
    expect(bib).toContain('  month = sep,');
  });

  it('escapes every TeX special character', () => {
    expect(escapeTex('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k < l >')).toBe(
      'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k \\textless{} l \\textgreater{}',
    );
    const nasty = bibtex({ ...review, title: 'Profits & 100% {fun} #1 at $5_each ~ ^ \\', words: 'He said {this} & that' });
    expect(nasty).toContain('title = {{Profits \\& 100\\% \\{fun\\} \\#1 at \\$5\\_each \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}}');
    // Braces stay balanced, so the entry parses.
    let depth = 0;
    for (const ch of nasty.replace(/\\[{}]/g, '')) {
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('leaves out missing fields rather than writing them empty', () => {
    const bib = bibtex(bare);
    expect(bib).not.toMatch(/author|year|month|journal|= \{\}/);
    expect(bib).toContain('title = {{Review of City of Ghosts, directed by Matthew Heineman}}');
  });
});

describe('CSL-JSON', () => {
  const VARIABLES = new Set(['id', 'type', 'title', 'container-title', 'author', 'interviewer', 'director', 'issued', 'URL', 'note', 'genre', 'reviewed-title', 'reviewed-author']);

  it('maps each source kind to a CSL type', () => {
    expect(cslItem(interview).type).toBe('interview');
    expect(cslItem(review).type).toBe('article-newspaper');
    expect(cslItem(film).type).toBe('motion_picture');
  });

  it('is a valid item: standard variables, names, date parts, the permalink and the quoted words', () => {
    const item = cslItem(interview);
    for (const key of Object.keys(item)) expect(VARIABLES.has(key), key).toBe(true);
    expect(item).toMatchObject({
      id: interview.id,
      title: 'Filming the Fight Against ISIS',
      'container-title': 'NPR',
      author: [{ family: 'Heineman', given: 'Matthew' }],
      interviewer: [{ family: 'Martin', given: 'Michel' }],
      issued: { 'date-parts': [[2017, 7, 9]] },
      URL: interview.url,
      note: 'Quoted: “I do not start out making films with a certain goal in mind.”',
    });
    expect(cslItem(film).director).toEqual([{ family: 'Heineman', given: 'Matthew' }]);
    expect(cslItem({ ...review, author: 'Hamoud' }).author).toEqual([{ literal: 'Hamoud' }]);
  });

  it('omits what is unknown instead of inventing it', () => {
    const item = cslItem(bare);
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('container-title');
    expect(item['reviewed-title']).toBe('City of Ghosts');
  });
});

describe('helpers', () => {
  it('splits names, keeping particles with the family name', () => {
    expect(splitName('Matthew Heineman')).toEqual({ family: 'Heineman', given: 'Matthew' });
    expect(splitName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(splitName('Hamoud')).toEqual({ family: 'Hamoud' });
    expect(initials('Jean-Paul Louis')).toBe('J.-P. L.');
  });

  it('reads partial ISO dates', () => {
    expect(dateParts('2017-07-21')).toEqual({ year: 2017, month: 7, day: 21 });
    expect(dateParts('2017-07')).toEqual({ year: 2017, month: 7 });
    expect(dateParts('2017')).toEqual({ year: 2017 });
    expect(dateParts('July 2017')).toBeNull();
    expect(displayDate('2017-07-21')).toBe('July 21, 2017');
    expect(displayDate(undefined)).toBe('');
  });

  it('shortens titles without cutting a quoted phrase open or ending on a small word', () => {
    expect(shortTitle("Syria War Movie 'City of Ghosts' Shows Citizens")).toBe('Syria War Movie');
    expect(shortTitle('Filming the Fight Against ISIS')).toBe('Filming the Fight');
    expect(shortTitle('A Portrait of the Artist')).toBe('A Portrait');
  });
});
