import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, waitFor } from '../../scripts/bench/load.ts';

let server: http.Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server that answers `statuses` in turn, then keeps answering the last one. */
function serve(statuses: number[]): Promise<string> {
  let i = 0;
  server = http.createServer((_req, res) => {
    const status = statuses[Math.min(i++, statuses.length - 1)]!;
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ status: status === 200 ? 'ok' : 'invalid key' }));
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/health`)));
}

describe('bench waitFor', () => {
  it('waits through early errors for a server that comes up healthy', async () => {
    const url = await serve([503, 503, 200]);
    await expect(waitFor(url, 5_000, 2_000)).resolves.toBeUndefined();
  });

  it('fails fast, with what the server said, when it keeps answering errors', async () => {
    const url = await serve([503]);
    const started = Date.now();
    await expect(waitFor(url, 60_000, 600)).rejects.toThrow(/keeps answering 503: .*invalid key/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up at the deadline when nothing listens', async () => {
    const port = await freePort();
    await expect(waitFor(`http://127.0.0.1:${port}/health`, 500)).rejects.toThrow(/did not answer within 0.5 s/);
  });
});
