/**
 * The HTTP layer under the official Meilisearch client (its `httpClient` option): Node's own
 * `http`/`https` with kept-alive connections instead of `fetch`. Under load the web server spends
 * much of its time talking to Meilisearch, and `fetch` (web streams, a `Response` object per answer)
 * costs several times what a plain request does. The client's contract is kept: the answer's JSON
 * (or undefined when empty), `MeilisearchApiError` for an error status, the abort signal's reason
 * when its timeout fires, and the network error otherwise (the client wraps the last two in a
 * `MeilisearchRequestError`, which `translateError` reads).
 */
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
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

export const keepAliveHttp: Fetchish = (input, init = {}) =>
  new Promise((resolve, reject) => {
    const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : new URL(input.url);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return reject(signal.reason);
    const headers = { ...plainHeaders(init.headers) };
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const transport = url.protocol === 'https:' ? https : http;
    const req = transport.request(url, { method: init.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] }, (res) => {
      // Decoded as it arrives (a character split between chunks is kept whole): no copy into one buffer first.
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (chunk: string) => (text += chunk));
      res.on('error', reject);
      res.on('end', () => {
        signal?.removeEventListener('abort', abort);
        let parsed: unknown;
        try {
          parsed = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          return reject(error);
        }
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(parsed);
        reject(new MeilisearchApiError(new Response(null, { status, statusText: res.statusMessage ?? '' }), parsed as never));
      });
    });
    const abort = () => {
      req.destroy();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    req.on('error', (error) => {
      signal?.removeEventListener('abort', abort);
      reject(error);
    });
    req.end(body);
  });
