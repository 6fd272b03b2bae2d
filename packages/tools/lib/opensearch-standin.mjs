// A loopback stand-in for OpenSearch's document API (no OpenSearch installs here):
// PUT /<index>/_doc/<id> stores the body and answers as OpenSearch does; anything else is a 400.
import { createServer } from 'node:http';

export async function startOpenSearchStandIn() {
  const indexed = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      indexed.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString() || 'null')
      });
      const m = /^\/([^/]+)\/_doc\/([^/?]+)/.exec(req.url);
      if (req.method !== 'PUT' || !m)
        return res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ _index: m[1], _id: m[2], _version: 1, result: 'created' }));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    indexed,
    close: () => new Promise((r) => server.close(r))
  };
}
