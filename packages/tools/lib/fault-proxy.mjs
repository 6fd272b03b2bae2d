// A loopback HTTP proxy that answers chosen requests with an error a given number of times and
// forwards everything else, unchanged (Host header included, so a registry's Location headers
// keep pointing at the proxy). For "the registry said 500, then 200".
import { createServer, request } from 'node:http';

/**
 * @param {string} targetUrl e.g. http://127.0.0.1:5000
 * @param {Array<{ method: string, path: RegExp, status: number, times: number, userAgent?: RegExp }>} faults
 *   userAgent: only requests from that client (e.g. our own read-back, not the builder's push).
 */
export async function startFaultProxy(targetUrl, faults) {
  const target = new URL(targetUrl);
  const seen = [];
  const server = createServer((req, res) => {
    const fault = faults.find(
      (f) =>
        f.times > 0 &&
        f.method === req.method &&
        f.path.test(req.url) &&
        (!f.userAgent || f.userAgent.test(req.headers['user-agent'] ?? ''))
    );
    seen.push({ method: req.method, url: req.url, injected: fault ? fault.status : undefined });
    if (fault) {
      fault.times--;
      req.resume();
      return res.writeHead(fault.status, { 'content-type': 'text/plain' }).end('injected fault');
    }
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${server.address().port}`,
    seen,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      })
  };
}
