/**
 * A deterministic benchmark corpus of about N quotes, written as real transcript files: labelled
 * interviews ("NAME:" scripts, some with Rev-style timestamps), broadcast SRT subtitles, and reviews
 * with attributed quotations — in collections with speaker registries, realistic numbers of sources
 * and speakers, and words from a Markov chain trained on real speech.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Markov } from './markov.ts';
import type { Random } from './random.ts';

const FIRST = ['Amira', 'Omar', 'Lena', 'Tomas', 'Grace', 'Yusuf', 'Maya', 'Daniel', 'Ines', 'Kofi', 'Sara', 'Hamza', 'Julia', 'Mateo', 'Noor', 'Elena', 'Samir', 'Clara', 'Idris', 'Hana', 'Victor', 'Leila', 'Felix', 'Rania', 'Jonas', 'Zara', 'Marco', 'Aisha', 'Pavel', 'Nadia', 'Oscar', 'Farah'];
const LAST = ['Haddad', 'Lindqvist', 'Okafor', 'Moreau', 'Tanaka', 'Rahman', 'Kowalski', 'Silva', 'Nguyen', 'Abbas', 'Fischer', 'Mensah', 'Costa', 'Novak', 'Khalil', 'Bauer', 'Santos', 'Petrov', 'Osei', 'Romero', 'Larsen', 'Yilmaz', 'Duarte', 'Ivanova', 'Mbeki', 'Castell', 'Nakamura', 'Farouk', 'Olsen', 'Varga'];
const OUTLETS = ['The Daily Ledger', 'Film Quarterly Review', 'Northern Post', 'The Screen Weekly', 'Evening Chronicle', 'Documentary Now', 'The Metropolitan', 'Culture Desk'];
const TITLES = ['Ghost Cities', 'The Last Broadcast', 'Border Lines', 'After the Siege', 'Quiet Witnesses', 'A Camera in Exile', 'The Long Report', 'Voices from the River'];

export interface Person {
  name: string;
  slug: string;
  surname: string;
}

export interface GeneratedQuote {
  text: string;
  speaker: string;
}

export interface GeneratedCorpus {
  sources: number;
  speakers: number;
  collections: number;
  /** Quotes written (the indexer's count is the measure; this is the generator's own tally). */
  planned: number;
  /** A sample of generated lines with their speakers, to draw queries from. */
  sample: GeneratedQuote[];
}

function person(random: Random, taken: Set<string>): Person {
  for (;;) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const suffix = taken.size >= FIRST.length * LAST.length / 2 ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : '';
    const name = `${first}${suffix} ${last}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return { name, slug: name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-+$/, ''), surname: last };
  }
}

function paragraph(markov: Markov, random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => markov.sentence(random, 6, 30)).join(' ');
}

function srtTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

/** Write the corpus under `dir` (a transcripts folder). */
export async function generateCorpus(dir: string, target: number, markov: Markov, random: Random): Promise<GeneratedCorpus> {
  const collections = Math.max(2, Math.round(target / 25_000));
  const perCollection = Math.ceil(target / collections);
  const taken = new Set<string>();
  const sample: GeneratedQuote[] = [];
  let planned = 0;
  let sources = 0;

  for (let c = 0; c < collections; c++) {
    const slug = `collection-${String(c + 1).padStart(3, '0')}`;
    const folder = path.join(dir, slug);
    await mkdir(folder, { recursive: true });
    // A registry of about one person per 150 quotes: director, subjects, recurring hosts.
    const people = Array.from({ length: Math.max(6, Math.round(perCollection / 150)) }, () => person(random, taken));
    const director = people[0]!;
    const hosts = people.slice(1, 4);
    const guests = people.slice(4);
    const yml = [`title: ${random.pick(TITLES)} ${c + 1}`, `year: ${2000 + (c % 24)}`, `director: ${director.name}`, 'speakers:'];
    people.forEach((p, i) => yml.push(`  - name: ${p.name}`, `    slug: ${p.slug}`, `    role: ${i === 0 ? 'director' : i < 4 ? 'host' : 'subject'}`, `    aliases: [${p.surname}]`));
    await writeFile(path.join(folder, 'collection.yml'), `${yml.join('\n')}\n`);

    let written = 0;
    for (let s = 0; written < perCollection; s++) {
      const roll = random.next();
      const name = `source-${String(s + 1).padStart(5, '0')}`;
      const keep = (text: string, speaker: string) => {
        if (random.chance(0.05)) sample.push({ text, speaker });
      };
      if (roll < 0.7) {
        // An interview: a host and one or two guests, "NAME:" labels, some with timestamps.
        const host = random.pick(hosts);
        const cast = [random.pick(guests), ...(random.chance(0.4) ? [random.pick(guests)] : [])];
        const timed = random.chance(0.3);
        const lines: string[] = [];
        const turns = random.int(60, 140);
        let clock = 0;
        for (let t = 0; t < turns; t++) {
          const speaker = t % 2 === 0 ? host : cast[(t >> 1) % cast.length]!;
          const text = paragraph(markov, random, t % 2 === 0 ? 1 : random.int(1, 4));
          const stamp = timed ? ` (${srtTime(clock).slice(0, 8)})` : '';
          lines.push(timed ? `${speaker.name}${stamp}: ${text}` : `${speaker.surname.toUpperCase()}: ${text}`);
          clock += text.split(' ').length / 2.5;
          keep(text, speaker.slug);
        }
        await writeFile(path.join(folder, `${name}.txt`), `${lines.join('\n\n')}\n`);
        await writeFile(path.join(folder, `${name}.txt.yml`), `kind: interview\nhost: ${host.name}\nspeakers: [${cast.map((g) => g.name).join(', ')}]\ndate: ${2000 + (c % 24)}-${String(random.int(1, 12)).padStart(2, '0')}\n`);
        written += turns;
      } else if (roll < 0.8) {
        // Broadcast subtitles: ">> NAME:" at each change of speaker.
        const cast = [random.pick(hosts), random.pick(guests)];
        const cues: string[] = [];
        const count = random.int(100, 200);
        let at = 1;
        for (let k = 0; k < count; k++) {
          const speaker = cast[Math.floor(k / 3) % 2]!;
          const text = markov.sentence(random, 4, 14);
          const end = at + text.split(' ').length * 0.4;
          cues.push(`${k + 1}\n${srtTime(at)} --> ${srtTime(end)}\n${k % 3 === 0 ? `>> ${speaker.surname.toUpperCase()}: ` : ''}${text}\n`);
          at = end + 0.2;
          keep(text, speaker.slug);
        }
        await writeFile(path.join(folder, `${name}.srt`), cues.join('\n'));
        written += count;
      } else {
        // A review: the critic's paragraphs, with quotations attributed by said-clauses.
        const paragraphs: string[] = [];
        const blocks = random.int(6, 12);
        for (let p = 0; p < blocks; p++) {
          let text = paragraph(markov, random, random.int(2, 4));
          if (random.chance(0.6)) {
            const who = random.pick([director, ...guests]);
            const quoted = markov.sentence(random, 6, 20).replace(/[.!?]$/, '');
            text += random.chance(0.5) ? ` “${quoted},” ${who.surname} said.` : ` ${who.name} says, “${quoted}.”`;
            if (random.chance(0.3)) text += ` “${markov.sentence(random, 5, 14).replace(/[.!?]$/, '')},” ${random.chance(0.5) ? 'he' : 'she'} adds.`;
            keep(quoted, who.slug);
          }
          paragraphs.push(text);
          written += text.split(/(?<=[.!?”])\s+/).length;
        }
        const author = person(random, taken);
        await writeFile(path.join(folder, `${name}.txt`), `${paragraphs.join('\n\n')}\n`);
        await writeFile(path.join(folder, `${name}.txt.yml`), `kind: review\nauthor: ${author.name}\noutlet: ${random.pick(OUTLETS)}\ndate: ${2000 + (c % 24)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}\n`);
      }
      sources++;
    }
    planned += written;
  }
  return { sources, speakers: taken.size, collections, planned, sample };
}
