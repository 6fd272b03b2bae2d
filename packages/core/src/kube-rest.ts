import { accessSync, readFileSync } from 'node:fs';
import type { Agent, IncomingMessage } from 'node:http';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { ConfigurationError, errorMessage } from './errors.js';

/**
 * The Kubernetes REST calls goldenthread makes — get, list, JSON patch, merge patch, the status
 * subresource — over node:http(s), without the generated client (its API classes are 16 MB of
 * JavaScript, and importing the client's KubeConfig module pulls them in: config.js imports
 * ./gen/index.js). The kubeconfig is read the way @kubernetes/client-node 1.4.0 reads it, with
 * its own pieces where they stand alone:
 * - parsing and validation of clusters/users/contexts: its config_types.js (newClusters, …);
 * - KUBECONFIG (several files merged), ~/.kube/config, then in-cluster: config.js loadFromDefault,
 *   loadFromFile (relative cert paths made absolute: makePathsAbsolute), loadFromCluster;
 * - TLS and credentials: config.js applyHTTPSOptions (CA, client certificate and key,
 *   insecure-skip-tls-verify, tls-server-name, impersonation) and applyAuthorizationHeader (the
 *   first authenticator that claims the user: exec_auth.js, file_auth.js, oidc/azure/gcp, then a
 *   static token), loaded only when the kubeconfig names one;
 * - the agent: config.js createAgent (proxy-url through hpagent or socks-proxy-agent; plain http
 *   only with insecure-skip-tls-verify).
 */

/** The client's parsed kubeconfig entries (client-node dist/config_types.d.ts). */
type Cluster = import('@kubernetes/client-node/dist/config_types.js').Cluster;
type User = import('@kubernetes/client-node/dist/config_types.js').User;
type Context = import('@kubernetes/client-node/dist/config_types.js').Context;
interface Kubeconfig {
  clusters: Cluster[];
  users: User[];
  contexts: Context[];
  currentContext?: string;
}
/** What an authenticator fills in (client-node's https.RequestOptions subset). */
interface AuthOptions {
  headers: Record<string, string>;
  /** An exec plugin may answer with a client certificate instead of a token. */
  cert?: string;
  key?: string;
}
interface Authenticator {
  applyAuthentication(user: User, opts: AuthOptions): Promise<void>;
}

/** A namespaced object (with name) or collection (without) of one resource type. */
export interface KubeRef {
  group: string;
  version: string;
  plural: string;
  namespace: string;
  name?: string;
}

/** An answer other than 2xx; `code` is the HTTP status and `body` its text (a metav1.Status). */
export class KubeStatusError extends Error {
  constructor(
    readonly code: number,
    readonly body: string
  ) {
    super(`HTTP ${code}`);
    this.name = 'KubeStatusError';
  }
}

const SERVICEACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

function readable(path: string): boolean {
  try {
    accessSync(path);
    return true;
  } catch {
    return false;
  }
}

async function parse(text: string, rootDirectory?: string): Promise<Kubeconfig> {
  const [{ parse: parseYaml }, { newClusters, newContexts, newUsers }] = await Promise.all([
    import('yaml'),
    import('@kubernetes/client-node/dist/config_types.js')
  ]);
  const obj = (parseYaml(text) ?? {}) as Record<string, unknown>;
  if (typeof obj !== 'object') throw new Error('not a YAML mapping');
  const config: Kubeconfig = {
    clusters: newClusters(obj.clusters),
    users: newUsers(obj.users),
    contexts: newContexts(obj.contexts),
    currentContext: obj['current-context'] as string | undefined
  };
  if (rootDirectory) {
    // config.js makePathsAbsolute: files named in a kubeconfig file are relative to it.
    const absolute = (file: string) => (isAbsolute(file) ? file : join(rootDirectory, file));
    for (const cluster of config.clusters) if (cluster.caFile) cluster.caFile = absolute(cluster.caFile);
    for (const user of config.users) {
      if (user.certFile) user.certFile = absolute(user.certFile);
      if (user.keyFile) user.keyFile = absolute(user.keyFile);
    }
  }
  return config;
}

const parseFile = (file: string) => parse(readFileSync(file, 'utf8'), dirname(file));

/** config.js loadFromDefault (Linux/macOS part): KUBECONFIG, ~/.kube/config, in-cluster. */
async function loadDefault(): Promise<Kubeconfig | undefined> {
  const files = (process.env.KUBECONFIG ?? '').split(delimiter).filter(Boolean);
  if (files.length > 0) {
    const config = await parseFile(files[0]);
    for (const file of files.slice(1)) {
      // mergeConfig: a later file's current-context wins; a duplicate name is an error.
      const next = await parseFile(file);
      config.currentContext = next.currentContext ?? config.currentContext;
      for (const key of ['clusters', 'users', 'contexts'] as const) {
        for (const entry of next[key]) {
          if ((config[key] as Array<{ name: string }>).some((e) => e.name === entry.name)) {
            throw new Error(`Duplicate ${key.slice(0, -1)}: ${entry.name}`);
          }
          (config[key] as Array<{ name: string }>).push(entry);
        }
      }
    }
    return config;
  }
  const home = process.env.HOME;
  if (home && readable(join(home, '.kube', 'config'))) return parseFile(join(home, '.kube', 'config'));
  if (readable(`${SERVICEACCOUNT}/token`)) {
    // loadFromCluster: the pod's service account, https unless the port is a plain-http one.
    const host = process.env.KUBERNETES_SERVICE_HOST ?? '';
    const port = process.env.KUBERNETES_SERVICE_PORT ?? '';
    const scheme = ['80', '8080', '8001'].includes(port) ? 'http' : 'https';
    const server = `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return {
      clusters: [{ name: 'inCluster', server, caFile: `${SERVICEACCOUNT}/ca.crt`, skipTLSVerify: false }],
      users: [
        {
          name: 'inClusterUser',
          authProvider: { name: 'tokenFile', config: { tokenFile: `${SERVICEACCOUNT}/token` } }
        }
      ],
      contexts: [{ name: 'inClusterContext', cluster: 'inCluster', user: 'inClusterUser' }],
      currentContext: 'inClusterContext'
    };
  }
  return undefined;
}

/**
 * The first authenticator that claims the user, in KubeConfig's order (azure, gcp, exec, file,
 * oidc: config.js constructor), each tested by its own isAuthProvider rule and imported on demand.
 */
async function authenticatorFor(user: User): Promise<Authenticator | undefined> {
  const provider = user.authProvider as { name?: string; config?: { tokenFile?: string; exec?: unknown } } | undefined;
  if (provider?.name === 'azure') return new (await import('@kubernetes/client-node/dist/azure_auth.js')).AzureAuth();
  if (provider?.name === 'gcp')
    return new (await import('@kubernetes/client-node/dist/gcp_auth.js')).GoogleCloudPlatformAuth();
  if (user.exec || provider?.name === 'exec' || provider?.config?.exec)
    return new (await import('@kubernetes/client-node/dist/exec_auth.js')).ExecAuth();
  if (provider?.config?.tokenFile) return new (await import('@kubernetes/client-node/dist/file_auth.js')).FileAuth();
  if (provider?.name === 'oidc')
    return new (await import('@kubernetes/client-node/dist/oidc_auth.js')).OpenIDConnectAuth();
  return undefined;
}

function fileOrData(file: string | undefined, data: string | undefined): Buffer | undefined {
  if (file) return readFileSync(file);
  return data ? Buffer.from(data, 'base64') : undefined;
}

/** config.js createAgent, with applyHTTPSOptions' TLS material. */
async function agentFor(cluster: Cluster, user: User): Promise<Agent> {
  const tls = {
    ca: fileOrData(cluster.caFile, cluster.caData),
    cert: fileOrData(user.certFile, user.certData),
    key: fileOrData(user.keyFile, user.keyData),
    ...(cluster.skipTLSVerify ? { rejectUnauthorized: false } : {}),
    ...(cluster.tlsServerName ? { servername: cluster.tlsServerName } : {})
  };
  const https = cluster.server.startsWith('https');
  if (cluster.proxyUrl) {
    if (cluster.proxyUrl.startsWith('socks')) {
      const { SocksProxyAgent } = await import('socks-proxy-agent');
      // As config.js does: the TLS material handed to the agent as its options.
      return new SocksProxyAgent(cluster.proxyUrl, tls as never);
    }
    const { HttpsProxyAgent, HttpProxyAgent } = await import('hpagent');
    return https
      ? new HttpsProxyAgent({ ...tls, proxy: cluster.proxyUrl })
      : new HttpProxyAgent({ ...tls, proxy: cluster.proxyUrl });
  }
  if (!https) {
    if (!cluster.skipTLSVerify) throw new Error('HTTP protocol is not allowed when skipTLSVerify is not set or false');
    return new (await import('node:http')).Agent();
  }
  return new (await import('node:https')).Agent(tls);
}

export interface KubeRest {
  server: string;
  get: (ref: KubeRef) => Promise<unknown>;
  list: (ref: KubeRef, labelSelector?: string) => Promise<unknown>;
  /** `json`: RFC 6902 ops; `merge`: RFC 7386 document. `status`: the status subresource. */
  patch: (ref: KubeRef, body: unknown, type: 'json' | 'merge', subresource?: 'status') => Promise<unknown>;
}

const PATCH_TYPES = { json: 'application/json-patch+json', merge: 'application/merge-patch+json' };

function pathOf(ref: KubeRef, subresource?: string): string {
  const parts = [ref.group ? 'apis' : 'api', ref.group, ref.version, 'namespaces', ref.namespace, ref.plural];
  if (ref.name !== undefined) parts.push(ref.name);
  if (subresource) parts.push(subresource);
  return (
    '/' +
    parts
      .filter((p) => p !== '')
      .map(encodeURIComponent)
      .join('/')
  );
}

/**
 * Open the cluster named by a kubeconfig (file content or path; default: KUBECONFIG,
 * ~/.kube/config, or in-cluster). Bad configuration throws a ConfigurationError before any
 * request. Each request then has its own deadline, `timeoutMs`, from sending it to the last
 * byte of the answer; missing it rejects with a TimeoutError.
 */
export async function connectKube(kubeconfig: string | undefined, timeoutMs: number): Promise<KubeRest> {
  const source = kubeconfig
    ? "input 'kubeconfig'"
    : 'the default kubeconfig (KUBECONFIG, ~/.kube/config or in-cluster)';
  const invalid = (why: string) =>
    new ConfigurationError(
      `Invalid ${source}: ${why}. Expected a kubeconfig (YAML, or a path to one) with a current context.`
    );
  let cluster: Cluster, user: User, agent: Agent, authenticator: Authenticator | undefined;
  try {
    const config = !kubeconfig
      ? await loadDefault()
      : !kubeconfig.includes('\n') && readable(kubeconfig)
        ? await parseFile(kubeconfig)
        : await parse(kubeconfig);
    if (!config) throw new Error('none found');
    const context = config.contexts.find((c) => c.name === config.currentContext);
    if (!context) throw new Error(`no context named '${config.currentContext ?? ''}' (current-context)`);
    const found = config.clusters.find((c) => c.name === context.cluster);
    if (!found) throw new Error(`context '${context.name}' names no known cluster`);
    cluster = found;
    user = config.users.find((u) => u.name === context.user) ?? { name: context.user ?? '' };
    agent = await agentFor(cluster, user);
    authenticator = await authenticatorFor(user);
  } catch (error) {
    throw invalid(errorMessage(error).split('\n')[0]);
  }
  const transport = cluster.server.startsWith('https') ? await import('node:https') : await import('node:http');

  /** applyAuthorizationHeader, then applyHTTPSOptions' basic auth: per request (exec tokens expire). */
  async function credentials(): Promise<AuthOptions> {
    const opts: AuthOptions = { headers: {} };
    if (user.impersonateUser) opts.headers['Impersonate-User'] = user.impersonateUser;
    if (authenticator) await authenticator.applyAuthentication(user, opts);
    if (user.token) opts.headers.Authorization = `Bearer ${user.token}`;
    if (user.username) {
      opts.headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password ?? ''}`).toString('base64')}`;
    }
    return opts;
  }

  async function request(method: string, path: string, body?: string, contentType?: string): Promise<unknown> {
    const auth = await credentials();
    const url = new URL(cluster.server + path);
    return new Promise((resolve, reject) => {
      const req = transport.request(url, {
        method,
        agent,
        ...(auth.cert && auth.key ? { cert: auth.cert, key: auth.key } : {}),
        headers: {
          ...auth.headers,
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': contentType!, 'Content-Length': Buffer.byteLength(body) } : {})
        }
      });
      const timer = setTimeout(() => {
        const error = new Error(`no answer within ${timeoutMs} ms`);
        error.name = 'TimeoutError';
        req.destroy(error);
      }, timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      req.on('error', fail);
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) return reject(new KubeStatusError(status, text));
          try {
            resolve(text === '' ? {} : JSON.parse(text));
          } catch {
            reject(new Error(`the answer to ${method} ${path} is not JSON`));
          }
        });
      });
      req.end(body);
    });
  }

  return {
    server: cluster.server,
    get: (ref) => request('GET', pathOf(ref)),
    list: (ref, labelSelector) =>
      request(
        'GET',
        pathOf({ ...ref, name: undefined }) +
          (labelSelector ? `?labelSelector=${encodeURIComponent(labelSelector)}` : '')
      ),
    patch: (ref, body, type, subresource) =>
      request('PATCH', pathOf(ref, subresource), JSON.stringify(body), PATCH_TYPES[type])
  };
}
