// A loopback stand-in for the GitHub REST endpoint trace-root's post step reads
// (GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs),
// answering with the documented response shape. GitHub's API cannot run here.
import { createServer } from 'node:http';

export async function startGithubApi(jobsByPath) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    const path = req.url.split('?')[0];
    const jobs = jobsByPath[path];
    if (!jobs) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ total_count: jobs.length, jobs }));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((r) => server.close(r))
  };
}
