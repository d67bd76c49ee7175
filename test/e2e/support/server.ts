import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  origin: string;
  /** Serves generated HTML at a path, e.g. a 2,000-review page built in the test. */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/** A static server on 127.0.0.1 (random port) for fixture pages: the only host the tests talk to. */
export async function serveFixtures(root: string): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const generated = routes.get(path);
    if (generated !== undefined) {
      res.writeHead(200, { 'content-type': types['.html'] }).end(generated);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, html) => routes.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
