#!/usr/bin/env node
// `npm run playground`: serves the repository's files (the page in playground/, the
// built dist/) on localhost, read-only. Also used by the browser test.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.bin': 'application/octet-stream', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Starts the server (port 0: any free port); resolves to its URL and a close function. */
export function servePlayground(port = 0) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/playground/' }).end();
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    let isFile = false;
    try {
      isFile = (file === root || file.startsWith(root + sep)) && statSync(file).isFile();
    } catch {
      // not found
    }
    if (!isFile) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}/playground/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await servePlayground(Number(process.env.PORT ?? 8022));
  console.log(`gongwen playground: ${url}  (Ctrl+C to stop)`);
}
