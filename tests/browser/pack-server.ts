/**
 * A pack source on 127.0.0.1 for the browser tests: serves a release (tests/packs-fixtures.ts) under
 * /packs/, with CORS open as docs/packs.md asks of a host, and can misbehave on one file: other
 * bytes of the same size (a hash mismatch), or the connection cut halfway through the body.
 * Every request is logged with the headers that could identify the reader.
 */
import { createServer, type Server } from 'node:http';
import type { Release } from '../../lib/packs/publish';

export interface LoggedRequest {
  path: string;
  cookie?: string;
  referer?: string;
}

export async function startPackServer(initial: Release) {
  let release = initial;
  const corrupt = new Map<string, string>();
  const cut = new Set<string>();
  const log: LoggedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/packs\//, '');
    log.push({ path, ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}), ...(request.headers.referer ? { referer: request.headers.referer } : {}) });
    const text = corrupt.get(path) ?? release.files.get(path);
    if (text === undefined) return void response.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    const body = Buffer.from(text);
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'access-control-allow-origin': '*' });
    if (!cut.has(path)) return void response.end(body);
    // Half the body, then the connection dropped: the browser sees a network error mid-read.
    response.write(body.subarray(0, body.length >> 1), () => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    versionUrl: `http://127.0.0.1:${port}/packs/packs.json`,
    host: `127.0.0.1:${port}`,
    log,
    corrupt,
    cut,
    serve(next: Release) {
      release = next;
      corrupt.clear();
      cut.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
