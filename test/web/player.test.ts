/**
 * The recording at the quoted moment: which recordings play how (files with a media fragment,
 * hosted players with their start parameter), the facade (no third-party element before the reader
 * asks), the plain link without JavaScript, turn times that link into the recording, and a
 * Content-Security-Policy that allows exactly the recording's origin on exactly those pages.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { linkAt, recordingOf } from '../../server/web/media.ts';
import { testConfig } from './helpers.ts';
import { TIMED_TURNS, timedEngine } from './timed.ts';

describe('recordings', () => {
  it('play files by type, and YouTube, Vimeo and Internet Archive addresses in their players', () => {
    expect(recordingOf('https://media.example.org/a/talk.mp3?sig=1#x')).toEqual({ kind: 'audio', provider: 'audio file', src: 'https://media.example.org/a/talk.mp3?sig=1', embed: null, origin: 'https://media.example.org' });
    expect(recordingOf('https://cdn.example.org/film.webm')?.kind).toBe('video');
    for (const url of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x', 'https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://m.youtube.com/shorts/dQw4w9WgXcQ']) {
      expect(recordingOf(url)?.embed, url).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start={t}&autoplay=1&enablejsapi=1&rel=0');
    }
    expect(recordingOf('https://vimeo.com/76979871')?.embed).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t={t}s');
    expect(recordingOf('https://archive.org/details/CSPAN_2017_talk')).toMatchObject({ kind: 'archive', embed: 'https://archive.org/embed/CSPAN_2017_talk?start={t}&autoplay=1', origin: 'https://archive.org' });
    expect(recordingOf('https://archive.org/download/item/talk.mp3')?.kind).toBe('audio');
    for (const none of [undefined, '', 'not a url', 'ftp://x.org/a.mp3', 'https://example.org/page.html', 'https://www.youtube.com/watch?v=short']) expect(recordingOf(none), String(none)).toBeNull();
  });

  it('link to the moment: a media fragment for files, the provider’s own time parameter otherwise', () => {
    const at = (url: string, s: number, e?: number) => linkAt(url, recordingOf(url)!, s, e);
    // The start rounds down and the end up, to the tenth: the fragment never leaves out a word.
    expect(at('https://media.example.org/talk.mp3', 61.25, 70)).toBe('https://media.example.org/talk.mp3#t=61.2,70');
    expect(at('https://media.example.org/talk.mp3', 350.97, 355.81)).toBe('https://media.example.org/talk.mp3#t=350.9,355.9');
    expect(at('https://media.example.org/talk.mp3', 0.3, 0.7)).toBe('https://media.example.org/talk.mp3#t=0.3,0.7');
    expect(at('https://media.example.org/talk.mp3', 5)).toBe('https://media.example.org/talk.mp3#t=5');
    expect(at('https://youtu.be/dQw4w9WgXcQ', 61.9)).toBe('https://youtu.be/dQw4w9WgXcQ?t=61s');
    expect(at('https://www.youtube.com/watch?v=dQw4w9WgXcQ', 3)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s');
    expect(at('https://vimeo.com/76979871', 90)).toBe('https://vimeo.com/76979871#t=90s');
    expect(at('https://archive.org/details/CSPAN_2017_talk', 42)).toBe('https://archive.org/details/CSPAN_2017_talk#start/42');
  });
});

describe('pages with a recording', () => {
  let engine: SearchEngine;
  let slug: string;
  let cleanup: () => Promise<void>;
  const FILE = 'https://media.example.org/talks/timed.wav';
  beforeAll(async () => {
    ({ engine, slug, cleanup } = await timedEngine(FILE));
  });
  afterAll(() => cleanup());

  const app = () => createApp({ engine, config: testConfig() });
  const quoteOf = async (text: string) => (await engine.list({ source: slug }, { offset: 0, limit: 10 })).quotes.find((q) => q.text === text)!;

  it('offer the quote’s moment behind a facade: a link with a media fragment, a button for the script, no media element', async () => {
    const quote = await quoteOf(TIMED_TURNS[1].text);
    expect(quote.time).toMatchObject({ start: 4, end: 9 });
    const res = await request(app()).get(`/q/${quote.id}`).expect(200);
    const html = res.text.replace(/&#x3D;/g, '=');
    expect(html).toContain('data-player data-kind="audio" data-origin="https://media.example.org" data-src="https://media.example.org/talks/timed.wav" data-start="4" data-end="9"');
    expect(html).toContain('<a class="recording-link" href="https://media.example.org/talks/timed.wav#t=4,9" rel="external noopener">Open the recording at 0:04');
    expect(html).toMatch(/<button type="button" class="play-button" data-play hidden><span aria-hidden="true">▶ <\/span>Play from 0:04<\/button>/);
    // Nothing from the recording's host is loaded by the page itself.
    expect(html).not.toMatch(/<(?:audio|video|iframe|source|img|script)\b[^>]*media\.example\.org/);
    expect(res.headers['content-security-policy']).toMatch(/;media-src 'self' https:\/\/media\.example\.org$/);
    expect(res.headers['content-security-policy']).not.toContain('frame-src');
  });

  it('turn each time on the source page into a link to that moment, which the script makes seek', async () => {
    const res = await request(app()).get(`/sources/${slug}`).expect(200);
    const html = res.text.replace(/&#x3D;/g, '=');
    expect(html).toContain('Play the recording</button>');
    for (const t of TIMED_TURNS) {
      expect(html).toContain(`<a class="time seek" href="https://media.example.org/talks/timed.wav#t=${t.start}" data-seek="${t.start}" data-end="${t.end}" rel="external noopener"><span class="visually-hidden">Play from </span><time>0:${String(t.start).padStart(2, '0')}</time></a>`);
    }
    expect(res.headers['content-security-policy']).toContain("media-src 'self' https://media.example.org");
  });

  it('allow nothing more on pages without a recording', async () => {
    const res = await request(app()).get('/sources/003-e883455660d33f06').expect(200);
    expect(res.text).not.toContain('data-player');
    expect(res.headers['content-security-policy']).not.toMatch(/media-src|frame-src/);
  });

  describe('a hosted video', () => {
    let hosted: SearchEngine;
    let hostedSlug: string;
    let done: () => Promise<void>;
    beforeAll(async () => {
      ({ engine: hosted, slug: hostedSlug, cleanup: done } = await timedEngine('https://www.youtube.com/watch?v=dQw4w9WgXcQ'));
    });
    afterAll(() => done());

    it('plays in the provider’s player from the quote’s start, allowed as a frame only', async () => {
      const quote = (await hosted.list({ source: hostedSlug }, { offset: 0, limit: 10 })).quotes[2]!;
      const res = await request(createApp({ engine: hosted, config: testConfig() })).get(`/q/${quote.id}`).expect(200);
      const html = res.text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
      expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start={t}&autoplay=1&enablejsapi=1&rel=0" data-start="9"');
      expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=9s"');
      expect(html).not.toMatch(/<iframe/);
      expect(res.headers['content-security-policy']).toMatch(/;frame-src https:\/\/www\.youtube-nocookie\.com$/);
    });
  });
});
