import { createServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCertificate } from './cert.mjs';

export const pagesDir = join(import.meta.dirname, '../../test/fixtures/pages');

/**
 * Serves the bundled demo seller pages under their real host names (Chromium
 * maps the hosts to this server). `extraPages` lets a test put its own page at
 * a real URL; every request is logged so a test can prove nothing else was asked for.
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const { routes } = JSON.parse(readFileSync(join(pagesDir, 'routes.json'), 'utf8'));
  const extraPages = new Map();
  const requests = [];
  const server = createServer(makeCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown'}`);
    const hostname = url.hostname;
    requests.push({ host: hostname, path: url.pathname + url.search });
    const extra = extraPages.get(`${hostname}${url.pathname}`);
    const route = routes.find((r) => r.host === hostname && url.pathname.startsWith(r.path));
    const body = extra ?? (route ? readFileSync(join(pagesDir, route.file)) : undefined);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`demo server: no page for ${hostname}${url.pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    requests,
    /** Serve `html` at https://host/path (exact path) for this run. */
    setPage(hostname, path, html) {
      extraPages.set(`${hostname}${path}`, html);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
