// A loopback stand-in for the GitHub REST endpoints goldenthread calls, answering with the
// documented request/response shapes (GitHub's API cannot run here):
//   GET  /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{n}/jobs  → { total_count, jobs }, paged
//        by per_page (default 30, at most 100) and page, with a Link: <…>; rel="next" header
//        (docs.github.com "Using pagination in the REST API")
//   POST /repos/{owner}/{repo}/statuses/{sha}                           → 201, the status
//   POST /repos/{owner}/{repo}/pulls                                    → 201, { number, html_url, … }
//   POST /repos/{owner}/{repo}/issues/{number}/comments                 → 201, the comment
//   POST /repos/{owner}/{repo}/deployments                              → 201, the deployment
//   GET  /repos/{owner}/{repo}/deployments?environment=&sha=&ref=&task= → newest first, paged as above
//   POST /repos/{owner}/{repo}/deployments/{id}/statuses                → 201, the status
//   GET  /repos/{owner}/{repo}/deployments/{id}/statuses                → newest first
// Deployments as github/rest-api-description describes them (descriptions/api.github.com/
// api.github.com.yaml, repos/create-deployment, repos/list-deployments, repos/create-deployment-status):
// `ref` required; `environment` defaults to production, `production_environment` to "environment is
// production", `auto_merge` to true and `required_contexts` to every context (this stand-in has no
// branches or commit statuses to merge or verify: it records what was asked and answers 201); the
// payload is kept as given (object or string); `state` must be one of the seven states and
// `description` at most 140 characters (422 otherwise); `auto_inactive` (default true) on a
// `success` adds `inactive` to every *prior* (lower id) non-transient, non-production deployment of
// the same environment whose latest state is `success` ("had a success state").
// `refuse: status` answers every deployments request with that status (a token without
// deployments: write gets 403 "Resource not accessible by integration").
// Every request is kept, with its parsed JSON body, for the test to inspect.
import { createServer } from 'node:http';

const DEPLOYMENT_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

/** One page of `all` as the REST API pages lists: per_page (default 30, at most 100), page, Link rel="next". */
function paged(req, res, path, all) {
  const query = new URL(req.url, 'http://x').searchParams;
  const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
  const page = Number(query.get('page') ?? 1);
  if (page * perPage < all.length) {
    const next = new URLSearchParams(query);
    next.set('per_page', String(perPage));
    next.set('page', String(page + 1));
    res.setHeader('link', `<http://${req.headers.host}${path}?${next}>; rel="next"`);
  }
  return all.slice((page - 1) * perPage, page * perPage);
}

export async function startGithubApi(jobsByPath = {}, { refuse } = {}) {
  const requests = [];
  /** Deployments by id, each with its statuses oldest first. */
  const deployments = new Map();
  const latestState = (d) => d.statuses.at(-1)?.state;
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
        const all = jobsByPath[path];
        return json(200, { total_count: all.length, jobs: paged(req, res, path, all) });
      }
      if (/^\/repos\/[^/]+\/[^/]+\/deployments(\/|$)/.test(path) && refuse) {
        return json(refuse, { message: 'Resource not accessible by integration', status: String(refuse) });
      }
      const deploymentList = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(path);
      if (deploymentList && req.method === 'POST') {
        if (typeof body?.ref !== 'string' || body.ref === '') return json(422, { message: 'Validation Failed' });
        const environment = body.environment ?? 'production';
        const id = deployments.size + 1001;
        const deployment = {
          id,
          url: `http://${req.headers.host}${path}/${id}`,
          sha: body.ref,
          ref: body.ref,
          task: body.task ?? 'deploy',
          payload: body.payload ?? {},
          environment,
          description: body.description ?? '',
          transient_environment: body.transient_environment ?? false,
          production_environment: body.production_environment ?? environment === 'production',
          created_at: new Date().toISOString(),
          asked: { auto_merge: body.auto_merge ?? true, required_contexts: body.required_contexts },
          statuses: []
        };
        deployments.set(id, deployment);
        const { asked: _asked, statuses: _statuses, ...shown } = deployment;
        return json(201, shown);
      }
      if (deploymentList && req.method === 'GET') {
        const query = new URL(req.url, 'http://x').searchParams;
        const matching = [...deployments.values()]
          .filter((d) => ['environment', 'sha', 'ref', 'task'].every((k) => !query.has(k) || d[k] === query.get(k)))
          .sort((a, b) => b.id - a.id)
          .map(({ asked: _asked, statuses: _statuses, ...shown }) => shown);
        return json(200, paged(req, res, path, matching));
      }
      const statuses = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(path);
      if (statuses) {
        const deployment = deployments.get(Number(statuses[1]));
        if (!deployment) return json(404, { message: 'Not Found' });
        if (req.method === 'GET') return json(200, [...deployment.statuses].reverse());
        if (!DEPLOYMENT_STATES.includes(body?.state) || (body.description ?? '').length > 140)
          return json(422, { message: 'Validation Failed' });
        if (body.environment) deployment.environment = body.environment;
        const created = {
          id: requests.length,
          state: body.state,
          description: body.description ?? '',
          environment: deployment.environment,
          log_url: body.log_url ?? '',
          created_at: new Date().toISOString()
        };
        if (body.state === 'success' && (body.auto_inactive ?? true)) {
          for (const prior of deployments.values()) {
            if (prior.id >= deployment.id || prior.environment !== deployment.environment) continue;
            if (prior.transient_environment || prior.production_environment) continue;
            if (latestState(prior) === 'success')
              prior.statuses.push({ ...created, id: created.id + 0.5, state: 'inactive', description: '' });
          }
        }
        deployment.statuses.push(created);
        return json(201, created);
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
    /** Deployments by id, each with `statuses` oldest first and `asked` (auto_merge, required_contexts). */
    deployments,
    /** Each deployment's states, oldest first: `{ 1001: ['in_progress', 'success'], … }`. */
    states: () => Object.fromEntries([...deployments.values()].map((d) => [d.id, d.statuses.map((x) => x.state)])),
    close: () => new Promise((r) => server.close(r))
  };
}
