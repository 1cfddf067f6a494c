/**
 * Listening and stopping. `stop()` stops accepting connections, closes idle keep-alive connections,
 * and resolves once every in-flight request has been answered (or the grace period is over).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface Serving {
  server: Server;
  /** The address to open, e.g. http://localhost:3000. */
  url: string;
  /** Finish in-flight requests and close; `true` when all finished within the grace period. */
  stop(graceMs?: number): Promise<boolean>;
}

export function serve(app: Express, host: string, port: number): Promise<Serving> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shown = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
      resolve({
        server,
        url: `http://${shown}:${address.port}`,
        stop(graceMs = 10_000) {
          return new Promise((done) => {
            const timer = setTimeout(() => {
              server.closeAllConnections();
              done(false);
            }, graceMs);
            timer.unref();
            server.close(() => {
              clearTimeout(timer);
              done(true);
            });
            // Keep-alive connections with no request in flight would hold the server open.
            server.closeIdleConnections();
          });
        },
      });
    });
  });
}
