/**
 * Direct quotations in news attributed from the text, scored on a PolNeAR split (its `data/<split>/`
 * folder: `text/*.txt`, `attributions/*.ann`, `corenlp/*.txt.xml`). The train split is for
 * development; dev and test are reserved for acceptance and are read only when asked for by name.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildSource } from '../../server/corpus/build.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { parseAnn, samePerson, sourceName, units, type SourceKind } from '../../server/corpus/evaluate/polnear.ts';
import { firstNameSex } from '../../server/corpus/lexicon/index.ts';

export interface UnitResult {
  /** The gold's kind; `…-hand` for units whose speaker a person read (see `Adjudicated`). */
  kind: SourceKind | 'pronoun-unresolved' | 'pronoun-hand' | 'description-hand' | 'nobody-hand';
  /** The source span as annotated, the quotation's first words, and the words our rule relied on. */
  source?: string;
  quote: string;
  /** The text around the quotation, for reading the misses. */
  around: string;
  evidence?: string;
  gold: string | null;
  got: string | null;
  rule: string;
  /** A quotation of ours covers the unit. */
  found: boolean;
  correct: boolean;
}

/** The split's folder under a PolNeAR checkout's `data/` (or the folder itself). */
export function splitDir(root: string, split: string): string | null {
  for (const dir of [path.join(root, split), path.join(root, 'data', split)]) if (existsSync(path.join(dir, 'text'))) return dir;
  return null;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['sentence', 'token', 'coreference', 'mention'].includes(name) });

interface CoreToken {
  word: string;
  begin: number;
  end: number;
  ner: string;
  pos: string;
}

/** Who a source span names, by CoreNLP's named-entity tags and coreference (automatic: "silver"). */
export interface Silver {
  source(start: number, end: number): { kind: SourceKind | 'pronoun-unresolved'; name?: string };
}

/** The article's CoreNLP annotation as a lookup from a source span to the person it names. */
function silver(xmlText: string): Silver {
  type Mention = { sentence: string; start: string; end: string; head: string };
  const doc = xml.parse(xmlText) as { root?: { document?: { sentences?: { sentence?: Array<{ tokens: { token: Array<{ word: string; CharacterOffsetBegin: string; CharacterOffsetEnd: string; NER: string; POS: string }> } }> }; coreference?: Array<{ coreference?: Array<{ mention: Mention[] }> }> } } };
  const sentences: CoreToken[][] = (doc.root?.document?.sentences?.sentence ?? []).map((s) =>
    s.tokens.token.map((t) => ({ word: String(t.word), begin: Number(t.CharacterOffsetBegin), end: Number(t.CharacterOffsetEnd), ner: String(t.NER), pos: String(t.POS) })),
  );
  const chains = doc.root?.document?.coreference?.[0]?.coreference ?? [];
  const tokensOf = (m: Mention) => sentences[Number(m.sentence) - 1]?.slice(Number(m.start) - 1, Number(m.end) - 1) ?? [];
  /** The last run of PERSON tokens in a token list (the head of "Cruz constituent Dan Golvach"). */
  const person = (tokens: CoreToken[]): string | undefined => {
    let run: CoreToken[] = [];
    let last: CoreToken[] = [];
    let prev: CoreToken | undefined;
    for (const t of tokens) {
      // "the former top aide to President George W. Bush": whom a description is for is not who speaks.
      if (t.word === 'to' && prev && prev.ner !== 'PERSON' && /^\p{Ll}/u.test(prev.word)) break;
      prev = t;
      if (t.ner === 'PERSON') run.push(t);
      else if (run.length) {
        last = run;
        run = [];
      }
      // The head comes before an apposition or a relative clause.
      if (t.word === ',' || /^(?:who|which|that)$/i.test(t.word)) break;
    }
    if (run.length) last = run;
    return last.length ? last.map((t) => t.word).join(' ') : undefined;
  };
  const chainPerson = (start: number): string | undefined => {
    for (const chain of chains) {
      if (!chain.mention.some((m) => tokensOf(m)[0]?.begin === start)) continue;
      let best: string | undefined;
      for (const m of chain.mention) {
        const p = person(tokensOf(m));
        if (p && (!best || p.split(' ').length > best.split(' ').length)) best = p;
      }
      return best;
    }
    return undefined;
  };
  return {
    source(start, end) {
      const tokens = sentences.flat().filter((t) => t.begin >= start && t.end <= end);
      if (tokens.length === 0) return { kind: 'description' };
      if (/^PRP/.test(tokens[0]!.pos) || (tokens.length === 1 && /^(?:who|he|she|they)$/i.test(tokens[0]!.word))) {
        const name = chainPerson(tokens[0]!.begin);
        // A chain that puts "she" on a man's name (by the first-name list) is CoreNLP's mistake, not gold.
        const sex = /^(?:he|him|his)$/i.test(tokens[0]!.word) ? 'M' : /^(?:she|her|hers)$/i.test(tokens[0]!.word) ? 'F' : null;
        const named = name ? firstNameSex(name.split(' ')[0]!) : undefined;
        if (!name || (sex && (named === 'M' || named === 'F') && named !== sex) || name.split(' ').length < 2 && !/\p{Lu}/u.test(name)) return { kind: 'pronoun-unresolved' };
        return { kind: 'pronoun', name };
      }
      const name = person(tokens);
      if (name) return { kind: 'named', name };
      // "the Republican nominee": a description CoreNLP ties to a named person is that person.
      const resolved = chainPerson(tokens[0]!.begin);
      return resolved ? { kind: 'named', name: resolved } : { kind: 'description' };
    },
  };
}

/** A source span judged by its own words (no CoreNLP annotation): a pronoun cannot be resolved. */
function fallback(text: string): { kind: SourceKind | 'pronoun-unresolved'; name?: string } {
  const s = sourceName(text);
  return s.kind === 'pronoun' ? { kind: 'pronoun-unresolved' } : s;
}

/** Every unit of every article of the split, attributed and scored. */
/**
 * Speakers read by a person for a sample of units whose annotated source is a pronoun or a
 * description (`{ "id": "<article stem>@<quotation offset>", "speaker": … }` per line): where present,
 * they are the gold instead of CoreNLP's silver coreference.
 */
export type Adjudicated = Map<string, { speaker: string | null; confidence: string }>;

export function readAdjudicated(jsonl: string): Adjudicated {
  const out: Adjudicated = new Map();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; speaker: string | null; confidence: string };
    out.set(row.id, { speaker: row.speaker, confidence: row.confidence });
  }
  return out;
}

/**
 * How many of the split's articles lack CoreNLP's annotation (`corenlp/<article>.txt.xml`). Without it
 * a pronoun or description source is read from the span's own words, so the per-kind figures move: a
 * checkout that lost the folder must say so rather than print other figures as if they were the same.
 */
export async function withoutCoreNlp(dir: string): Promise<{ missing: number; articles: number }> {
  const texts = (await readdir(path.join(dir, 'text'))).filter((f) => f.endsWith('.txt'));
  const missing = texts.filter((f) => !existsSync(path.join(dir, 'corenlp', `${f}.xml`))).length;
  return { missing, articles: texts.length };
}

export async function scorePolnear(dir: string, limit = Infinity, adjudicated: Adjudicated = new Map()): Promise<UnitResult[]> {
  const texts = (await readdir(path.join(dir, 'text'))).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const anns = (await readdir(path.join(dir, 'attributions'))).sort();
  const results: UnitResult[] = [];
  for (const file of texts) {
    const stem = file.slice(0, -4);
    // Articles annotated twice are scored on one annotator, the first in name order.
    const annFile = anns.find((a) => a.startsWith(`${stem}_`));
    if (!annFile) continue;
    const text = await readFile(path.join(dir, 'text', file), 'utf8');
    const gold = parseAnn(await readFile(path.join(dir, 'attributions', annFile), 'utf8'));
    const found = units(text, gold);
    if (found.length === 0) continue;
    const parsed = buildSource({ path: file, slug: 'article', collection: null, text, format: 'text', contentStart: 0, given: { kind: 'article', reader: 'prose' }, registry: new SpeakerRegistry([]) });
    const quotations = parsed.quotes.filter((q) => q.kind === 'quotation');
    const xmlFile = path.join(dir, 'corenlp', `${file}.xml`);
    let annotated: Silver | null | undefined;
    for (const unit of found) {
      let best: { q: (typeof quotations)[number]; overlap: number } | null = null;
      for (const q of quotations) {
        const overlap = Math.min(q.position.end, unit.end) - Math.max(q.position.start, unit.start);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { q, overlap };
      }
      const got = best?.q.speaker?.name ?? null;
      const rule = best ? (best.q.attribution.rule ?? best.q.attribution.method) : 'not found';
      const source = unit.gold.source;
      let kind: UnitResult['kind'] = 'none';
      // A few annotated sources are not the speaker ("X said Y told him"): the gold for them is read by hand.
      let goldName: string | null = null;
      if (source) {
        if (annotated === undefined) annotated = existsSync(xmlFile) ? silver(await readFile(xmlFile, 'utf8')) : null;
        // Without CoreNLP's annotation (three train articles lack it), the span's own words decide.
        const s = annotated ? annotated.source(source.ranges[0]![0], source.ranges.at(-1)![1]) : fallback(source.text);
        kind = s.kind;
        goldName = s.name ?? source.text;
      }
      const hand = adjudicated.get(`${stem}@${unit.start}`);
      if (hand && (kind === 'pronoun' || kind === 'pronoun-unresolved' || kind === 'description') && hand.confidence !== 'unclear') {
        kind = hand.speaker ? (kind === 'description' ? 'description-hand' : 'pronoun-hand') : 'nobody-hand';
        goldName = hand.speaker;
      }
      const correct =
        kind === 'named' || kind === 'pronoun' || kind === 'pronoun-hand' || kind === 'description-hand' ? got !== null && samePerson(got, goldName!) : kind === 'none' || kind === 'nobody-hand' ? got === null : false;
      results.push({ kind, ...(source ? { source: source.text } : {}), quote: unit.text.slice(0, 60), around: text.slice(Math.max(0, unit.start - 160), Math.min(text.length, unit.end + 120)).replace(/\s+/g, ' '), ...(best?.q.attribution.evidence ? { evidence: best.q.attribution.evidence } : {}), gold: goldName, got, rule, found: best !== null, correct });
    }
  }
  return results;
}
