/**
 * The stall benchmark (`npm run bench -- --stall`): does serving heavy pages hold up other requests?
 * A tiny request (`/health`) is timed one at a time, first on an idle server (the baseline, same run),
 * then while ten connections ask for the heaviest pages there are — the longest sources (first and
 * last page), the home page, every source and speaker listed, a search with facets over a common
 * word, a search that finds nothing (with its "did you mean"), a 10,000-row CSV export, a permalink
 * deep in a long source. Each process (server, load, probe) runs on its own; everything stops by itself.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load, runScript, type LoadResult } from './load.ts';
import type { Markov } from './markov.ts';
import type { Random } from './random.ts';

/** Words planted in the long sources, to find them (and a quote deep inside) through the API. */
const FIRST_MARK = 'zanzibarine';
const LAST_MARK = 'xylophonist';
const REVIEW_MARK = 'quillwort';

export interface LongSources {
  transcriptTurns: number;
  reviewSentences: number;
}

/**
 * Add a very long interview and a very long review to a generated collection folder (as files, so
 * that they are read, parsed and indexed as a user's would be).
 */
export async function writeLongSources(folder: string, markov: Markov, random: Random, sizes: LongSources): Promise<void> {
  const turns: string[] = [];
  for (let t = 0; t < sizes.transcriptTurns; t++) {
    const text = `${t === 0 ? `${FIRST_MARK} ` : t === sizes.transcriptTurns - 2 ? `${LAST_MARK} ` : ''}${markov.sentence(random, 6, 30)}`;
    turns.push(`${t % 2 === 0 ? 'HOST' : 'GUEST'}: ${text}`);
  }
  await writeFile(path.join(folder, 'long-interview.txt'), `${turns.join('\n\n')}\n`);
  await writeFile(path.join(folder, 'long-interview.txt.yml'), 'kind: interview\ntitle: A very long interview\n');
  const paragraphs: string[] = [];
  for (let s = 0; s < sizes.reviewSentences; s += 8) {
    const sentences = Array.from({ length: 8 }, () => markov.sentence(random, 6, 24));
    if (s === 0) sentences.unshift(`The ${REVIEW_MARK} of it all.`);
    if (random.chance(0.5)) sentences.push(`“${markov.sentence(random, 5, 14).replace(/[.!?]$/, '')},” she said.`);
    paragraphs.push(sentences.join(' '));
  }
  await writeFile(path.join(folder, 'long-review.txt'), `${paragraphs.join('\n\n')}\n`);
  await writeFile(path.join(folder, 'long-review.txt.yml'), 'kind: review\ntitle: A very long review\nauthor: Ann Critic\n');
}

interface Hit {
  id: string;
  source: { slug: string };
  speaker: { slug: string } | null;
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** The heavy pages of a running server, found through its own API. */
export async function heavyPages(origin: string): Promise<string[]> {
  const first = (await json<{ hits: Hit[] }>(`${origin}/api/search?q=${FIRST_MARK}`)).hits[0];
  const last = (await json<{ hits: Hit[] }>(`${origin}/api/search?q=${LAST_MARK}`)).hits[0];
  if (!first || !last) throw new Error('the long sources are not in the index');
  const long = first.source.slug;
  const page = await (await fetch(`${origin}/sources/${long}`)).text();
  const pages = Number(/Page 1 of (\d+)/.exec(page)?.[1] ?? 1);
  const review = (await json<{ hits: Hit[] }>(`${origin}/api/search?q=${REVIEW_MARK}`)).hits[0]?.source.slug;
  if (!review) throw new Error('the long review is not in the index');
  const speaker = (await json<{ hits: Hit[] }>(`${origin}/api/search?q=the&perPage=1`)).hits[0]?.speaker?.slug;
  return [
    `/sources/${long}`,
    `/sources/${long}?page=${pages}`,
    `/q/${last.id}`,
    `/sources/${review}?page=2`,
    '/',
    '/sources',
    '/speakers',
    ...(speaker ? [`/speakers/${speaker}?page=3`] : []),
    '/search?q=the+people',
    '/search?q=zzqxv+wrold+pepole',
    '/api/search?q=the&format=csv',
  ];
}

export interface StallResult {
  idle: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  loaded: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  heavy: LoadResult;
  pages: string[];
}

/** Probe /health on an idle server, then under ten connections of heavy pages. */
export async function runStall(origin: string, heavyRequests: number): Promise<StallResult> {
  const pages = await heavyPages(origin);
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-stall-'));
  try {
    // Warm both paths first: the first render of each template and the first catalog are one-offs.
    await load(origin, [...pages, ...pages], 10);
    const probe = (stopFile: string, maxMs: number) => runScript('scripts/bench/health-probe.ts', [origin, stopFile, String(maxMs)], {});
    const idle = JSON.parse(await probe(path.join(dir, 'never'), 8_000)) as StallResult['idle'];
    const stop = path.join(dir, 'stop');
    const probing = probe(stop, 600_000);
    const heavy = await load(origin, Array.from({ length: heavyRequests }, (_, i) => pages[i % pages.length]!), 10);
    await writeFile(stop, '');
    const loaded = JSON.parse(await probing) as StallResult['loaded'];
    return { idle, loaded, heavy, pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
