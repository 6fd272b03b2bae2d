// A loopback stand-in for the GitHub REST endpoints goldenthread calls, answering with the
// documented request/response shapes (GitHub's API cannot run here):
//   GET  /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{n}/jobs  → { total_count, jobs }, paged
//        by per_page (default 30, at most 100) and page, with a Link: <…>; rel="next" header
//        (docs.github.com "Using pagination in the REST API")
//   POST /repos/{owner}/{repo}/statuses/{sha}                           → 201, the status
//   POST /repos/{owner}/{repo}/pulls                                    → 201, { number, html_url, … }
//   POST /repos/{owner}/{repo}/issues/{number}/comments                 → 201, the comment
// Every request is kept, with its parsed JSON body, for the test to inspect.
import { createServer } from 'node:http';

export async function startGithubApi(jobsByPath = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      const path = req.url.split('?')[0];
      const json = (status, payload) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      if (req.method === 'GET' && jobsByPath[path]) {
        const query = new URL(req.url, 'http://x').searchParams;
        const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
        const page = Number(query.get('page') ?? 1);
        const all = jobsByPath[path];
        if (page * perPage < all.length) {
          res.setHeader('link', `<http://${req.headers.host}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`);
        }
        return json(200, { total_count: all.length, jobs: all.slice((page - 1) * perPage, page * perPage) });
      }
      const status = /^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]{40})$/.exec(path);
      if (req.method === 'POST' && status) {
        if (!['error', 'failure', 'pending', 'success'].includes(body?.state))
          return json(422, { message: 'Validation Failed' });
        return json(201, { id: requests.length, sha: status[1], ...body });
      }
      const comments = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
      if (req.method === 'POST' && comments) {
        if (!body?.body) return json(422, { message: 'Validation Failed' });
        return json(201, {
          id: requests.length,
          body: body.body,
          html_url: `https://github.example/${comments[1]}/${comments[2]}/pull/${comments[3]}#issuecomment-${requests.length}`
        });
      }
      const pulls = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(path);
      if (req.method === 'POST' && pulls) {
        if (!body?.title || !body?.head || !body?.base) return json(422, { message: 'Validation Failed' });
        const number = requests.length;
        return json(201, {
          number,
          html_url: `https://github.example/${pulls[1]}/${pulls[2]}/pull/${number}`,
          ...body
        });
      }
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((r) => server.close(r))
  };
}
