/**
 * OHMS (Oral History Metadata Synchronizer) XML exports, read with `fast-xml-parser`: the record's
 * title, date, repository, interviewer and interviewee; the transcript, either plain text with
 * `SURNAME:` labels and `<sync>` points (the transcript line where each minute starts) or, since
 * OHMS 6, WebVTT in `<vtt_transcript>`; and the index segments, whose titles become the sections
 * the turns fall in.
 */
import { XMLParser } from 'fast-xml-parser';
import { ParseError } from '../errors.ts';
import { analyse } from './labels/analysis.ts';
import { assembleTurns } from './labels/assemble.ts';
import { result, type Reader, type RawTurn, type ReadResult } from './reader.ts';
import { subtitles } from './subtitles.ts';
import { readDate } from '../metadata/dates.ts';
import { httpUrl } from '../metadata/fields.ts';
import { lineAt, lineStarts } from '../text.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true });

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str((v as { '#text': unknown })['#text']);
  return undefined;
}

function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Seconds at which each transcript line starts, from `<sync>` ("1:|13(3)|19(14)|…": minute k at line n). */
function lineTimes(sync: string | undefined): Array<{ line: number; seconds: number }> {
  const m = /^(\d+):\|?(.*)$/s.exec(sync ?? '');
  if (!m) return [];
  const interval = Number(m[1]) * 60;
  const points: Array<{ line: number; seconds: number }> = [{ line: 1, seconds: 0 }];
  m[2]!.split('|').forEach((entry, k) => {
    const line = /^(\d+)/.exec(entry.trim());
    if (line) points.push({ line: Number(line[1]), seconds: (k + 1) * interval });
  });
  return points;
}

/** The last of `items` (sorted by `key`) whose key is at most `value`, by binary search. */
function lastAtMost<T>(items: T[], key: (item: T) => number, value: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let best: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) {
      best = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export const ohms: Reader = {
  name: 'ohms',
  sniff({ text, from }) {
    const head = text.slice(from, from + 3000);
    return /<ROOT\b[^>]*>/.test(head) && /nunncenter\/ohms|<record\b/.test(head) ? 0.99 : 0;
  },
  read({ text, from, file }): ReadResult {
    let doc: { ROOT?: { record?: Record<string, unknown> } };
    try {
      doc = parser.parse(text.slice(from), true) as typeof doc;
    } catch (error) {
      throw new ParseError(file, undefined, `invalid XML: ${(error as Error).message.split('\n')[0]}`);
    }
    const record = doc.ROOT?.record;
    if (!record) throw new ParseError(file, undefined, 'an OHMS file needs a <ROOT><record> element');
    const out = result('transcript', 'oral-history');
    const meta = out.meta;
    const title = str(record.title);
    if (title) meta.title = title;
    const date = readDate((record.date as Record<string, unknown> | undefined)?.['@_value']);
    if (date) meta.date = date;
    const repository = str(record.repository);
    if (repository) meta.repository = repository;
    const series = str(record.series_name);
    if (series) meta.programme = series;
    const interviewer = list(record.interviewer).map(str).filter((s): s is string => !!s);
    if (interviewer.length) meta.interviewer = interviewer.join(' and ');
    const interviewee = list(record.interviewee).map(str).filter((s): s is string => !!s);
    if (interviewee.length) meta.narrator = interviewee.join(' and ');
    const media = httpUrl(str(record.media_url));
    if (media && 'value' in media) meta.media = media.value;

    const vtt = str(record.vtt_transcript);
    const plain = str(record.transcript);
    if (vtt) {
      const base = Math.max(from, text.indexOf('WEBVTT', from));
      const read = subtitles.read({ text: vtt, from: 0, ext: '.vtt', file });
      out.turns = read.turns.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
      out.warnings.push(...read.warnings);
    } else if (plain) {
      // Labels that run on inside a paragraph ("… in 1894. BROCK: And then?") start a line of their own
      // (a space becomes a line break, so offsets stay put).
      const lines = plain.replace(/([.?!"”’\]]) (?=\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]+){0,2}: )/gu, '$1\n');
      const base = Math.max(from, text.indexOf('<transcript>', from) + '<transcript>'.length);
      const input = { text: lines, from: 0, ext: '.txt', file };
      const analysis = analyse(input);
      const times = lineTimes(str(record.sync)).sort((a, b) => a.line - b.line);
      const starts = lineStarts(lines);
      out.turns = assembleTurns(analysis.lines, analysis.labels, { breaks: analysis.breaks }).map((t) => {
        const seconds = lastAtMost(times, (p) => p.line, lineAt(starts, t.start))?.seconds;
        const turn: RawTurn = { ...t, start: t.start + base, end: t.end + base };
        if (seconds !== undefined) turn.time = { start: seconds };
        return turn;
      });
    }
    const index = list((record.index as { point?: unknown } | undefined)?.point as Array<Record<string, unknown>> | undefined)
      .map((p) => ({ seconds: Number(str(p.time) ?? NaN), title: str(p.title) }))
      .filter((p): p is { seconds: number; title: string } => Number.isFinite(p.seconds) && !!p.title)
      .sort((a, b) => a.seconds - b.seconds);
    for (const turn of out.turns) {
      const t = turn.time?.start;
      if (t === undefined) continue;
      const point = lastAtMost(index, (p) => p.seconds, t);
      if (point) turn.section = point.title;
    }
    return out;
  },
};
