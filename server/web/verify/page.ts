/**
 * GET|POST /verify: the page where a critic pastes a remembered line. A plain form (GET, so a check
 * can be linked to; POST accepted too); the results show each match's verdict, the differences word
 * by word in the source's words, who said it, where and when, its permalink and its citation.
 */
import type { Request, Response } from 'express';
import type { Config } from '../../config.ts';
import type { SearchEngine } from '../../search/engine.ts';
import { MAX_VERIFY_LENGTH } from '../../search/verify/input.ts';
import { installedStyles } from '../citations/cite.ts';
import { labelsFor } from '../labels.ts';
import { quoteView } from '../view-models.ts';
import { parseVerifyParams } from './params.ts';
import { check } from './result.ts';
import { diffView, VERDICT_TEXT } from './view.ts';

export async function verifyPage(engine: SearchEngine, config: Config, req: Request, res: Response): Promise<void> {
  const params = parseVerifyParams(req, installedStyles().map((s) => s.key), false);
  const base = { title: 'Check a quote', nav: 'verify', maxLength: MAX_VERIFY_LENGTH, hideHeaderVerify: true };
  if (!params) {
    res.render('verify/index', { ...base, text: '', speaker: '' });
    return;
  }
  const result = await check(engine, config, params);
  const labels = labelsFor(await engine.catalog());
  res.render('verify/index', {
    ...base,
    title: `Check: “${params.text.slice(0, 50)}${params.text.length > 50 ? '…' : ''}”`,
    noindex: true,
    text: params.text,
    speaker: params.speaker ?? '',
    checked: true,
    verdict: { key: result.verdict, ...VERDICT_TEXT[result.verdict] },
    notice: result.notice,
    parts: result.parts.length > 1 ? result.parts : null,
    matches: result.matches.map((m) => ({
      ...quoteView(m.quote, labels),
      verdict: { key: m.verdict, ...VERDICT_TEXT[m.verdict] },
      score: Math.round(m.score * 100),
      diff: diffView(m),
      passage: m.verdict === 'paraphrase' ? m.quote.text.slice(m.start, m.end) : null,
      at: m.time,
      link: m.words ? `${m.words.from}-${m.words.to}` : null,
      citation: { name: m.citation.styles[0]!.title, html: m.citation.styles[0]!.reference.html, inText: m.citation.styles[0]!.inText.text, missing: m.citation.missing },
    })),
  });
}
