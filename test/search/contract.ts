/**
 * The search engine contract: one vitest `describe` block every `SearchEngine` runs (in the style of
 * unjs/unstorage's driver tests). It pins down the query semantics users see — the same with the
 * embedded engine and with Meilisearch — and the rest of the interface.
 *
 * Engine-neutral on purpose: writes are only assumed visible once `replaceAll` resolves, highlight
 * assertions check whole marked words (both engines mark a prefix or typo match over the whole word),
 * and crop assertions check the markers and bounds, not the exact window.
 * Engines may be slow to re-index (seconds for a network engine): the fixture is loaded once per
 * block and the replace tests have generous timeouts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import { MAX_FACET_VALUES, type FacetCounts, type SearchEngine, type SearchRequest, type SearchResult } from '../../server/search/engine.ts';
import { terms } from '../../server/search/tokenize.ts';
import { BUILT_AT_A, BUILT_AT_B, fixtureQuotes, fixtureSnapshot, fixtureSnapshotB, PERMALINKS, qid, SOURCES, SPEAKERS } from './fixtures.ts';

export interface EngineContractSetup {
  /** A fresh engine; the suite loads the fixture into it. */
  create(): Promise<SearchEngine>;
  /** Tear down what `create` made (the suite calls `close()` itself when this is absent). */
  cleanup?(engine: SearchEngine): Promise<void>;
  /** Titles of tests this engine skips, with the reason given where it is set up. */
  skip?: string[];
}

const REPLACE_TIMEOUT = 60_000;

export function describeEngineContract(name: string, setup: EngineContractSetup): void {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    const quotes = fixtureQuotes();
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const test = (title: string, fn: () => Promise<void>, timeout?: number) =>
      (setup.skip?.includes(title) ? it.skip : it)(title, fn, timeout);

    beforeAll(async () => {
      engine = await setup.create();
      await engine.replaceAll(fixtureSnapshot());
    }, REPLACE_TIMEOUT * 2);

    afterAll(async () => {
      if (!engine) return;
      if (setup.cleanup) await setup.cleanup(engine);
      else await engine.close();
    }, REPLACE_TIMEOUT);

    const search = (q: string, extra: Omit<SearchRequest, 'q'> = {}) => engine.search({ q, perPage: 100, ...extra });
    const ids = (r: SearchResult) => r.hits.map((h) => h.quote.id);
    const sorted = (xs: string[]) => [...xs].sort();
    /** Every hit of a request, page by page. */
    const allHits = async (request: SearchRequest): Promise<QuoteDocument[]> => {
      const out: QuoteDocument[] = [];
      for (let page = 1; ; page++) {
        const r = await engine.search({ ...request, page, perPage: 100 });
        out.push(...r.hits.map((h) => h.quote));
        if (out.length >= r.total || r.hits.length === 0) return out;
      }
    };
    /** Ids of fixture quotes whose text has all these words (exactly). */
    const having = (words: string[], not: string[] = []) =>
      quotes
        .filter((q) => {
          const all = new Set(terms(q.text));
          return words.every((w) => all.has(w)) && not.every((w) => !all.has(w));
        })
        .map((q) => q.id);
    const textOf = (id: string) => byId.get(id)!.text;
    const highlightOf = (r: SearchResult, id: string) => {
      const hit = r.hits.find((h) => h.quote.id === id);
      expect(hit, `hit ${id}`).toBeDefined();
      return hit!.highlight;
    };

    describe('matching', () => {
      test('every word must match', async () => {
        const r = await search('propaganda videos ');
        expect(sorted(ids(r))).toEqual(sorted([qid('propagandaVideos'), qid('warOfIdeas')]));
        expect(r.total).toBe(2);
        expect(r.dropped).toEqual([]);
        const wide = await search('propaganda ');
        expect(sorted(ids(wide))).toEqual(sorted([qid('propagandaVideos'), qid('skypeCall'), qid('warOfIdeas')]));
      });

      test('words are dropped from the end while nothing matches', async () => {
        const one = await search('raqqa propaganda zzyzzx');
        expect(one.dropped).toEqual(['zzyzzx']);
        expect(sorted(ids(one))).toEqual(sorted(having(['raqqa', 'propaganda'])));
        expect(one.total).toBeGreaterThan(0);

        const two = await search('propaganda qqxqq zzyzzx');
        expect(two.dropped).toEqual(['qqxqq', 'zzyzzx']);
        expect(sorted(ids(two))).toEqual(sorted([qid('propagandaVideos'), qid('skypeCall'), qid('warOfIdeas')]));

        const phrase = await search('raqqa "zzyzzx qqxqq"');
        expect(phrase.dropped).toEqual(['"zzyzzx qqxqq"']);
        expect(sorted(ids(phrase))).toEqual(sorted(having(['raqqa'])));
      });

      test('the last word matches as a prefix', async () => {
        const r = await search('propag');
        expect(sorted(ids(r))).toEqual(sorted([qid('propagandaVideos'), qid('skypeCall'), qid('warOfIdeas')]));
        // The whole word is marked, not only the prefix typed.
        expect(highlightOf(r, qid('skypeCall'))).toMatch(/<mark>propaganda<\/mark>/i);
        expect(r.hits.every((h) => h.corrected === undefined)).toBe(true);
        // Followed by a space, the word is complete: no prefix match.
        expect((await search('propag ')).total).toBe(0);
        // Only the last word is a prefix.
        expect((await search('propag videos ')).total).toBe(0);
      });

      test('the last word may carry a typo as a prefix', async () => {
        const r = await search('propoga');
        expect(sorted(ids(r))).toEqual(sorted([qid('propagandaVideos'), qid('skypeCall'), qid('warOfIdeas')]));
      });

      test('words under 5 letters must match exactly', async () => {
        expect((await search('film ')).total).toBeGreaterThan(0);
        expect((await search('flim ')).total).toBe(0);
        expect((await search('fiml ')).total).toBe(0);
      });

      test('words of 5 to 8 letters allow one typo', async () => {
        const exact = await search('raqqa ');
        expect(exact.total).toBeGreaterThan(0);
        const typo = await search('raqqe ');
        expect(sorted(ids(typo))).toEqual(sorted(ids(exact)));
        expect((await search('rakke ')).total).toBe(0);
      });

      test('words of 9 letters or more allow two typos', async () => {
        const exact = await search('documentarian ');
        expect(ids(exact)).toEqual([qid('heinemanFollowsUp')]);
        expect(ids(await search('documantarien '))).toEqual([qid('heinemanFollowsUp')]);
        expect((await search('dacumantarien ')).total).toBe(0);
      });

      test('a typo on the first letter counts as two', async () => {
        expect((await search('camera ')).total).toBeGreaterThan(0);
        expect((await search('kamera ')).total).toBe(0);
        expect((await search('raqqa ')).total).toBeGreaterThan(0);
        expect((await search('taqqa ')).total).toBe(0);
      });

      test('a swap of two adjacent letters is one typo', async () => {
        const r = await search('cmaera ');
        expect(sorted(ids(r))).toEqual(sorted([qid('hamoudCamera'), qid('cameraTurnsAway')]));
        expect(highlightOf(r, qid('hamoudCamera'))).toContain('<mark>camera</mark>');
        // "syira" is one swap from "syria", but a swap and an insertion from "syrian".
        const syria = await search('syira ');
        expect(sorted(ids(syria))).toEqual(sorted(having(['syria'])));
        expect(syria.total).toBeGreaterThan(0);
        expect((await search('syria ')).total).toBeGreaterThan(syria.total);
      });

      test('phrases match exactly and in order', async () => {
        const r = await search('"slaughtered silently"');
        expect(sorted(ids(r))).toEqual(sorted([qid('rbssName'), qid('cigarette')]));
        const reversed = await search('"silently slaughtered"');
        expect(reversed.total).toBe(0);
        expect((await search('"slaughtred silently"')).total).toBe(0);
        expect((await search('"slaughtered silent"')).total).toBe(0);
      });

      test('a phrase matches across punctuation, however long it is', async () => {
        // Across commas and a full stop: people quote what they remember, without the punctuation.
        expect(ids(await search('"thank you lester and thanks to hofstra"'))).toEqual([qid('thankYouLester')]);
        expect(ids(await search('"raqqa in syria for the past three years"'))).toEqual([qid('raqqaCapital')]);
        // Sixteen words: exactly the quote holding them, and nothing when one word differs.
        const long = '"we combed through hundreds and hundreds of hours of footage it was important to me"';
        expect(ids(await search(long))).toEqual([qid('footageHorrors')]);
        expect((await search(long.replace('hours', 'days'))).total).toBe(0);
        expect(ids(await search(`${long} horrors`))).toEqual([qid('footageHorrors')]);
      });

      test('words are never split or joined', async () => {
        // "no one" is in a quote: "noone" is not a word of the index, so nothing matches it.
        expect((await search('noone ')).total).toBe(0);
        expect(ids(await search('no one paid '))).toEqual([qid('skypeCall')]);
        // "defacto" is in a quote: "de facto" is two words no quote has.
        const twoWords = await search('de facto ');
        expect(twoWords.hits.map((h) => h.quote.id)).not.toContain(qid('raqqaCapital'));
        expect(ids(await search('defacto '))).toEqual([qid('raqqaCapital')]);
      });

      test('a first letter may be wrong (as two typos, from 9 letters), not dropped', async () => {
        const propaganda = sorted([qid('propagandaVideos'), qid('skypeCall'), qid('warOfIdeas')]);
        expect(sorted(ids(await search('qropaganda ')))).toEqual(propaganda);
        expect((await search('ropaganda ')).total).toBe(0);
      });

      test('only the word typed last is a prefix: not one followed by an exclusion', async () => {
        // "propag" alone finds "propaganda" as a prefix; followed by an exclusion it is a whole word.
        expect((await search('-zzyzzx propag')).total).toBe(3);
        expect((await search('propag -zzyzzx')).total).toBe(0);
      });

      test("searches the quote's own words, not speaker names or source titles", async () => {
        // Most of Heineman's quotes do not say his name: a search for it finds the two that do.
        const named = await search('heineman ');
        expect(sorted(ids(named))).toEqual(sorted([qid('heinemanDirector'), qid('heinemanFollowsUp')]));
        expect(named.hits.every((h) => h.highlight.includes('<mark>'))).toBe(true);
        // "Festival" is only in a title.
        expect((await search('festival ')).total).toBe(0);
        const titled = await search('cameras festival ');
        expect(titled.dropped).toEqual(['festival']);
      });

      test('a typo match says which word it matched', async () => {
        const r = await search('cmaera ');
        for (const id of [qid('hamoudCamera'), qid('cameraTurnsAway')]) {
          expect(r.hits.find((h) => h.quote.id === id)?.corrected).toEqual([{ typed: 'cmaera', matched: 'camera' }]);
        }
        // "camera" finds "cameras" with a typo; the exact matches carry no correction.
        const exact = await search('camera ');
        expect(exact.hits.find((h) => h.quote.id === qid('smuggledCameras'))?.corrected).toEqual([{ typed: 'camera', matched: 'cameras' }]);
        expect(exact.hits.find((h) => h.quote.id === qid('hamoudCamera'))?.corrected).toBeUndefined();
        // A typo in the prefix typed last: the whole word it matched is marked and named.
        const prefix = await search('propoga');
        const hit = prefix.hits.find((h) => h.quote.id === qid('skypeCall'))!;
        expect(hit.highlight).toMatch(/<mark>propaganda<\/mark>/i);
        expect(hit.corrected).toEqual([{ typed: 'propoga', matched: 'propaganda' }]);
      });

      test('excludes quotes with a word', async () => {
        const r = await search('raqqa -isis');
        const expected = having(['raqqa'], ['isis']);
        expect(expected.length).toBeGreaterThan(0);
        expect(sorted(ids(r))).toEqual(sorted(expected));
        expect(r.total).toBe(expected.length);
      });

      test('excludes quotes with a phrase', async () => {
        const r = await search('raqqa -"being slaughtered"');
        const all = having(['raqqa']);
        const expected = all.filter((id) => id !== qid('rbssName') && id !== qid('cigarette'));
        expect(all.length).toBe(expected.length + 2);
        expect(sorted(ids(r))).toEqual(sorted(expected));
      });

      test('an empty query lists everything in browse order', async () => {
        const r = await search('');
        expect(r.total).toBe(quotes.length);
        expect(ids(r)).toEqual(quotes.map((q) => q.id));
        expect(r.dropped).toEqual([]);
      });
    });

    describe('filters and facets', () => {
      const count = (pred: (q: QuoteDocument) => boolean) => quotes.filter(pred).map((q) => q.id);

      test('filter by speaker', async () => {
        const r = await search('', { filters: { speaker: [SPEAKERS.heineman.slug] } });
        expect(ids(r)).toEqual(count((q) => q.speaker?.slug === SPEAKERS.heineman.slug));
        const two = await search('', { filters: { speaker: [SPEAKERS.heineman.slug, SPEAKERS.alhamza.slug] } });
        expect(ids(two)).toEqual(count((q) => q.speaker?.slug === SPEAKERS.heineman.slug || q.speaker?.slug === SPEAKERS.alhamza.slug));
        expect(two.total).toBeGreaterThan(r.total);
      });

      test('filter by source', async () => {
        const r = await search('', { filters: { source: [SOURCES.review.slug, SOURCES.notes.slug] } });
        expect(ids(r)).toEqual(count((q) => q.source === SOURCES.review.slug || q.source === SOURCES.notes.slug));
      });

      test('filter by kind', async () => {
        const r = await search('', { filters: { kind: ['quotation'] } });
        expect(ids(r)).toEqual(count((q) => q.kind === 'quotation'));
        expect(r.total).toBeGreaterThan(0);
      });

      test('filter by collection', async () => {
        const r = await search('', { filters: { collection: ['debates-2016'] } });
        expect(ids(r)).toEqual(count((q) => q.collection === 'debates-2016'));
        expect(r.total).toBe(5);
      });

      test('filters combine: OR within a field, AND across fields', async () => {
        const r = await search('', { filters: { speaker: [SPEAKERS.heineman.slug, SPEAKERS.hamoud.slug], kind: ['quotation'] } });
        expect(ids(r)).toEqual(
          count((q) => (q.speaker?.slug === SPEAKERS.heineman.slug || q.speaker?.slug === SPEAKERS.hamoud.slug) && q.kind === 'quotation'),
        );
        const withQuery = await search('film', { filters: { collection: ['city-of-ghosts'], kind: ['turn', 'prose'] } });
        const all = await allHits({ q: 'film' });
        expect(sorted(ids(withQuery))).toEqual(
          sorted(all.filter((q) => q.collection === 'city-of-ghosts' && (q.kind === 'turn' || q.kind === 'prose')).map((q) => q.id)),
        );
        expect(withQuery.total).toBeGreaterThan(0);
        expect(withQuery.total).toBeLessThan(all.length);
        expect((await search('', { filters: { speaker: ['nobody-at-all'] } })).total).toBe(0);
      });

      const facetsOf = (docs: QuoteDocument[]): FacetCounts => {
        const f: FacetCounts = { speaker: new Map(), source: new Map(), kind: new Map(), collection: new Map() };
        const add = (r: Map<string, number>, k: string | undefined) => {
          if (k) r.set(k, (r.get(k) ?? 0) + 1);
        };
        for (const q of docs) {
          add(f.speaker, q.speaker?.slug);
          add(f.source, q.source);
          add(f.kind, q.kind);
          add(f.collection, q.collection);
        }
        return f;
      };

      test('facets count the whole result set', async () => {
        for (const request of [
          { q: 'raqqa' },
          { q: 'the', perPage: 5 },
          { q: '' },
          { q: 'film', filters: { kind: ['prose' as const] } },
          { q: 'raqqa -isis' },
        ]) {
          const r = await engine.search(request);
          const all = await allHits(request);
          expect(all.length).toBe(r.total);
          expect(r.facets, JSON.stringify(request)).toEqual(facetsOf(all));
        }
        const none = await search('zzyzzx');
        expect(none.facets).toEqual({ speaker: new Map(), source: new Map(), kind: new Map(), collection: new Map() });
      });
    });

    describe('highlight and crop', () => {
      test('marks matched words and escapes HTML', async () => {
        const r = await search('alert');
        const html = highlightOf(r, qid('scriptTag'));
        expect(html).toContain('<mark>alert</mark>');
        expect(html).toContain('&lt;script&gt;');
        expect(html).toContain('&amp;');
        expect(html).not.toContain('<script');
        expect(html).not.toContain('"quotes"');
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      });

      test('marks every matched word, typos and phrases included', async () => {
        const r = await search('human face ');
        expect(highlightOf(r, qid('humanFace'))).toContain('<mark>human</mark> <mark>face</mark>');
        const phrase = await search('"being slaughtered"');
        expect(highlightOf(phrase, qid('rbssName'))).toMatch(/<mark>Being<\/mark> <mark>Slaughtered<\/mark>/);
        const typo = await search('documantarien ');
        expect(highlightOf(typo, qid('heinemanFollowsUp'))).toContain('<mark>documentarian</mark>');
      });

      test('crops long texts around the match with …', async () => {
        const r = await search('fences');
        const html = highlightOf(r, qid('footageHorrors'));
        expect(html.startsWith('…')).toBe(true);
        expect(html).toContain('<mark>fences</mark>');
        expect(html.endsWith('…')).toBe(false);
        const words = terms(html.replace(/<\/?mark>/g, ''));
        expect(words.length).toBeLessThanOrEqual(30);
        expect(words.length).toBeGreaterThanOrEqual(25);

        const short = await search('fences', { cropLength: 10 });
        const shortHtml = highlightOf(short, qid('footageHorrors'));
        expect(terms(shortHtml.replace(/<\/?mark>/g, '')).length).toBeLessThanOrEqual(10);
        expect(shortHtml).toContain('<mark>fences</mark>');

        // Without a match to centre on, the crop starts at the beginning.
        const browse = await search('', { filters: { source: [SOURCES.npr.slug] } });
        const start = highlightOf(browse, qid('footageHorrors'));
        expect(start.startsWith('I think for me')).toBe(true);
        expect(start.endsWith('…')).toBe(true);

        // Short texts are not cropped.
        const whole = highlightOf(await search('bartender'), qid('bartender'));
        expect(whole).toBe('I do not know. So far maybe like a <mark>bartender</mark>.');
      });
    });

    describe('ranking and sorting', () => {
      test('fewer typos rank first', async () => {
        const r = await search('camera ');
        expect(sorted(ids(r).slice(0, 2))).toEqual(sorted([qid('hamoudCamera'), qid('cameraTurnsAway')]));
        expect(ids(r)[2]).toBe(qid('smuggledCameras'));
        expect(r.total).toBe(3);
      });

      test('closer words rank first', async () => {
        const r = await search('human face ');
        expect(ids(r)).toEqual([qid('humanFace'), qid('humanCost')]);
      });

      const dateOf = (q: QuoteDocument) => q.sourceRef.date;
      const checkDates = (docs: QuoteDocument[], direction: 1 | -1) => {
        const dated = docs.filter(dateOf);
        const undated = docs.filter((q) => !dateOf(q));
        expect(dated.length).toBeGreaterThan(0);
        expect(undated.length).toBeGreaterThan(0);
        // Undated quotes come last, whatever the direction.
        expect(docs.slice(dated.length).every((q) => !dateOf(q))).toBe(true);
        for (let i = 1; i < dated.length; i++) {
          const a = dateOf(dated[i - 1]!)!;
          const b = dateOf(dated[i]!)!;
          expect(direction * (a < b ? -1 : a > b ? 1 : 0), `${a} then ${b}`).toBeLessThanOrEqual(0);
        }
      };

      test('sort by date, newest first', async () => {
        const browse = await search('', { sort: 'date:desc' });
        checkDates(browse.hits.map((h) => h.quote), -1);
        expect(browse.hits[0]!.quote.sourceRef.date).toBe('2017-07-21');
        const film = await search('film', { sort: 'date:desc' });
        checkDates(film.hits.map((h) => h.quote), -1);
      });

      test('sort by date, oldest first', async () => {
        const browse = await search('', { sort: 'date:asc' });
        checkDates(browse.hits.map((h) => h.quote), 1);
        expect(browse.hits[0]!.quote.sourceRef.date).toBe('2016-09-26');
        // Partial dates sort as strings: 2017-07 before 2017-07-07.
        const order = [...new Set(browse.hits.map((h) => h.quote.sourceRef.date ?? 'none'))];
        expect(order).toEqual(['2016-09-26', '2017-07', '2017-07-07', '2017-07-21', 'none']);
        const film = await search('film', { sort: 'date:asc' });
        checkDates(film.hits.map((h) => h.quote), 1);
      });

      test('sort in source order', async () => {
        const r = await search('film', { sort: 'source' });
        const orders = r.hits.map((h) => h.quote.order);
        expect(orders).toEqual([...orders].sort((a, b) => a - b));
        expect(r.total).toBeGreaterThan(2);
        // The same quotes as by relevance, in another order.
        expect(sorted(ids(r))).toEqual(sorted(ids(await search('film'))));
      });

      test('sorting keeps relevance as the tie-break', async () => {
        // All three camera quotes are undated or share a date per source: within one date, fewer typos first.
        const r = await search('camera ', { sort: 'date:desc' });
        expect(ids(r)).toEqual([qid('hamoudCamera'), qid('cameraTurnsAway'), qid('smuggledCameras')]);
      });
    });

    describe('pagination', () => {
      test('pages are disjoint, cover everything, and keep the total', async () => {
        const seen: string[] = [];
        for (let page = 1; page <= 4; page++) {
          const r = await engine.search({ q: '', page, perPage: 10 });
          expect(r.total).toBe(quotes.length);
          expect(r.page).toBe(page);
          expect(r.perPage).toBe(10);
          expect(r.hits.length).toBe(page < 4 ? 10 : quotes.length - 30);
          seen.push(...ids(r));
        }
        expect(new Set(seen).size).toBe(seen.length);
        expect(sorted(seen)).toEqual(sorted(quotes.map((q) => q.id)));
        const beyond = await engine.search({ q: '', page: 5, perPage: 10 });
        expect(beyond.hits).toEqual([]);
        expect(beyond.total).toBe(quotes.length);
      });

      test('ranked pages follow one order', async () => {
        const whole = ids(await search('the'));
        expect(whole.length).toBeGreaterThan(8);
        const paged: string[] = [];
        for (let page = 1; paged.length < whole.length; page++) {
          const r = await engine.search({ q: 'the', page, perPage: 4 });
          expect(r.total).toBe(whole.length);
          paged.push(...ids(r));
        }
        expect(paged).toEqual(whole);
        const dated = ids(await search('the', { sort: 'date:asc' }));
        const datedPaged: string[] = [];
        for (let page = 1; datedPaged.length < dated.length; page++) {
          datedPaged.push(...ids(await engine.search({ q: 'the', page, perPage: 3, sort: 'date:asc' })));
        }
        expect(datedPaged).toEqual(dated);
      });

      test('defaults to page 1 of 20', async () => {
        const r = await engine.search({ q: '' });
        expect(r.page).toBe(1);
        expect(r.perPage).toBe(20);
        expect(r.hits.length).toBe(20);
      });

      test('rejects page < 1 and perPage outside 1–100', async () => {
        for (const bad of [{ page: 0 }, { perPage: 0 }, { perPage: 101 }]) {
          await expect(engine.search({ q: 'raqqa', ...bad })).rejects.toMatchObject({ status: 400, code: 'bad_request' });
        }
      });
    });

    describe('documents and metadata', () => {
      test('get and getMany', async () => {
        const id = qid('hamoudCamera');
        expect(await engine.get(id)).toEqual(byId.get(id));
        expect(await engine.get('no-such-quote')).toBeNull();
        const many = await engine.getMany([qid('goodLuck'), 'no-such-quote', qid('raqqaCapital')]);
        expect(many.map((q) => q.id)).toEqual([qid('goodLuck'), qid('raqqaCapital')]);
        expect(many[1]).toEqual(byId.get(qid('raqqaCapital')));
      });

      test('resolve: found, moved, gone, unknown', async () => {
        const found = await engine.resolve(qid('worstState'));
        expect(found.status).toBe('found');
        expect(found.status === 'found' && found.quote.text).toBe(textOf(qid('worstState')));
        const moved = await engine.resolve(PERMALINKS[0]!.id);
        expect(moved).toEqual({ status: 'moved', to: qid('hamoudCamera'), record: PERMALINKS[0] });
        const gone = await engine.resolve(PERMALINKS[1]!.id);
        expect(gone).toEqual({ status: 'gone', record: PERMALINKS[1] });
        expect(await engine.resolve('never-existed')).toEqual({ status: 'unknown' });
      });

      test('list by source and by speaker, in transcript order', async () => {
        const npr = quotes.filter((q) => q.source === SOURCES.npr.slug);
        const first = await engine.list({ source: SOURCES.npr.slug }, { offset: 0, limit: 5 });
        expect(first.total).toBe(npr.length);
        expect(first.quotes.map((q) => q.id)).toEqual(npr.slice(0, 5).map((q) => q.id));
        const rest = await engine.list({ source: SOURCES.npr.slug }, { offset: 10, limit: 5 });
        expect(rest.quotes.map((q) => q.id)).toEqual(npr.slice(10, 15).map((q) => q.id));
        const heineman = quotes.filter((q) => q.speaker?.slug === SPEAKERS.heineman.slug);
        const bySpeaker = await engine.list({ speaker: SPEAKERS.heineman.slug }, { offset: 0, limit: 100 });
        expect(bySpeaker.total).toBe(heineman.length);
        expect(bySpeaker.quotes.map((q) => q.id)).toEqual(heineman.map((q) => q.id));
        expect((await engine.list({ source: 'no-such-source' }, { offset: 0, limit: 10 })).total).toBe(0);
      });

      test('catalog, source text, stats, health', async () => {
        const snapshot = fixtureSnapshot();
        expect(await engine.catalog()).toEqual(snapshot.catalog);
        expect(await engine.sourceText(SOURCES.review.slug)).toEqual(snapshot.texts.find((t) => t.slug === SOURCES.review.slug));
        expect(await engine.sourceText('no-such-source')).toBeNull();
        expect(await engine.stats()).toEqual({ quotes: quotes.length, sources: 5, speakers: 9, builtAt: BUILT_AT_A });
        expect((await engine.health()).ok).toBe(true);
      });

      test('a search without facets or highlights: the same hits and total, nothing counted or marked', async () => {
        const full = await search('camera');
        const bare = await search('camera', { facets: false, highlight: false });
        expect(ids(bare)).toEqual(ids(full));
        expect(bare.total).toBe(full.total);
        expect([...bare.facets.speaker, ...bare.facets.source, ...bare.facets.kind, ...bare.facets.collection]).toEqual([]);
        expect(bare.hits.every((h) => h.highlight === '')).toBe(true);
      });

      test('a range of a source text, clamped to the text', async () => {
        const whole = fixtureSnapshot().texts.find((t) => t.slug === SOURCES.review.slug)!;
        const n = whole.text.length;
        const part = await engine.sourceTextRange(SOURCES.review.slug, 10, 60);
        expect(part).toEqual({ slug: whole.slug, text: whole.text.slice(10, 60), start: 10, end: 60, length: n, contentStart: whole.contentStart });
        expect(await engine.sourceTextRange(SOURCES.review.slug, -5, n + 1000)).toMatchObject({ text: whole.text, start: 0, end: n });
        expect(await engine.sourceTextRange(SOURCES.review.slug, n + 5, n + 10)).toMatchObject({ text: '', start: n, end: n });
        expect(await engine.sourceTextRange('no-such-source', 0, 10)).toBeNull();
      });

      test('did you mean: the closest indexed word, the most used first', async () => {
        const words = [
          { term: 'raqa', prefix: false },
          { term: 'cmaera', prefix: false },
          { term: 'kamera', prefix: false },
          { term: 'cameraa', prefix: false },
          { term: 'camera', prefix: false },
          { term: 'cam', prefix: true },
          { term: 'zzyzzx', prefix: false },
        ];
        expect(await engine.correctWords(words)).toEqual(['raqqa', 'camera', 'camera', 'camera', null, null, null]);
        expect(await engine.correctWords([])).toEqual([]);
      });

      test('dump returns every quote and permalink record', async () => {
        const dump = await engine.dump();
        expect(dump).not.toBeNull();
        const got = [...dump!.quotes].sort((a, b) => a.order - b.order);
        expect(got).toEqual(quotes);
        expect([...dump!.permalinks].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...PERMALINKS].sort((a, b) => a.id.localeCompare(b.id)));
      });
    });

    describe('re-indexing', () => {
      test(
        'facets keep the most frequent values when there are many',
        async () => {
          // 150 sources holding 1 to 5 quotes each: more facet values than an engine returns.
          const template = quotes[0]!;
          const many: QuoteDocument[] = [];
          for (let s = 0; s < 150; s++) {
            const slug = `many-${String(s).padStart(3, '0')}`;
            for (let k = 0; k <= s % 5; k++) {
              many.push({ ...structuredClone(template), id: `${slug}_${k}`, text: `Zebra crossing number ${k} in ${slug}.`, source: slug, sourceRef: { ...template.sourceRef, slug, title: `Many ${s}` }, position: { ...template.position, ordinal: k }, prev: null, next: null, quotedIn: [], order: many.length });
            }
          }
          try {
            await engine.replaceAll({ quotes: many, catalog: { ...fixtureSnapshot().catalog, builtAt: BUILT_AT_B }, texts: [], permalinks: [] });
            const r = await engine.search({ q: 'zebra' });
            expect(r.total).toBe(many.length);
            const kept = [...r.facets.source];
            expect(kept).toHaveLength(MAX_FACET_VALUES);
            const counts = new Map<string, number>();
            for (const q of many) counts.set(q.source, (counts.get(q.source) ?? 0) + 1);
            for (const [slug, n] of kept) expect(n).toBe(counts.get(slug));
            const lowestKept = Math.min(...kept.map(([, n]) => n));
            for (const [slug, n] of counts) if (!r.facets.source.has(slug)) expect(n).toBeLessThanOrEqual(lowestKept);
          } finally {
            await engine.replaceAll(fixtureSnapshot());
          }
        },
        REPLACE_TIMEOUT * 2,
      );

      test(
        'replaceAll is atomic while searches go on',
        async () => {
          const requests: SearchRequest[] = [
            { q: 'raqqa' },
            { q: 'film', sort: 'date:desc' },
            { q: 'thank' },
            { q: 'camera ' },
            { q: '', perPage: 50 },
            { q: 'danger' },
            { q: 'stronger', filters: { kind: ['quotation'] } },
          ];
          const project = (r: SearchResult) =>
            JSON.stringify({
              total: r.total,
              dropped: r.dropped,
              facets: Object.values(r.facets).map((counts: Map<string, number>) => [...counts].sort()),
              hits: r.hits.map((h) => [h.quote.id, h.quote.text, h.highlight]),
            });
          const answer = (i: number) => engine.search(requests[i]!).then(project);
          const answersA = await Promise.all(requests.map((_, i) => answer(i)));
          try {
            let done = false;
            const observed: Array<[number, string]> = [];
            const replacing = engine.replaceAll(fixtureSnapshotB()).finally(() => {
              done = true;
            });
            const readers = Array.from({ length: 4 }, async (_, reader) => {
              for (let i = reader; !done; i++) {
                const k = i % requests.length;
                observed.push([k, await answer(k)]);
                // Let the re-index make progress whatever the engine's promise timing.
                await new Promise((resolve) => setImmediate(resolve));
              }
            });
            await replacing;
            await Promise.all(readers);
            const answersB = await Promise.all(requests.map((_, i) => answer(i)));
            requests.forEach((request, i) => expect(answersB[i], JSON.stringify(request)).not.toBe(answersA[i]));
            expect(observed.length).toBeGreaterThan(0);
            for (const [k, seen] of observed) expect([answersA[k], answersB[k]]).toContain(seen);
            // Once replaceAll has resolved, only B answers.
            for (let round = 0; round < 3; round++) {
              for (let i = 0; i < requests.length; i++) expect(await answer(i)).toBe(answersB[i]);
            }
            expect((await engine.stats()).builtAt).toBe(BUILT_AT_B);
            expect(await engine.get(qid('goodLuck'))).toBeNull();
            expect((await engine.resolve(PERMALINKS[0]!.id)).status).toBe('unknown');
          } finally {
            await engine.replaceAll(fixtureSnapshot());
          }
          expect((await Promise.all(requests.map((_, i) => answer(i))))).toEqual(answersA);
        },
        REPLACE_TIMEOUT * 3,
      );

      test(
        'drop deletes the whole index, permalink records too, and a replaceAll builds it again',
        async () => {
          try {
            await engine.drop();
            expect(await engine.stats()).toEqual({ quotes: 0, sources: 0, speakers: 0, builtAt: null });
            expect(await engine.catalog()).toBeNull();
            expect(await engine.dump()).toBeNull();
            await engine.drop(); // nothing left to delete is not an error
          } finally {
            await engine.replaceAll(fixtureSnapshot());
          }
          expect((await engine.stats()).quotes).toBe(quotes.length);
          expect((await engine.resolve(PERMALINKS[0]!.id)).status).not.toBe('unknown');
        },
        REPLACE_TIMEOUT * 2,
      );
    });
  });
}
