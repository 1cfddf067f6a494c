/**
 * A source's recording (its metadata `media:` URL, http or https only) as pages play it at a quote's
 * moment: an audio or video file through HTML5 media with a media fragment (`#t=start,end`), a
 * YouTube, Vimeo or Internet Archive address through the provider's player with its start
 * parameter. Hosted players load only when the reader presses play (a facade), so nothing is asked
 * of a third party before; the page's Content-Security-Policy then allows exactly the one origin
 * the recording needs (`allowRecording`). Without JavaScript, a plain link opens the recording at
 * the moment.
 */
import type { Response } from 'express';
import { clock } from './format.ts';

export type RecordingKind = 'audio' | 'video' | 'youtube' | 'vimeo' | 'archive';

/** What the player partial and `public/explore.js` need; every field is a plain string or number. */
export interface Recording {
  kind: RecordingKind;
  /** "audio file", "YouTube", … — where the recording plays. */
  provider: string;
  /** For files: the media URL without a fragment. */
  src: string | null;
  /** For hosted players: the embed URL with `{t}` where the start time (whole seconds) goes. */
  embed: string | null;
  /** The origin the page must allow (media-src for files, frame-src for players). */
  origin: string;
}

const AUDIO = /\.(?:mp3|m4a|aac|oga|ogg|opus|wav|flac|weba)$/i;
const VIDEO = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(?:www|m|music)\./, '');
  let id: string | null = null;
  if (host === 'youtu.be') id = url.pathname.slice(1).split('/')[0] ?? null;
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = url.searchParams.get('v') ?? /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname)?.[1] ?? null;
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

/** The recording at a metadata URL, or null when it is none of the kinds a page can play. */
export function recordingOf(media: string | undefined): Recording | null {
  if (!media) return null;
  let url: URL;
  try {
    url = new URL(media);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const yt = youtubeId(url);
  if (yt) {
    // The privacy-enhanced host: no cookies until the reader plays. enablejsapi lets the page follow playback.
    return { kind: 'youtube', provider: 'YouTube', src: null, embed: `https://www.youtube-nocookie.com/embed/${yt}?start={t}&autoplay=1&enablejsapi=1&rel=0`, origin: 'https://www.youtube-nocookie.com' };
  }
  const host = url.hostname.replace(/^www\./, '');
  const vimeo = host === 'vimeo.com' || host === 'player.vimeo.com' ? /^\/(?:video\/)?(\d+)(?:\/([0-9a-f]+))?/.exec(url.pathname) : null;
  if (vimeo) {
    const hash = vimeo[2] ?? url.searchParams.get('h');
    return { kind: 'vimeo', provider: 'Vimeo', src: null, embed: `https://player.vimeo.com/video/${vimeo[1]}?autoplay=1&dnt=1${hash ? `&h=${hash}` : ''}#t={t}s`, origin: 'https://player.vimeo.com' };
  }
  const path = decodeURIComponent(url.pathname);
  // An item page (or one file's page within it) plays in the Archive's player; /download/ URLs are files.
  if (host === 'archive.org' && /^\/(?:details|embed)\//.test(path)) {
    const item = path.replace(/^\/(?:details|embed)\//, '').replace(/\/+$/, '');
    if (!item) return null;
    return { kind: 'archive', provider: 'the Internet Archive', src: null, embed: `https://archive.org/embed/${encodeURI(item)}?start={t}&autoplay=1`, origin: 'https://archive.org' };
  }
  const kind = AUDIO.test(path) ? 'audio' : VIDEO.test(path) ? 'video' : null;
  if (!kind) return null;
  url.hash = '';
  return { kind, provider: `${kind} file`, src: url.href, embed: null, origin: url.origin };
}

/**
 * Seconds as a media fragment time, to the tenth: a start rounded down and an end rounded up, so the
 * fragment holds every word of the quote (350.97 s starts at 350.9, not 351, which skips a word).
 * The epsilon keeps a time already in tenths (0.3 × 10 = 3.0000000000000004) where it is.
 */
const EPSILON = 1e-6;
const fragmentStart = (s: number) => String(Math.floor(Math.max(0, s) * 10 + EPSILON) / 10);
const fragmentEnd = (s: number) => String(Math.ceil(Math.max(0, s) * 10 - EPSILON) / 10);

/** Where a plain link opens the recording at `start` (and, for a file, stops at `end`). */
export function linkAt(media: string, recording: Recording, start: number, end?: number): string {
  const t = Math.floor(Math.max(0, start));
  if (recording.kind === 'audio' || recording.kind === 'video') {
    return `${recording.src}#t=${fragmentStart(start)}${end !== undefined && end > start ? `,${fragmentEnd(end)}` : ''}`;
  }
  if (recording.kind === 'archive') return `${recording.embed!.replace(/\/embed\//, '/details/').replace(/\?.*$/, '')}#start/${t}`;
  const url = new URL(media);
  if (recording.kind === 'vimeo') {
    url.hash = `t=${t}s`;
    return url.href;
  }
  url.searchParams.set('t', `${t}s`);
  return url.href;
}

/** The player partial's data for one page: the recording, where it starts, and the plain link. */
export interface PlayerView extends Recording {
  start: number;
  end: number | null;
  startClock: string | null;
  link: string;
  /** The source's title, for the player's accessible name. */
  title: string;
}

export function playerView(media: string | undefined, title: string, time?: { start: number; end: number }): PlayerView | null {
  const recording = recordingOf(media);
  if (!recording) return null;
  const start = time?.start ?? 0;
  return { ...recording, start, end: time ? time.end : null, startClock: time ? clock(start) : null, link: linkAt(media!, recording, start, time?.end), title };
}

/** A turn's link into the recording at its start (no JavaScript), and its times for seeking. */
export function turnSeek(media: string | undefined, recording: Recording | null, time?: { start: number; end: number }): { start: number; end: number; href: string; clock: string } | null {
  if (!recording || !media || !time) return null;
  return { start: time.start, end: time.end, href: linkAt(media, recording, time.start), clock: clock(time.start) };
}

/**
 * Let this page load the recording, and nothing else from elsewhere: `media-src` for a file on
 * another origin, `frame-src` for a hosted player. Every other directive stays as the app set it.
 */
export function allowRecording(res: Response, recording: Recording | null): void {
  if (!recording) return;
  const csp = res.getHeader('Content-Security-Policy');
  if (typeof csp !== 'string') return;
  const directive = recording.src ? `media-src 'self' ${recording.origin}` : `frame-src ${recording.origin}`;
  res.setHeader('Content-Security-Policy', `${csp};${directive}`);
}
