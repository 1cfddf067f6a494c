/**
 * Verify's input, from a query string (GET) or a JSON or form body (POST): `text` (the remembered
 * line, at most 2,000 characters), an optional `speaker` (who the user thinks said it), `limit` and
 * `style` (the citation style of each match). A bad value is a 400 naming its parameter.
 */
import type { Request } from 'express';
import { badRequest } from '../../errors.ts';
import { MAX_VERIFY_LENGTH } from '../../search/verify/input.ts';

export interface VerifyParams {
  text: string;
  speaker: string | null;
  limit: number;
  style: string;
}

export const MAX_VERIFY_MATCHES = 20;

function field(req: Request, name: string): string | undefined {
  const source = req.method === 'POST' && req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : (req.query as Record<string, unknown>);
  const value = source[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw badRequest(name, `${name} must be given once, as text`);
  return value;
}

/** `required`: the API needs text; the page without text shows the empty form. */
export function parseVerifyParams(req: Request, styles: string[], required: boolean): VerifyParams | null {
  const text = (field(req, 'text') ?? '').trim();
  if (!text) {
    if (required) throw badRequest('text', 'text must hold the words to check, e.g. ?text=Whoever holds the camera is stronger');
    return null;
  }
  if (text.length > MAX_VERIFY_LENGTH) throw badRequest('text', `text is ${text.length} characters long; at most ${MAX_VERIFY_LENGTH} are checked`);
  const speaker = (field(req, 'speaker') ?? '').trim();
  if (speaker.length > 100) throw badRequest('speaker', 'speaker must be a name of at most 100 characters');
  const rawLimit = field(req, 'limit');
  if (rawLimit !== undefined && (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_VERIFY_MATCHES)) {
    throw badRequest('limit', `limit must be a whole number from 1 to ${MAX_VERIFY_MATCHES}, got "${rawLimit.slice(0, 20)}"`);
  }
  const style = field(req, 'style') ?? 'apa';
  if (!styles.includes(style)) throw badRequest('style', `style must be one of ${styles.join(', ')}, got "${style.slice(0, 40)}"`);
  return { text, speaker: speaker || null, limit: rawLimit ? Number(rawLimit) : 5, style };
}
