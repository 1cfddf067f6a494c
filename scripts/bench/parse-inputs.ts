/**
 * Inputs for the parse stress bench: for each reader, an ordinary transcript of its format (real
 * words: the 2016 debate rows in test/fixtures/formats, repeated) and crafted inputs of the shapes
 * that once made parsing grow faster than the input — a line of spaces after a short line, one
 * 200 kB line of spaces, prose with no blank line, "He said" over and over, tens of thousands of
 * distinct labels and of timestamped labels, thousands of short questions, tags nested deep — and
 * others found with fast-check (a long word, runs of quotation marks, colons, brackets, capitals) or
 * by reading the patterns (a long word in capitals, which a name-casing pattern once backtracked
 * through from each of its letters).
 * Each is wrapped in the reader's own format (a JSON segment, an XML transcript, an HTML paragraph)
 * so that it reaches the reader's own text handling. Also how the bench and the stress test read them.
 */
import { readFileSync } from 'node:fs';
import { buildSource, type ParsedSource } from '../../server/corpus/build.ts';
import type { ReaderName } from '../../server/corpus/model.ts';
import { formatOf } from '../../server/corpus/read.ts';
import { parseSource } from '../../server/corpus/source-file.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

/** Sentences of real speech, with their speakers (the debate rows of the format fixtures). */
function realLines(): Array<{ speaker: string; text: string }> {
  const text = readFileSync('test/fixtures/formats/news-style.txt', 'utf8');
  const out: Array<{ speaker: string; text: string }> = [];
  for (const m of text.matchAll(/^([A-Z][A-Z .'-]{1,40}?)(?:, [A-Z ]+)?: (.+)$/gm)) out.push({ speaker: m[1]!, text: m[2]! });
  return out;
}

const LINES = realLines();
const title = (name: string) => name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
/** A name of two words of letters only, different for every `i`: `Nb Qh`. */
const letters = (i: number) => {
  let s = '';
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
};
const distinctName = (i: number) => `N${letters(i)} Q${letters(i * 7)}`;
const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** Repeat `unit(i)` until the text reaches `bytes`. */
function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** Each reader's file extension and how a body of speech sits in its format. */
interface Format {
  ext: string;
  /** An ordinary transcript of `bytes`. */
  ordinary(bytes: number): string;
  /** `payload` placed where the format keeps speech. */
  wrap(payload: string): string;
}

const line = (i: number) => LINES[i % LINES.length]!;
const json = (s: string) => JSON.stringify(s);
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const FORMATS: Record<ReaderName, Format> = {
  labelled: { ext: '.txt', ordinary: (b) => fill(b, (i) => `${line(i).speaker}: ${line(i).text}\n\n`), wrap: (p) => `HOLT: Good evening.\n\nCLINTON: ${p}\n` },
  markdown: { ext: '.md', ordinary: (b) => fill(b, (i) => `**${title(line(i).speaker)}:** ${line(i).text}\n\n`), wrap: (p) => `# Debate\n\n**Holt:** Good evening.\n\n**Clinton:** ${p}\n` },
  news: { ext: '.txt', ordinary: (b) => fill(b, (i) => `${line(i).speaker}\n${line(i).text}\n\n`), wrap: (p) => `HOLT\nGood evening.\n\nCLINTON\n${p}\n` },
  subtitles: {
    ext: '.srt',
    ordinary: (b) => fill(b, (i) => `${i + 1}\n${clock(i * 3)},000 --> ${clock(i * 3 + 2)},500\n${line(i).speaker}: ${line(i).text}\n\n`),
    wrap: (p) => `1\n00:00:01,000 --> 00:00:04,000\nHOLT: Good evening.\n\n2\n00:00:05,000 --> 00:00:09,000\n${p}\n`,
  },
  screenplay: { ext: '.fountain', ordinary: (b) => fill(b, (i) => `${i % 40 === 0 ? 'INT. HOFSTRA UNIVERSITY - NIGHT\n\n' : ''}${line(i).speaker}\n${line(i).text}\n\n`), wrap: (p) => `Title: Debate\n\nINT. HALL - NIGHT\n\nHOLT\nGood evening.\n\nCLINTON\n${p}\n` },
  'podcast-json': {
    ext: '.json',
    ordinary: (b) => fill(b, (i) => `${i ? ',' : ''}{"speaker":${json(title(line(i).speaker))},"startTime":${i * 3},"endTime":${i * 3 + 2},"body":${json(line(i).text)}}`, '{"version":"1.0.0","segments":[', ']}'),
    wrap: (p) => `{"version":"1.0.0","segments":[{"speaker":"Holt","startTime":0,"endTime":2,"body":"Good evening."},{"speaker":"Clinton","startTime":3,"endTime":9,"body":${json(p)}}]}`,
  },
  ohms: {
    ext: '.xml',
    ordinary: (b) => fill(b, (i) => `${line(i).speaker}: ${xml(line(i).text)}\n\n`, '<?xml version="1.0"?><ROOT><record><title>Debate</title><transcript>', '</transcript></record></ROOT>'),
    wrap: (p) => `<?xml version="1.0"?><ROOT><record><title>Debate</title><transcript>HOLT: Good evening.\n\nCLINTON: ${xml(p)}</transcript></record></ROOT>`,
  },
  tei: {
    ext: '.xml',
    ordinary: (b) => fill(b, (i) => `<sp who="#${line(i).speaker.toLowerCase()}"><speaker>${xml(line(i).speaker)}.</speaker><p>${xml(line(i).text)}</p></sp>\n`, '<?xml version="1.0"?><TEI><teiHeader><fileDesc><titleStmt><title>Debate</title></titleStmt></fileDesc></teiHeader><text><body>', '</body></text></TEI>'),
    wrap: (p) => `<?xml version="1.0"?><TEI><text><body><sp who="#holt"><speaker>HOLT.</speaker><p>Good evening.</p></sp><sp who="#clinton"><speaker>CLINTON.</speaker><p>${xml(p)}</p></sp></body></text></TEI>`,
  },
  'podcast-html': {
    ext: '.html',
    ordinary: (b) => fill(b, (i) => `<cite>${title(line(i).speaker)}:</cite>\n<time>${clock(i * 3)}</time>\n<p>${xml(line(i).text)}</p>\n`, '<html><body>', '</body></html>'),
    wrap: (p) => `<html><body><cite>Holt:</cite><time>00:00:00</time><p>Good evening.</p><cite>Clinton:</cite><time>00:00:03</time><p>${xml(p)}</p></body></html>`,
  },
  unlabelled: { ext: '.txt', ordinary: (b) => fill(b, (i) => `${line(i).text}\n\n`), wrap: (p) => `I'm Lester Holt. We are joined by Hillary Clinton. Secretary Clinton, what do you think?\n\n${p}\n` },
  prose: {
    ext: '.txt',
    ordinary: (b) => fill(b, (i) => `${i % 4 === 0 ? '\n\n' : ''}“${line(i).text}” ${title(line(i).speaker)} said at the debate. `),
    wrap: (p) => `Clinton spoke first at Hofstra. ${p}\n`,
  },
};

/** A line number as a scan may print it: `12`, or split in two, `1 2`. */
const scanned = (n: number, split: boolean) => (split && n >= 10 ? `${Math.floor(n / 10)} ${n % 10}` : String(n));

/** Crafted text bodies of `bytes` (before wrapping). */
export const SHAPES: Record<string, (bytes: number) => string> = {
  'spaces after a short line': (b) => `A\n${' '.repeat(b)}\n`,
  'one line of spaces': (b) => ' '.repeat(b),
  'prose, no blank line': (b) => fill(b, (i) => `${line(i).text} `),
  '"He said" repeated': (b) => fill(b, () => '“Yes,” he said. He said '),
  'distinct labels': (b) => fill(b, (i) => `SPEAKER ${i}: yes.\n`),
  // `SPEAKER 1000` is no label (a label's number has at most three digits): names make every line a new speaker.
  'distinct names': (b) => fill(b, (i) => `${distinctName(i)}: yes.\n`),
  'timestamped labels': (b) => fill(b, (i) => `Holt (${clock(i)}): yes.\n`),
  'short questions': (b) => fill(b, (i) => `Why ${i}?\n\n`),
  'nested tags': (b) => `${'<b>'.repeat(b / 8)}words${'</b>'.repeat(b / 8)}`,
  'one long word': (b) => 'a'.repeat(b),
  'one long word in capitals': (b) => 'A'.repeat(b),
  'quotation marks': (b) => fill(b, () => '“”"\''),
  'colons and capitals': (b) => fill(b, () => 'A: B: C: '),
  'brackets': (b) => `${'('.repeat(b / 2)}${')'.repeat(b / 2)}`,
  'capitalised words': (b) => fill(b, (i) => `Name${i % 97} Surname${i % 89} `),
  'arrows and times': (b) => fill(b, () => '00:00:01,000 --> '),
  // A court reporter's numbered lines (`readers/labels/gutter.ts`), every one a new labelled turn.
  'numbered lines': (b) => fill(b, (i) => `${(i % 25) + 1} MR. HOLT: yes.\n`),
  // Speakers in Markdown headings (`### Interviewer`), a new turn every two lines.
  'heading labels': (b) => fill(b, (i) => (i % 2 ? '### Interviewer\nyes.\n' : '### Systems Developer\nno.\n')),
  // A coding tool's paragraph numbers (`readers/labels/paragraph-numbers.ts`), a paragraph of two lines each.
  'numbered paragraphs': (b) => fill(b, (i) => `${i + 1}     Dan: yes.\n      and more.\n\n`),
  // A scan that kept the numbers of half the lines (`scanned-gutter.ts`), a third of the two-digit ones split as OCR splits them.
  'half-numbered lines': (b) => fill(b, (i) => (i % 2 ? 'yes, sir.\n' : `${scanned((i % 25) + 1, i % 3 === 0)} Q. yes.\n`)),
};

/** A whole crafted file: which reader reads it, its extension, and its text of about `bytes`. */
export interface CraftedFile {
  reader: ReaderName;
  ext: string;
  make(bytes: number): string;
  /**
   * An ordinary file of `bytes` in the crafted file's own format, where that is not its reader's: captions
   * in SubStation Alpha or TTML and Final Draft scripts are converted before the reader sees them, so
   * their ratio is to reading an ordinary file of theirs, conversion and all.
   */
  ordinary?(bytes: number): string;
}

/** `h:mm:ss.cc`, as SubStation Alpha writes a time. */
const assClock = (s: number) => `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.00`;
const ASS_HEAD = '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n';
const assLine = (i: number, name: string, text: string) => `Dialogue: 0,${assClock(i * 3)},${assClock(i * 3 + 2)},Default,${name},0,0,0,,${text}\n`;
/** An ordinary ASS file: the debate's lines, each speaker in the Name field, a line break in each. */
const ordinaryAss = (b: number) => fill(b, (i) => assLine(i, title(line(i).speaker), line(i).text.replace(/ /, '\\N')), ASS_HEAD);
const TT_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"><body><div>\n';
const TT_TAIL = '</div></body></tt>\n';
/** An ordinary TTML file: the debate's lines as captions, a label and a line break in each, as broadcasters write them. */
const ordinaryTtml = (b: number) => fill(b, (i) => `<p begin="${clock(i * 3)}.000" end="${clock(i * 3 + 2)}.500"><span tts:color="yellow">${line(i).speaker}:</span><br/>${xml(line(i).text)}</p>\n`, TT_HEAD, TT_TAIL);
const FDX_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="1">\n<Content>\n<Paragraph Type="Scene Heading"><Text>INT. HALL - NIGHT</Text></Paragraph>\n';
const FDX_TAIL = '</Content>\n</FinalDraft>\n';
const fdxParagraph = (type: string, text: string) => `<Paragraph Type="${type}"><Text>${xml(text)}</Text></Paragraph>\n`;
/** An ordinary Final Draft script: the debate's lines as dialogue under their cues, a heading now and then. */
const ordinaryFdx = (b: number) => fill(b, (i) => `${i % 40 === 0 ? fdxParagraph('Scene Heading', 'INT. HOFSTRA UNIVERSITY - NIGHT') : ''}${fdxParagraph('Character', line(i).speaker)}${fdxParagraph('Dialogue', line(i).text)}`, FDX_HEAD, FDX_TAIL);

/** An ordinary news page saved from the web: the debate's lines as quotations in paragraphs, read as the Markdown it is turned into. */
const ordinaryArticlePage = (b: number) => fill(b, (i) => `<p>“${xml(line(i).text)}” ${title(line(i).speaker)} said at the debate.</p>\n`, '<html><head><title>Debate</title></head><body><h1>The debate</h1>', '</body></html>');
/** An ordinary interview page, each name in a paragraph of its own above the answer. */
const ordinaryNamesPage = (b: number) => fill(b, (i) => `<p>${title(line(i).speaker)}</p>\n<p>${xml(line(i).text)}</p>\n`, '<html><head><title>Debate</title></head><body>', '</body></html>');

const mdTitled = (title: string) => `# ${title}\n\n**Q:** Hello there.\n\n**A:** Yes, it is.\n`;
const fountainWith = (block: string) => `Title: Debate\n\nINT. HALL - NIGHT\n\nHOLT\nGood evening.\n\n${block}\n\nCLINTON\nThank you.\n`;

/**
 * Whole files whose attack sits where one reader or attribution step looks — a title, a heading, front
 * matter, a cue, a timing line, a byline — each once backtracked super-linearly in a pattern there
 * (found with the `recheck` ReDoS checker, then timed: a 6 kB heading took 37 s, a 40 kB screenplay
 * 51 s). Read through `parseSource`, front matter and all.
 */
export const CRAFTED_FILES: Record<string, CraftedFile> = {
  'heading: interview, spaces, a carriage return': { reader: 'markdown', ext: '.md', make: (b) => mdTitled(`Interview:${' '.repeat(b / 2)}${' by :'.repeat(b / 10)}\rx`) },
  'heading: a run of spaces': { reader: 'markdown', ext: '.md', make: (b) => mdTitled(`A${' '.repeat(b)}x`) },
  'heading: one long capitalised word': { reader: 'markdown', ext: '.md', make: (b) => mdTitled(`${'Ai'.repeat(b / 2)}1`) },
  'heading: a name and a run of hyphens': { reader: 'markdown', ext: '.md', make: (b) => mdTitled(`Ann Lee’-a${'-'.repeat(b)}a`) },
  'front matter: speakers with spaces': { reader: 'markdown', ext: '.md', make: (b) => `---\ntitle: Debate\nspeakers: "A${' '.repeat(b)}B"\n---\n**Holt:** Hi.\n\n**Clinton:** Yes.\n` },
  'turn: a marker, then spaces': { reader: 'labelled', ext: '.txt', make: (b) => `HOLT: Good evening.\n\nCLINTON: [laughs]${' '.repeat(b)}x\n` },
  'screenplay: a cue line of spaces': { reader: 'screenplay', ext: '.fountain', make: (b) => fountainWith(`A${' '.repeat(b)}x\nGood evening.`) },
  'screenplay: a line of spaces, then a word': { reader: 'screenplay', ext: '.fountain', make: (b) => fountainWith(`${' '.repeat(b)}x\nsecond line`) },
  'screenplay: a title-page value with a carriage return': { reader: 'screenplay', ext: '.fountain', make: (b) => `Title:${' '.repeat(b)}b\rc\n\nINT. HALL - NIGHT\n\nHOLT\nGood evening.\n\nCLINTON\nThank you.\n` },
  'screenplay: action of capitals and apostrophes': { reader: 'screenplay', ext: '.fountain', make: (b) => fountainWith(`A${"'AA".repeat(b / 3)}'0`) },
  'subtitles: a timing line with a carriage return': { reader: 'subtitles', ext: '.srt', make: (b) => `1\n00:00:01,000 --> ${'0'.repeat(b)}\rx\nHOLT: Good evening.\n\n2\n00:00:05,000 --> 00:00:09,000\nYes.\n` },
  // A web page naming its speakers in bold (`readers/html-labels.ts`): a new name on every line, and bold runs never closed.
  'page: bold names between line breaks': { reader: 'podcast-html', ext: '.html', make: (b) => fill(b, (i) => `<br/><strong>${distinctName(i % 5000)}</strong>: yes, sir.\n`, '<html><body>', '</body></html>') },
  'page: bold runs never closed': { reader: 'podcast-html', ext: '.html', make: (b) => fill(b, (i) => `<p><b>MR. LIMAN</b>: yes.</p><p><b>${'x '.repeat(i % 7)}`, '<html><body><p><b>MR. NORTH</b>: no.</p>', '</body></html>') },
  'article: a byline and a run of hyphens': { reader: 'prose', ext: '.txt', make: (b) => `A headline about the debate\n\nBy Ann Lee${'-'.repeat(b)}\nx\n\nClinton spoke first at Hofstra. “Yes,” she said.\n` },
  // Web pages that are no marked-up transcript, turned into Markdown before the text readers (`documents/html-page.ts`).
  'web page: quotations in paragraphs nested deep, a line break in each': { reader: 'prose', ext: '.html', ordinary: ordinaryArticlePage, make: (b) => fill(b, (i) => `<div><section><div><p>“Yes,” said ${distinctName(i % 5000)}.<br/>“No.”</p></div></section></div>\n`, '<html><body>', '</body></html>') },
  'web page: a name to a paragraph, a short answer under each': { reader: 'news', ext: '.html', ordinary: ordinaryNamesPage, make: (b) => fill(b, (i) => `<p>${distinctName(i % 50)}</p>\n<p>yes, sir.</p>\n`, '<html><body>', '</body></html>') },
  // Captions converted to WebVTT before the subtitle reader (`server/corpus/documents/`): their own format's oddities.
  'captions (ASS): a Name of spaces, an override block of backslashes': { reader: 'subtitles', ext: '.ass', ordinary: ordinaryAss, make: (b) => `${ASS_HEAD}${assLine(1, ' '.repeat(b / 2), `{${'\\'.repeat(b / 2)}x`)}` },
  'captions (ASS): a line of a new speaker every line, override tags and breaks': { reader: 'subtitles', ext: '.ass', ordinary: ordinaryAss, make: (b) => fill(b, (i) => assLine(i, distinctName(i % 5000), '{\\i1}yes{\\i0},\\N{\\b1}sir{\\b0}.'), ASS_HEAD) },
  'captions (TTML): spans nested deep and a break in every caption': { reader: 'subtitles', ext: '.ttml', ordinary: ordinaryTtml, make: (b) => fill(b, (i) => `<p begin="${i}s" dur="1s">${'<span>'.repeat(40)}yes,<br/>sir.${'</span>'.repeat(40)}</p>\n`, TT_HEAD, TT_TAIL) },
  'captions (TTML): one caption of entities and breaks': { reader: 'subtitles', ext: '.ttml', ordinary: ordinaryTtml, make: (b) => `${TT_HEAD}<p begin="1s" end="2s">${'&amp;&lt;<br/>'.repeat(b / 14)}</p>\n${TT_TAIL}` },
  'script (FDX): a cue over every short line, runs of styled text': { reader: 'screenplay', ext: '.fdx', ordinary: ordinaryFdx, make: (b) => fill(b, (i) => `<Paragraph Type="Character"><Text>${distinctName(i % 5000).toUpperCase()}</Text></Paragraph><Paragraph Type="Dialogue"><Text>yes, </Text><Text Style="Italic">sir</Text><Text>.</Text></Paragraph>\n`, FDX_HEAD, FDX_TAIL) },
  'script (FDX): dual dialogue in every paragraph': { reader: 'screenplay', ext: '.fdx', ordinary: ordinaryFdx, make: (b) => fill(b, () => `<Paragraph><DualDialogue>${fdxParagraph('Character', 'HOLT')}${fdxParagraph('Dialogue', 'Yes.')}${fdxParagraph('Character', 'CLINTON')}${fdxParagraph('Dialogue', 'No.')}</DualDialogue></Paragraph>\n`, FDX_HEAD, FDX_TAIL) },
};

/** Read and attribute `text` (a shape in its wrapping, or an ordinary transcript) with `reader`. */
export function readShape(reader: ReaderName, text: string): ParsedSource {
  const path = `stress${FORMATS[reader].ext}`;
  return buildSource({ path, slug: 'stress', collection: null, text, format: formatOf(path)!, contentStart: 0, given: { reader }, registry: new SpeakerRegistry([]) });
}

/** Read a crafted file's bytes as indexing reads a file (`parseSource`: decoding, front matter, `buildSource`), its reader named by a sidecar. */
export function readCraftedFile(file: CraftedFile, bytes: Buffer): ParsedSource {
  const path = `stress${file.ext}`;
  const raw = { bytes, sidecar: { text: `reader: ${file.reader}\n`, file: `${path}.yml` }, warnings: [] };
  return parseSource(path, raw, { displayPath: path, slug: 'stress', collection: null, registry: new SpeakerRegistry([]) });
}
