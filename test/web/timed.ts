/**
 * A corpus with a recording: the seed corpus plus a timed WebVTT talk whose sidecar names its
 * recording (`media:`), indexed into an embedded engine. Used by the player tests (supertest and the
 * browser), which serve the recording themselves.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SearchEngine } from '../../server/search/engine.ts';
import { corpusCopy, indexedEngine } from './helpers.ts';

export const TIMED_FILE = 'city-of-ghosts/900_timed-talk.vtt';
/** Four turns, two speakers, with their times (seconds). */
export const TIMED_TURNS = [
  { start: 0, end: 4, text: 'We started filming in Gaziantep, in the safe houses.' },
  { start: 4, end: 9, text: 'The camera was the only weapon we had against them.' },
  { start: 9, end: 14, text: 'And the footage had to leave the city in pieces.' },
  { start: 14, end: 20, text: 'Every video we sent out was a risk for our families.' },
] as const;
const VOICES = ['Matthew Heineman', 'Abdalaziz Alhamza'];

const stamp = (s: number) => `00:00:${String(s).padStart(2, '0')}.000`;

/** `extra`: more files for the corpus (path under it → text), such as a second collection. */
export async function timedEngine(media: string, extra: Record<string, string> = {}): Promise<{ engine: SearchEngine; slug: string; cleanup: () => Promise<void> }> {
  const copy = await corpusCopy();
  for (const [file, text] of Object.entries(extra)) {
    await mkdir(path.dirname(path.join(copy.dir, file)), { recursive: true });
    await copy.write(file, text);
  }
  const cues = TIMED_TURNS.map((t, i) => `${stamp(t.start)} --> ${stamp(t.end)}\n<v ${VOICES[i % 2]}>${t.text}`);
  await copy.write(TIMED_FILE, `WEBVTT\n\n${cues.join('\n\n')}\n`);
  await copy.write(`${TIMED_FILE}.yml`, `title: A timed talk about the footage\nkind: interview\ndate: 2017-07-10\nmedia: ${media}\n`);
  const engine = await indexedEngine(copy.dir);
  const catalog = (await engine.catalog())!;
  const source = catalog.sources.find((s) => s.path === TIMED_FILE);
  if (!source) throw new Error(`${TIMED_FILE} was not indexed`);
  // The corpus layer does not carry `media:` from sidecars into the metadata yet (it is being
  // rewritten): until it does, publish the index again with the recording the sidecar names.
  if (source.meta.media !== media) {
    const dump = (await engine.dump())!;
    const texts = await Promise.all(catalog.sources.map(async (s) => (await engine.sourceText(s.slug))!));
    source.meta = { ...source.meta, media };
    await engine.replaceAll({ quotes: dump.quotes, catalog, texts, permalinks: dump.permalinks });
  }
  return { engine, slug: source.slug, cleanup: copy.cleanup };
}
