import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPackBytes } from '../lib/browser/packs-fetch';

const BODY = 'x'.repeat(100);
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/ok.json':
        return void response.writeHead(200, { 'content-length': 100 }).end(BODY);
      case '/more.json': // no length announced, then more than the version file said
        response.writeHead(200);
        response.write(BODY);
        return void response.end(BODY);
      case '/announce.json':
        return void response.writeHead(200, { 'content-length': 5000 }).end('x'.repeat(5000));
      case '/redirect.json':
        return void response.writeHead(302, { location: '/ok.json' }).end();
      case '/cut.json':
        response.writeHead(200, { 'content-length': 100 });
        return void response.write(BODY.slice(0, 50), () => response.destroy());
      case '/stall.json':
        response.writeHead(200, { 'content-length': 100 });
        return void response.write(BODY.slice(0, 10)); // then nothing, ever
      default:
        return void response.writeHead(500).end('<html>oops</html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const get = (path: string) => fetchPackBytes(`${base}${path}`, { maxBytes: 1000, expectedBytes: 100 }, { stallMs: 300, totalMs: 60_000 });

describe('pack downloads', () => {
  it('reads a file of the size announced, reporting progress', async () => {
    const progress: number[] = [];
    const bytes = await fetchPackBytes(`${base}/ok.json`, { maxBytes: 1000, expectedBytes: 100, onBytes: (n) => progress.push(n) });
    expect([bytes.length, progress.at(-1)]).toEqual([100, 100]);
  });

  it('gives a clear error, and no bytes, for each way a server can misbehave', async () => {
    await expect(get('/more.json')).rejects.toThrow('more.json: more than the 100 bytes expected arrived');
    await expect(get('/announce.json')).rejects.toThrow('announce.json: the server announces 5000 bytes, more than the 100 expected');
    await expect(get('/redirect.json')).rejects.toThrow('redirect.json: the server redirects elsewhere; nothing is read from another address');
    await expect(get('/cut.json')).rejects.toThrow('cut.json: the connection failed or was cut');
    await expect(get('/stall.json')).rejects.toThrow('stall.json: the server sent nothing for 0.3 s');
    await expect(get('/broken.json')).rejects.toThrow('broken.json: HTTP 500');
  });
});
