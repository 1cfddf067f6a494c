/**
 * Direct quotations in news, scored on PolNeAR (Newell, Margolin & Ruths, LREC 2018): political news
 * articles with every attribution annotated (source, cue, content) in BRAT standoff. A unit is a
 * quoted passage of four words or more that lies in an annotated content span; its gold speaker is
 * that attribution's source. Named sources are compared by name (titles, appositions and clauses cut
 * off: "Cruz, who has proposed…" is Cruz); a pronoun source ("he said") is compared with the person
 * CoreNLP's coreference (shipped with PolNeAR, automatic, so "silver") resolves it to; a description or
 * organisation ("a spokesman", "the campaign") is counted apart. Pure: the caller reads the files.
 */
import { nameTokens } from '../speakers.ts';

/** One annotated span: `T12\tSource 4186 4247\tCruz, …`. */
interface Span {
  label: string;
  ranges: Array<[number, number]>;
  text: string;
}

/** One attribution: its source, cue and content spans. */
export interface GoldAttribution {
  source?: Span;
  cue?: Span;
  content: Span[];
}

/** Attributions of a BRAT `.ann` file (spans whose surface holds a line break continue on the next line). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span>();
  const events: string[] = [];
  const rows = ann.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (/^T\d+\t/.test(row)) {
      const [id, head, surface = ''] = row.split('\t');
      const [label, ...offsets] = head!.split(' ');
      const ranges = offsets.join(' ').split(';').map((r) => r.trim().split(' ').map(Number) as [number, number]);
      let text = surface;
      while (i + 1 < rows.length && !/^(?:[TEAR]\d+|#\d*|\*)\t/.test(rows[i + 1]!) && rows[i + 1] !== '') text += `\n${rows[++i]}`;
      spans.set(id!, { label: label!, ranges, text });
    } else if (/^E\d+\t/.test(row)) events.push(row.split('\t')[1] ?? '');
  }
  return events.map((e) => {
    const args = new Map<string, string[]>();
    for (const part of e.split(' ')) {
      const [role, id] = part.split(':');
      if (!role || !id) continue;
      const key = role.replace(/\d+$/, '');
      args.set(key, [...(args.get(key) ?? []), id]);
    }
    const get = (role: string) => (args.get(role) ?? []).map((id) => spans.get(id)).filter((s): s is Span => !!s);
    const out: GoldAttribution = { content: get('Content') };
    const source = get('Source')[0];
    const cue = get('Cue')[0];
    if (source) out.source = source;
    if (cue) out.cue = cue;
    return out;
  });
}

/** A quoted passage to attribute. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  gold: GoldAttribution;
}

const OPEN = new Set(['“', '"']);

/** Quoted passages of four words or more inside an annotated content span (paragraph by paragraph). */
export function units(text: string, gold: GoldAttribution[]): Unit[] {
  const out: Unit[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') open = -1;
    else if (open === -1 && OPEN.has(c)) open = i;
    else if (open !== -1 && (c === '”' || (c === '"' && text[open] === '"'))) {
      const inner = text.slice(open + 1, i);
      if ((inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 4) {
        let best: { g: GoldAttribution; overlap: number } | null = null;
        for (const g of gold) {
          let overlap = 0;
          for (const c2 of g.content) for (const [a, b] of c2.ranges) overlap += Math.max(0, Math.min(b, i + 1) - Math.max(a, open));
          if (overlap > 0 && (!best || overlap > best.overlap)) best = { g, overlap };
        }
        if (best && best.overlap >= (i + 1 - open) / 2) out.push({ start: open, end: i + 1, text: inner, gold: best.g });
      }
      open = -1;
    }
  }
  return out;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'his', 'her', 'him', 'them', 'their', 'it', 'its', 'who', 'you']);
const HONORIFIC = /^(?:(?:former|then|sen|senator|rep|representative|gov|governor|mr|mrs|ms|dr|president|vice|secretary|mayor|judge|gen|general|rev|speaker|chairman|candidate|nominee|republican|democratic|gop|presidential|u\.s\.|democrat|rival|the|businessman|billionaire|real|estate|mogul)\.?\s+)+/i;

/** The kind of source a gold attribution names. */
export type SourceKind = 'named' | 'pronoun' | 'description' | 'none';

/** A word before "of" that makes a title or a body, not the end of a name. */
const TITLED = /^(?:Secretary|Chief|Director|Supervisor|Head|Chair|Chairman|Chairwoman|President|Minister|Governor|Mayor|Department|Office|Bureau|University|College|Poll|Board|Bank|Council|Committee|Commissioner|Attorney|Speaker|Member|Chancellor|Dean|Professor|Leader|General|Inspector|Comptroller|Treasurer|Clerk|Justice|Secretary-General|Friends|Sons|Daughters)$/;

/**
 * "Stacy Baker of Columbia, South Carolina", "presidential candidate Hillary Clinton of New York": a
 * person of a place or a body is the person — where two capitalised words come before the first "of",
 * the last of them no title or body ("Missouri Secretary of State Jason Kander", "White House Chief
 * of Staff Denis McDonough", "A University of New Hampshire poll" keep their last words).
 */
function personOf(source: string): string {
  const of = source.search(/ of (?:the )?\p{Lu}/u);
  // "The Hollywood Chamber of Commerce", "A study by …": a body or a description, not a person of one.
  if (of === -1 || /^(?:The|A|An) /.test(source)) return source;
  const before = source.slice(0, of);
  const words = before.split(' ').slice(-2);
  const name = words.length === 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !TITLED.test(words[1]!);
  return name ? before : source;
}

/** A source span's person: "Rep. Earl Blumenauer (D-Ore.)" → "Earl Blumenauer"; "Cruz, who has…" → "Cruz". */
export function sourceName(source: string): { kind: SourceKind; name?: string } {
  const cut = source.replace(/\s*\([^()]*\)/g, '').split(/,|\bwho\b|\bwhich\b|\bthat\b|\bsaid\b/)[0]!.replace(/['’]s\b/g, '').trim();
  if (PRONOUNS.has(cut.toLowerCase())) return { kind: 'pronoun' };
  // "the former top aide to President George W. Bush", "a person close to the Clintons": whom a
  // description is for is not who speaks (a title in capitals, "Ambassador to the United Nations
  // Samantha Power", still names its holder).
  if (/(?:^|\s)\p{Ll}[\p{L}-]* to (?:the )?\p{Lu}/u.test(cut)) return { kind: 'description' };
  const named = personOf(cut.replace(HONORIFIC, '').trim());
  // The trailing capitalised words are the name: "Democratic presidential nominee Hillary Clinton".
  const m = /((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]+)$/u.exec(named);
  if (m && !/^(?:The|A|An)$/.test(m[1]!)) return { kind: 'named', name: m[1]!.trim() };
  return { kind: 'description' };
}

/** Same person: one name's words within the other's, or the same surname. */
export function samePerson(got: string, gold: string): boolean {
  const a = nameTokens(got);
  const b = nameTokens(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (a.at(-1) === b.at(-1)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((t) => long.includes(t));
}
