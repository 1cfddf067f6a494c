/**
 * GET|POST /api/verify and the /verify page on the seed corpus: the answer's documented shape,
 * verdicts with their word differences, ellipsis parts, the wrong-speaker notice, and bad input
 * answered with a 400 naming the parameter.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { seededApp } from '../web/helpers.ts';

let app: Express;
beforeAll(async () => {
  ({ app } = await seededApp());
}, 120_000);

describe('GET|POST /api/verify', () => {
  it('answers the documented shape, with an exact match, its permalink and citation', async () => {
    const res = await request(app).get('/api/verify').query({ text: '“Whoever holds the camera is stronger”' }).expect(200).expect('Content-Type', /json/);
    expect(res.body).toMatchObject({ text: 'Whoever holds the camera is stronger', verdict: 'exact', parts: ['Whoever holds the camera is stronger'], speaker: null, notice: null });
    const [best] = res.body.matches;
    expect(best).toMatchObject({ verdict: 'exact', score: 1, quote: { text: 'Whoever holds the camera is stronger', speaker: { name: 'Hamoud' } }, passage: { start: 0, end: 36 } });
    expect(best.quote.url).toMatch(/^https:\/\/verbatim\.test\/q\//);
    expect(best.diff).toEqual([{ op: 'same', text: 'Whoever holds the camera is stronger', part: 0 }]);
    expect(best.citation).toMatchObject({ style: 'apa', inText: '(Hamoud, as cited in [Review of City of Ghosts], n.d.)' });
    expect(best.citation.missing).toContain('no date in the source — check before citing');
  });

  it('shows a close match word by word, in the source’s words, and says who really said it', async () => {
    const res = await request(app).post('/api/verify').send({ text: '"whoever holds a camera is the strongest" — Heineman' }).expect(200);
    expect(res.body.verdict).toBe('close');
    expect(res.body.notice).toBe('Said by Hamoud, not Matthew Heineman.');
    expect(res.body.speaker).toMatchObject({ named: 'Heineman', agrees: false, saidBy: { slug: 'hamoud' }, candidates: [{ slug: 'matthew-heineman' }] });
    expect(res.body.matches[0].diff).toEqual([
      { op: 'same', text: 'Whoever holds', part: 0 },
      { op: 'changed', text: 'the', pasted: 'a', part: 0 },
      { op: 'same', text: 'camera is', part: 0 },
      { op: 'changed', text: 'stronger', pasted: 'the strongest', part: 0 },
    ]);
  });

  it('agrees when the named speaker said it, and takes the speaker as a parameter too', async () => {
    const res = await request(app).get('/api/verify').query({ text: 'I do not start out making films with a certain goal in mind', speaker: 'Matthew Heineman' }).expect(200);
    expect(res.body).toMatchObject({ verdict: 'exact', notice: null, speaker: { agrees: true } });
    expect(res.body.matches[0].passage.words).toBe('3-15');
  });

  it('splits at ellipses: parts in order are exact; out of order they are not', async () => {
    const ok = await request(app).get('/api/verify').query({ text: 'I do not start out making films … it became an immigrant story' }).expect(200);
    expect(ok.body.verdict).toBe('exact');
    expect(ok.body.parts).toEqual(['I do not start out making films', 'it became an immigrant story']);
    expect(ok.body.matches[0].diff.map((d: { part: number }) => d.part)).toEqual([0, 1]);
    const swapped = await request(app).get('/api/verify').query({ text: 'it became an immigrant story ... I do not start out making films' }).expect(200);
    expect(swapped.body.verdict).not.toBe('exact');
  });

  it('calls the same content in other words a paraphrase, and invents nothing for a line never said', async () => {
    const para = await request(app).get('/api/verify').query({ text: 'The camera is stronger than whoever holds it' }).expect(200);
    expect(para.body.verdict).toBe('paraphrase');
    expect(para.body.matches[0].quote.speaker.name).toBe('Hamoud');
    expect(para.body.matches[0].diff).toEqual([]);
    const never = await request(app).get('/api/verify').query({ text: 'The weather in Paris was lovely this spring, said the director' }).expect(200);
    expect(never.body).toMatchObject({ verdict: 'not-found', matches: [] });
  });

  it('takes no short line of common words for a paraphrase of a long answer that shares a few of them', async () => {
    // The host's answer: "… one of the things that is really striking about the film it is beautifully
    // shot but it is very hard to watch." — small talk sharing "really", "film" and "hard" is not it.
    const small = await request(app).get('/api/verify').query({ text: 'Really, the film was hard, really.' }).expect(200);
    expect(small.body).toMatchObject({ verdict: 'not-found', matches: [] });
  });

  it('answers 400 naming the parameter for missing, too long or malformed input', async () => {
    expect((await request(app).get('/api/verify').expect(400)).body.error).toMatchObject({ code: 'bad_request', parameter: 'text' });
    expect((await request(app).post('/api/verify').send({ text: 'x'.repeat(2001) }).expect(400)).body.error.message).toMatch(/2001 characters long; at most 2000/);
    expect((await request(app).get('/api/verify').query({ text: 'camera', limit: '0' }).expect(400)).body.error.parameter).toBe('limit');
    expect((await request(app).get('/api/verify').query({ text: 'camera', style: 'harvard' }).expect(400)).body.error.parameter).toBe('style');
  });
});

describe('/verify page', () => {
  it('is linked from the search boxes and works as a plain form', async () => {
    const home = (await request(app).get('/')).text;
    expect(home).toContain('<a href="/verify">Check a quote</a>');
    expect((await request(app).get('/search?q=camera')).text).toContain('<a href="/verify">Check a quote</a>');
    // Pages without their own search box have the header's, and the link beside it.
    expect((await request(app).get('/speakers')).text).toContain('<a class="header-verify" href="/verify">Check a quote</a>');
    const empty = await request(app).get('/verify').expect(200);
    expect(empty.text).toContain('<form class="verify-form" action="/verify" method="get">');
  });

  it('marks omitted, added and changed words in the source’s words, and the wrong speaker', async () => {
    const html = (await request(app).get('/verify').query({ text: 'I never start making films with a goal in my mind', speaker: 'Aziz' }).expect(200)).text;
    expect(html).toContain('<h2 id="verdict-title" class="verdict verdict-close">Close</h2>');
    expect(html).toContain('Said by Matthew Heineman, not Abdalaziz Alhamza.');
    expect(html).toContain('<span class="diff-changed"><del title="the source’s words">do not</del> <ins title="the pasted words">never</ins></span>');
    expect(html).toContain('<del class="diff-omitted" title="left out of the pasted words">out</del>');
    expect(html).toContain('<ins class="diff-added" title="not in the source">my</ins>');
  });

  it('says so when nothing matches, escaping what was pasted', async () => {
    const html = (await request(app).post('/verify').type('form').send({ text: '<script>alert(1)</script> never said by anyone here' }).expect(200)).text;
    expect(html).toContain('class="verdict verdict-not-found">Not found</h2>');
    expect(html).not.toContain('<script>alert(1)');
  });
});
