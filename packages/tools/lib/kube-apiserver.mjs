// A loopback stand-in for the Kubernetes API server (no kube-apiserver installs here), speaking
// the documented REST wire format for namespaced objects:
//   GET   /apis/{group}/{version}/namespaces/{ns}/{plural}/{name}
//   PATCH same path, Content-Type application/json-patch+json or application/merge-patch+json
//   PATCH …/{name}/status  (status subresource: only .status changes)
//   GET   /apis/{group}/{version}/namespaces/{ns}/{plural}?labelSelector=k=v,…  (a List)
// Errors are metav1.Status bodies (404 NotFound, 409 Conflict, 403 Forbidden, 401, 422 Invalid).
// Patches are applied by `kubectl patch --local` — the same apimachinery patch code the real
// API server runs — and a resourceVersion in the patched result is a precondition (409 when
// stale), as on a real server (api-conventions.md, "Concurrency Control and Consistency"). A
// JSON-patch `test` op that does not hold fails the patch (RFC 6902 §4.6; 422 here).
//
// The status subresource follows the CustomResourceSubresources contract (apiextensions.k8s.io
// v1): when enabled, writes to the object ignore .status and writes to /status ignore everything
// else; when a CRD does not enable it (`statusSubresource.rollouts = false`), PATCH …/status is
// 404 and .status is an ordinary field of the object.
//
// The controllers are simulated just enough for rollbacks to have history: whenever a Deployment's
// or Rollout's pod template changes, the ReplicaSet with that template (hash label ignored) becomes
// the newest revision, or a new one is made, and the workload's annotations are copied onto it
// except the controller's own (kubernetes pkg/controller/deployment/util SetNewReplicaSetAnnotations;
// argo-rollouts utils/annotations/annotations.go copyRolloutAnnotationsToReplicaSet). A Rollout
// with spec.workloadRef takes its template from the referenced Deployment. A new template clears a
// Rollout's status.abort (argo-rollouts rollout/sync.go resetRolloutStatus).
//
// TLS (`tls: { key, cert, ca }`): served over https with that certificate; a client certificate
// signed by `ca` authenticates as a bearer token does (a real API server accepts either).
//
// Faults: `conflictsLeft` (someone writes just before the next patches), `forbidden`, `hang`
// (accept the connection, read the request, never answer), and `answers`: [{ method, path:
// RegExp, status, times }] to fail chosen requests. Every request is recorded for the test.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PATCH_TYPES = { 'application/json-patch+json': 'json', 'application/merge-patch+json': 'merge' };
const REASONS = {
  400: 'BadRequest',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'Invalid',
  500: 'InternalError',
  503: 'ServiceUnavailable'
};

/** What each workload controller names its ReplicaSets' revision and hash, and does not copy. */
const CONTROLLED = {
  deployments: {
    hashLabel: 'pod-template-hash',
    revision: 'deployment.kubernetes.io/revision',
    // kubectl pkg/polymorphichelpers/rollback.go annotationsToSkip (the controller skips the same)
    skip: [
      'kubectl.kubernetes.io/last-applied-configuration',
      'deployment.kubernetes.io/revision',
      'deployment.kubernetes.io/revision-history',
      'deployment.kubernetes.io/desired-replicas',
      'deployment.kubernetes.io/max-replicas',
      'deprecated.deployment.rollback.to'
    ]
  },
  rollouts: {
    hashLabel: 'rollouts-pod-template-hash',
    revision: 'rollout.argoproj.io/revision',
    // argo-rollouts utils/annotations/annotations.go annotationsToSkip
    skip: [
      'kubectl.kubernetes.io/last-applied-configuration',
      'rollout.argoproj.io/revision',
      'rollout.argoproj.io/revision-history',
      'rollout.argoproj.io/desired-replicas',
      'notified.notifications.argoproj.io'
    ]
  }
};

function status(code, message, details) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: REASONS[code] ?? 'Unknown',
    details,
    code
  };
}

/** Apply a patch document the way kubectl (and the API server's apimachinery) does. */
export function kubectlPatch(object, patch, type) {
  const dir = mkdtempSync(join(tmpdir(), 'gt-kpatch-'));
  const file = join(dir, 'object.json');
  writeFileSync(file, JSON.stringify(object));
  const out = execFileSync(
    'kubectl',
    ['patch', '--local', '-f', file, `--type=${type}`, '-p', JSON.stringify(patch), '-o', 'json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  );
  return JSON.parse(out);
}

const withoutHash = (template, hashLabel) => {
  const copy = structuredClone(template ?? {});
  if (copy.metadata?.labels) delete copy.metadata.labels[hashLabel];
  return copy;
};
/** JSON with sorted keys: kubectl's output orders keys as Go does, the test's objects do not. */
const canonical = (v) =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical(v[k])])
        )
      : v;
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** @param {{ token?: string, tls?: { key: string, cert: string, ca: string } }} [options] */
export async function startKubeApiServer({ token = 'test-token', tls = undefined } = {}) {
  const objects = new Map();
  const requests = [];
  /** @type {{ conflictsLeft: number, forbidden: boolean, hang: boolean, answers: Array<{ method: string, path: RegExp, status: number, times: number, message?: string }> }} */
  const faults = { conflictsLeft: 0, forbidden: false, hang: false, answers: [] };
  const statusSubresource = { rollouts: true, deployments: true, replicasets: true };
  const hung = [];
  let version = 100;
  let uids = 0;
  const keyOf = (group, plural, namespace, name) => `${group}/${plural}/${namespace}/${name}`;

  /** The controllers' part: a ReplicaSet per template, newest revision for the current one. */
  function reconcile(group, plural, obj) {
    const controlled = CONTROLLED[plural];
    if (!controlled) return;
    const ref = plural === 'rollouts' ? obj.spec?.workloadRef : undefined;
    const source = ref ? objects.get(keyOf('apps', 'deployments', obj.metadata.namespace, ref.name)) : obj;
    const template = withoutHash(source?.spec?.template, controlled.hashLabel);
    if (!source?.spec?.template) return;
    const owned = [...objects.values()].filter(
      (o) =>
        o.kind === 'ReplicaSet' &&
        o.metadata.namespace === obj.metadata.namespace &&
        o.metadata.ownerReferences?.some((r) => r.controller && r.uid === obj.metadata.uid)
    );
    const revisionOf = (rs) => Number(rs.metadata.annotations?.[controlled.revision] ?? 0);
    const newest = Math.max(0, ...owned.map(revisionOf));
    let rs = owned.find((o) => same(withoutHash(o.spec.template, controlled.hashLabel), template));
    const copied = Object.fromEntries(
      Object.entries(obj.metadata.annotations ?? {}).filter(([k]) => !controlled.skip.includes(k))
    );
    if (!rs) {
      const hash = createHash('sha256')
        .update(JSON.stringify(canonical(template)))
        .digest('hex')
        .slice(0, 10);
      const labels = { ...(template.metadata?.labels ?? {}), [controlled.hashLabel]: hash };
      rs = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${obj.metadata.name}-${hash}`,
          namespace: obj.metadata.namespace,
          uid: `rs-${++uids}`,
          labels,
          annotations: {},
          ownerReferences: [
            {
              apiVersion: obj.apiVersion,
              kind: obj.kind,
              name: obj.metadata.name,
              uid: obj.metadata.uid,
              controller: true
            }
          ]
        },
        spec: { template: { ...template, metadata: { ...(template.metadata ?? {}), labels } } }
      };
    }
    const revision = revisionOf(rs) === newest && newest > 0 ? newest : newest + 1;
    const annotations = { ...rs.metadata.annotations, ...copied, [controlled.revision]: String(revision) };
    if (
      !same(annotations, rs.metadata.annotations) ||
      !objects.has(keyOf('apps', 'replicasets', rs.metadata.namespace, rs.metadata.name))
    ) {
      rs = { ...rs, metadata: { ...rs.metadata, annotations, resourceVersion: String(++version) } };
      objects.set(keyOf('apps', 'replicasets', rs.metadata.namespace, rs.metadata.name), rs);
    }
    if (obj.metadata.annotations?.[controlled.revision] !== String(revision)) {
      obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [controlled.revision]: String(revision) };
    }
  }

  /** After a write: reconcile it, and any Rollout whose workloadRef names a changed Deployment. */
  function afterWrite(group, plural, obj, previous) {
    if (plural === 'rollouts' && previous && !same(previous.spec?.template, obj.spec?.template) && obj.status?.abort) {
      obj.status = { ...obj.status, abort: false };
      delete obj.status.abortedAt;
    }
    reconcile(group, plural, obj);
    if (plural === 'deployments') {
      for (const o of objects.values()) {
        if (
          o.kind === 'Rollout' &&
          o.metadata.namespace === obj.metadata.namespace &&
          o.spec?.workloadRef?.kind === 'Deployment' &&
          o.spec.workloadRef.name === obj.metadata.name
        ) {
          const before = structuredClone(o);
          reconcile('argoproj.io', 'rollouts', o);
          if (!same(before, o)) o.metadata.resourceVersion = String(++version);
        }
      }
    }
  }

  const handler = (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      // The client certificate's subject, when one was presented and verified against `tls.ca`.
      const clientCert = req.socket.authorized ? req.socket.getPeerCertificate().subject?.CN : undefined;
      requests.push({ method: req.method, url: req.url, headers: req.headers, body, clientCert });
      if (faults.hang) return void hung.push(res); // connection accepted, request read, no answer ever
      const send = (code, payload) =>
        res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      if (req.headers.authorization !== `Bearer ${token}` && !clientCert) return send(401, status(401, 'Unauthorized'));
      const [path, query = ''] = req.url.split('?');
      const injected = faults.answers.find((f) => f.times > 0 && f.method === req.method && f.path.test(path));
      if (injected) {
        injected.times--;
        return send(injected.status, status(injected.status, injected.message ?? `injected ${injected.status}`));
      }
      const list = /^\/apis\/([^/]+)\/([^/]+)\/namespaces\/([^/]+)\/([^/]+)$/.exec(path);
      if (list && req.method === 'GET') {
        const [, group, apiVersion, namespace, plural] = list;
        const selector = new URLSearchParams(query).get('labelSelector') ?? '';
        const wanted = selector ? selector.split(',').map((kv) => kv.split('=')) : [];
        const items = [...objects.entries()]
          .filter(([key]) => key.startsWith(`${group}/${plural}/${namespace}/`))
          .map(([, o]) => o)
          .filter((o) => wanted.every(([k, v]) => o.metadata.labels?.[k] === v));
        return send(200, {
          apiVersion: `${group}/${apiVersion}`,
          kind: 'List',
          metadata: { resourceVersion: String(version) },
          items
        });
      }
      const m = /^\/apis\/([^/]+)\/([^/]+)\/namespaces\/([^/]+)\/([^/]+)\/([^/?]+)(\/status)?$/.exec(path);
      if (!m) return send(404, status(404, 'the server could not find the requested resource'));
      const [, group, , namespace, plural, name, subresource] = m;
      const key = keyOf(group, plural, namespace, name);
      const current = objects.get(key);
      if (faults.forbidden) {
        return send(
          403,
          status(
            403,
            `${plural}.${group} "${name}" is forbidden: User "ci" cannot ${req.method === 'GET' ? 'get' : 'patch'} resource "${plural}" in API group "${group}" in the namespace "${namespace}"`
          )
        );
      }
      // A CRD without the status subresource has no …/status path at all.
      if (subresource && !statusSubresource[plural])
        return send(404, status(404, 'the server could not find the requested resource'));
      if (!current)
        return send(404, status(404, `${plural}.${group} "${name}" not found`, { name, group, kind: plural }));
      if (req.method === 'GET') return send(200, current);
      if (req.method !== 'PATCH') return send(405, status(405, 'the server does not allow this method'));
      const type = PATCH_TYPES[req.headers['content-type']];
      if (!type)
        return send(
          415,
          status(
            415,
            `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(', ')}`
          )
        );
      if (faults.conflictsLeft > 0) {
        // Someone else wrote the object just before this patch arrived.
        faults.conflictsLeft--;
        current.metadata.resourceVersion = String(++version);
        current.metadata.labels = { ...current.metadata.labels, touched: String(version) };
      }
      let patched;
      try {
        patched = kubectlPatch(current, body, type);
      } catch (error) {
        return send(422, status(422, String(error.stderr || error.message).trim()));
      }
      if (patched.metadata?.resourceVersion !== current.metadata.resourceVersion) {
        return send(
          409,
          status(
            409,
            `Operation cannot be fulfilled on ${plural}.${group} "${name}": the object has been modified; please apply your changes to the latest version and try again`
          )
        );
      }
      // With the subresource: through /status only .status changes, through the object all but .status.
      const split = statusSubresource[plural];
      const stored = !split
        ? patched
        : subresource
          ? { ...current, status: patched.status }
          : { ...patched, status: current.status };
      if (stored.status === undefined) delete stored.status;
      stored.metadata = { ...(subresource ? current.metadata : patched.metadata), resourceVersion: String(++version) };
      if (!subresource && !same(patched.spec, current.spec))
        stored.metadata.generation = (current.metadata.generation ?? 1) + 1;
      objects.set(key, stored);
      afterWrite(group, plural, stored, current);
      send(200, stored);
    });
  };
  const server = tls
    ? createTlsServer({ ...tls, requestCert: true, rejectUnauthorized: false }, handler)
    : createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  return {
    url,
    requests,
    faults,
    statusSubresource,
    /** Store an object as the cluster's state (the controllers then make its ReplicaSet). */
    put(group, plural, object) {
      const stored = structuredClone(object);
      stored.metadata.resourceVersion = String(++version);
      stored.metadata.uid ??= `uid-${++uids}`;
      const key = keyOf(group, plural, stored.metadata.namespace, stored.metadata.name);
      const previous = objects.get(key);
      objects.set(key, stored);
      afterWrite(group, plural, stored, previous);
      return stored;
    },
    get: (group, plural, namespace, name) => objects.get(keyOf(group, plural, namespace, name)),
    /** Every ReplicaSet a workload controls, oldest revision first. */
    replicaSets(owner) {
      const revisionOf = (rs) =>
        Number(Object.entries(rs.metadata.annotations ?? {}).find(([k]) => k.endsWith('/revision'))?.[1] ?? 0);
      return [...objects.values()]
        .filter((o) => o.kind === 'ReplicaSet' && o.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid))
        .sort((a, b) => revisionOf(a) - revisionOf(b));
    },
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
    close: () =>
      new Promise((r) => {
        for (const res of hung.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(r);
      })
  };
}
