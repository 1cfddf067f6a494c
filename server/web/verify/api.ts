/**
 * GET|POST /api/verify: is a remembered line in the corpus, in which words, said by whom?
 *   { text, verdict, parts, speaker, notice,
 *     matches: [{ verdict, score, quote, passage, diff: [{ op, text, pasted?, part }], citation }] }
 * `verdict` is the best match's, or "not-found".
 */
import type { Request, Response } from 'express';
import type { Config } from '../../config.ts';
import type { SearchEngine } from '../../search/engine.ts';
import { quoteJson } from '../../search/wire.ts';
import { installedStyles } from '../citations/cite.ts';
import { clock } from '../format.ts';
import { parseVerifyParams } from './params.ts';
import { check } from './result.ts';

export function verifyApi(engine: SearchEngine, config: Config) {
  return async (req: Request, res: Response): Promise<void> => {
    const params = parseVerifyParams(req, installedStyles().map((s) => s.key), true)!;
    const result = await check(engine, config, params);
    res.json({
      text: result.text,
      verdict: result.verdict,
      parts: result.parts,
      speaker: result.speaker ? { named: result.speaker.named, candidates: result.speaker.candidates, saidBy: result.speaker.saidBy, agrees: result.speaker.agrees } : null,
      notice: result.notice,
      matches: result.matches.map((m) => {
        const style = m.citation.styles[0]!;
        return {
          verdict: m.verdict,
          score: m.score,
          quote: quoteJson(m.quote, config.baseUrl),
          passage: {
            start: m.start,
            end: m.end,
            text: m.quote.text.slice(m.start, m.end),
            ...(m.words ? { words: `${m.words.from}-${m.words.to}` } : {}),
            ...(m.time !== null ? { time: m.time, timestamp: clock(m.time) } : {}),
          },
          diff: m.diff.map((d) => ({ op: d.op, text: d.text, ...(d.pasted !== undefined ? { pasted: d.pasted } : {}), part: d.part })),
          citation: { style: style.key, reference: style.reference.text, inText: style.inText.text, missing: m.citation.missing.map((n) => n.message) },
        };
      }),
    });
  };
}
