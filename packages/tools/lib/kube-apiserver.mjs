// A loopback stand-in for the Kubernetes API server (no kube-apiserver installs here), speaking
// the documented REST wire format for namespaced objects:
//   GET   /apis/{group}/{version}/namespaces/{ns}/{plural}/{name}
//   PATCH same path, Content-Type application/json-patch+json or application/merge-patch+json
//   PATCH …/{name}/status  (status subresource: only .status changes)
//   GET   /apis/{group}/{version}/namespaces/{ns}/{plural}?labelSelector=k=v,…  (a List)
// Errors are metav1.Status bodies (404 NotFound, 409 Conflict, 403 Forbidden, 401).
// Patches are applied by `kubectl patch --local` — the same apimachinery patch code the real
// API server runs — and a resourceVersion in the patched result is a precondition (409 when
// stale), as on a real server. Every request is recorded for the test to inspect.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PATCH_TYPES = { 'application/json-patch+json': 'json', 'application/merge-patch+json': 'merge' };

function status(code, reason, message, details) {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code };
}

/** Apply a patch document the way kubectl (and the API server's apimachinery) does. */
export function kubectlPatch(object, patch, type) {
  const dir = mkdtempSync(join(tmpdir(), 'gt-kpatch-'));
  const file = join(dir, 'object.json');
  writeFileSync(file, JSON.stringify(object));
  const out = execFileSync('kubectl', ['patch', '--local', '-f', file, `--type=${type}`, '-p', JSON.stringify(patch), '-o', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

export async function startKubeApiServer({ token = 'test-token' } = {}) {
  const objects = new Map();
  const requests = [];
  const faults = { conflictsLeft: 0, forbidden: false };
  let version = 100;

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
      const send = (code, body) => res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, status(401, 'Unauthorized', 'Unauthorized'));
      const [path, query = ''] = req.url.split('?');
      const list = /^\/apis\/([^/]+)\/([^/]+)\/namespaces\/([^/]+)\/([^/]+)$/.exec(path);
      if (list && req.method === 'GET') {
        const [, group, apiVersion, namespace, plural] = list;
        const selector = new URLSearchParams(query).get('labelSelector') ?? '';
        const wanted = selector ? selector.split(',').map((kv) => kv.split('=')) : [];
        const items = [...objects.entries()]
          .filter(([key]) => key.startsWith(`${group}/${plural}/${namespace}/`))
          .map(([, o]) => o)
          .filter((o) => wanted.every(([k, v]) => o.metadata.labels?.[k] === v));
        return send(200, { apiVersion: `${group}/${apiVersion}`, kind: "List", metadata: { resourceVersion: String(version) }, items });
      }
      const m = /^\/apis\/([^/]+)\/([^/]+)\/namespaces\/([^/]+)\/([^/]+)\/([^/?]+)(\/status)?$/.exec(path);
      if (!m) return send(404, status(404, 'NotFound', 'the server could not find the requested resource'));
      const [, group, , namespace, plural, name, subresource] = m;
      const key = `${group}/${plural}/${namespace}/${name}`;
      const current = objects.get(key);
      if (faults.forbidden) {
        return send(403, status(403, 'Forbidden', `${plural}.${group} "${name}" is forbidden: User "ci" cannot ${req.method === 'GET' ? 'get' : 'patch'} resource "${plural}" in API group "${group}" in the namespace "${namespace}"`));
      }
      if (!current) return send(404, status(404, 'NotFound', `${plural}.${group} "${name}" not found`, { name, group, kind: plural }));
      if (req.method === 'GET') return send(200, current);
      if (req.method !== 'PATCH') return send(405, status(405, 'MethodNotAllowed', 'the server does not allow this method'));
      const type = PATCH_TYPES[req.headers['content-type']];
      if (!type) return send(415, status(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(', ')}`));
      if (faults.conflictsLeft > 0) {
        // Someone else wrote the object just before this patch arrived.
        faults.conflictsLeft--;
        current.metadata.resourceVersion = String(++version);
        current.metadata.labels = { ...current.metadata.labels, touched: String(version) };
      }
      let patched;
      try {
        patched = kubectlPatch(current, JSON.parse(raw), type);
      } catch (error) {
        return send(422, status(422, 'Invalid', String(error.stderr || error.message)));
      }
      if (patched.metadata?.resourceVersion !== current.metadata.resourceVersion) {
        return send(409, status(409, 'Conflict', `Operation cannot be fulfilled on ${plural}.${group} "${name}": the object has been modified; please apply your changes to the latest version and try again`));
      }
      // Through /status only .status changes; through the object, everything but .status.
      const stored = subresource ? { ...current, status: patched.status } : { ...patched, status: current.status };
      if (stored.status === undefined) delete stored.status;
      stored.metadata = { ...(subresource ? current.metadata : patched.metadata), resourceVersion: String(++version) };
      if (!subresource && JSON.stringify(patched.spec) !== JSON.stringify(current.spec)) stored.metadata.generation = (current.metadata.generation ?? 1) + 1;
      objects.set(key, stored);
      send(200, stored);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    requests,
    faults,
    /** Store an object as the cluster's state. */
    put(group, plural, object) {
      const stored = structuredClone(object);
      stored.metadata.resourceVersion = String(++version);
      objects.set(`${group}/${plural}/${stored.metadata.namespace}/${stored.metadata.name}`, stored);
      return stored;
    },
    get: (group, plural, namespace, name) => objects.get(`${group}/${plural}/${namespace}/${name}`),
    kubeconfig: [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `- name: standin\n  cluster:\n    server: ${url}\n    insecure-skip-tls-verify: true`,
      'users:',
      `- name: ci\n  user:\n    token: ${token}`,
      'contexts:',
      '- name: standin\n  context:\n    cluster: standin\n    user: ci',
      'current-context: standin',
      ''
    ].join('\n'),
    close: () => new Promise((r) => server.close(r))
  };
}
