/**
 * The HTTP layer under the official Meilisearch client (its `httpClient` option): undici's `request`
 * over a pool of kept-alive connections instead of `fetch`. Under load the web server spends much of
 * its time talking to Meilisearch: `fetch` (web streams, a `Response` object per answer) costs several
 * times what a plain request does, and undici's own request a fifth less again than `node:http`'s
 * (measured on the bench's search requests: 360 against 450 µs of CPU each, the answer's JSON parsed).
 * The client's contract is kept: the answer's JSON (or undefined when empty), `MeilisearchApiError`
 * for an error status, the abort signal's reason when its timeout fires, and the network error
 * otherwise (the client wraps the last two in a `MeilisearchRequestError`, which `translateError` reads).
 */
import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';
import { MeilisearchApiError } from 'meilisearch';

/**
 * One pool per origin, kept alive; as many connections as the old `http.Agent` allowed. undici's own
 * header and body timeouts (300 s) are off: the client's `timeout` (`MEILI_TIMEOUT_MS`, up to 600 s)
 * is the one bound, as it was over `node:http`.
 */
const dispatcher = new Agent({ connections: 256, headersTimeout: 0, bodyTimeout: 0 });

/**
 * undici's codes for what `node:http` reported with the system's: error messages name the same cause
 * whichever layer met it (a peer closing mid-request was `ECONNRESET`, "socket hang up").
 */
const NODE_CODES: Record<string, string> = {
  UND_ERR_SOCKET: 'ECONNRESET',
  UND_ERR_CONNECT_TIMEOUT: 'ETIMEDOUT',
  UND_ERR_CLOSED: 'ECONNRESET',
};

/**
 * Headers as a plain object, converted once per headers object: the client sends the same `Headers`
 * with every request, and building a `Headers` per request shows in the web server's profile.
 */
const converted = new WeakMap<object, Record<string, string>>();
function plainHeaders(given: HeadersInit | undefined): Record<string, string> {
  if (given === undefined) return {};
  const known = converted.get(given);
  if (known) return known;
  const plain: Record<string, string> = {};
  new Headers(given).forEach((value, key) => (plain[key] = value));
  converted.set(given, plain);
  return plain;
}

type Fetchish = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

export const keepAliveHttp: Fetchish = async (input, init = {}) => {
  const url = typeof input === 'string' || input instanceof URL ? input : input.url;
  const signal = init.signal ?? undefined;
  if (signal?.aborted) throw signal.reason;
  let status: number;
  let text: string;
  try {
    const body = typeof init.body === 'string' ? init.body : undefined;
    const res = await request(url, { method: (init.method ?? 'GET') as 'GET', headers: plainHeaders(init.headers), body, signal, dispatcher });
    status = res.statusCode;
    text = await res.body.text();
  } catch (error) {
    // undici answers an abort with its own error; the client expects the signal's reason (its timeout).
    if (signal?.aborted) throw signal.reason;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && NODE_CODES[code]) {
      throw Object.assign(new Error((error as Error).message, { cause: error }), { code: NODE_CODES[code] });
    }
    throw error;
  }
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (status >= 200 && status < 300) return parsed;
  // The status text is the standard one: an empty 5xx from a proxy reads "502 Bad Gateway".
  throw new MeilisearchApiError(new Response(null, { status, statusText: STATUS_CODES[status] ?? '' }), parsed as never);
};
