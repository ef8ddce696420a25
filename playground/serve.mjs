#!/usr/bin/env node
// `npm run playground`: serves the repository's files (the page in playground/, the
// built dist/) on localhost, read-only. Also used by the browser test.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.bin': 'application/octet-stream', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Starts the server for the playground (port 0: any free port); resolves to the page's URL and a close function. */
export async function servePlayground(port = 0) {
  const { url, close } = await serveFolder(root, port);
  return { url: `${url}playground/`, close };
}

/** Serves `folder`'s files, read-only, on localhost (`/` is its index.html). */
export function serveFolder(folder, port = 0) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/' && folder === root) {
      res.writeHead(302, { location: '/playground/' }).end();
      return;
    }
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    let isFile = false;
    try {
      isFile = file.startsWith(folder + sep) && statSync(file).isFile();
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
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await servePlayground(Number(process.env.PORT ?? 8022));
  console.log(`gongwen playground: ${url}  (Ctrl+C to stop)`);
}
