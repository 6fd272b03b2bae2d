import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { startOpenSearchStandIn } from '../../packages/tools/lib/opensearch-standin.mjs';
import { available, startDockerd, startRegistry } from '../../packages/tools/lib/real-servers.mjs';

// dist/build-and-tag with a real buildah (chroot isolation, vfs storage) pushing to a real
// docker-registry on loopback; skopeo reads the pushed image back. kaniko cannot be installed
// here: its path runs a stand-in executor that honours kaniko's documented flags and builds
// with buildah underneath.

const REAL = available('buildah') && available('docker-registry') && available('skopeo');
const suite = REAL ? describe : describe.skip;
const BUILD = 'release-17-3f78685';
let registry: Awaited<ReturnType<typeof startRegistry>>;
let context: string;
const builderEnv = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };

beforeAll(async () => {
  if (!REAL) return;
  registry = await startRegistry();
  context = mkdtempSync(join(tmpdir(), 'gt-ctx-'));
  writeFileSync(
    join(context, 'Dockerfile'),
    'FROM scratch\nARG GREETING=hello\nCOPY hello.txt /\nLABEL team=payments\n'
  );
  writeFileSync(join(context, 'hello.txt'), 'hello from the golden thread\n');
});
afterAll(async () => {
  await registry?.stop();
});

function buildStep(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const job = new LocalJob(
    githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, GITHUB_WORKSPACE: process.cwd(), ...builderEnv, ...env })
  );
  return job.step('build-and-tag', {
    image: `${registry.host}/acme/shop`,
    context,
    'tls-verify': 'false',
    builder: 'buildah',
    ...inputs
  });
}

function inspect(ref: string) {
  return JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${ref}`], { encoding: 'utf8' }));
}

suite('build-and-tag with buildah and a real registry', () => {
  test('tag = build id, digest from --digestfile equals the registry, labels on the image, record indexed, span', async () => {
    const otlp = await startOtlpReceiver();
    const search = await startOpenSearchStandIn();
    const { indexed } = search;
    try {
      const searchUrl = search.url;
      const r = await buildStep(
        { labels: 'owner=payments', 'extra-tags': 'candidate', 'otlp-endpoint': otlp.url, 'opensearch-url': searchUrl },
        { TRACEPARENT: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' }
      );
      expect(indexed).toHaveLength(1);
      expect(indexed[0].url).toMatch(new RegExp(`^/ci-build-metadata/_doc/${BUILD}`));
      expect(indexed[0].body).toMatchObject({
        build_id: BUILD,
        build_status: 'success',
        image_digest: r.outputs.digest
      });
      expect(r.code).toBe(0);
      const served = await registry.digest('acme/shop', BUILD);
      expect(r.outputs).toMatchObject({
        tag: BUILD,
        digest: served,
        'image-ref': `${registry.host}/acme/shop@${served}`,
        builder: 'buildah'
      });
      expect(r.exported.GOLDENTHREAD_IMAGE_REF).toBe(r.outputs['image-ref']);
      expect(await registry.digest('acme/shop', 'candidate')).toBe(served);
      expect(await registry.digest('acme/shop', 'latest')).toBeUndefined();

      const labels = inspect(`${registry.host}/acme/shop:${BUILD}`).Labels;
      expect(labels).toMatchObject({
        'dev.goldenthread.build-id': BUILD,
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.version': BUILD,
        'org.opencontainers.image.source': 'https://github.example/acme/shop',
        'dev.goldenthread.trace-id': '0af7651916cd43dd8448eb211c80319c',
        owner: 'payments',
        team: 'payments'
      });

      const record = JSON.parse(readFileSync(r.outputs['metadata-file'], 'utf8'));
      expect(record).toMatchObject({
        build_id: BUILD,
        job_name: 'Release',
        build_number: '17',
        branch: 'main',
        image_name: `${registry.host}/acme/shop`,
        image_tag: BUILD,
        image_digest: served,
        build_status: 'success',
        trace_id: '0af7651916cd43dd8448eb211c80319c'
      });
      expect(record.commits[0]).toHaveProperty('commit_id');

      const [span] = await otlp.waitForSpans(1);
      expect(span).toMatchObject({ name: 'build-and-tag', parentSpanId: 'b7ad6b7169203331', status: { code: 1 } });
      expect(span.attributes).toMatchObject({
        'container.image.repo_digests': [r.outputs['image-ref']],
        'goldenthread.builder': 'buildah',
        'build.id': BUILD
      });
    } finally {
      await otlp.close();
      await search.close();
    }
  });

  test('kaniko path: a stand-in executor honouring --destination/--digest-file/--label, credentials through DOCKER_CONFIG', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'gt-kaniko-'));
    const executor = join(bin, 'executor');
    const seen = join(bin, 'seen');
    // Parses kaniko's documented flags (pflag: `--flag value` or `--flag=value`) and builds/pushes
    // with buildah; writes --digest-file; records its argv and the docker config it was given.
    writeFileSync(
      executor,
      [
        '#!/bin/sh',
        'set -e',
        `printf '%s\\n' "$@" > ${seen}.argv`,
        `cat "$DOCKER_CONFIG/config.json" > ${seen}.config 2>/dev/null || true`,
        `echo "$DOCKER_CONFIG" > ${seen}.dir`,
        'ctx=. file= digestfile= tls=true; dests=""; labels=""; args=""',
        'while [ $# -gt 0 ]; do case "$1" in',
        '  --context=*) ctx="${1#*=}"; shift;; --dockerfile=*) file="${1#*=}"; shift;;',
        '  --destination=*) dests="$dests ${1#*=}"; shift;; --digest-file=*) digestfile="${1#*=}"; shift;;',
        '  --label=*) labels="$labels --label ${1#*=}"; shift;; --build-arg=*) args="$args --build-arg ${1#*=}"; shift;;',
        '  --context) ctx="$2"; shift 2;; --dockerfile) file="$2"; shift 2;;',
        '  --destination) dests="$dests $2"; shift 2;; --digest-file) digestfile="$2"; shift 2;;',
        '  --label) labels="$labels --label $2"; shift 2;; --build-arg) args="$args --build-arg $2"; shift 2;;',
        '  --insecure|--skip-tls-verify|--reproducible) [ "$1" = --reproducible ] || tls=false; shift;; version) echo v1.23.2-standin; exit 0;;',
        '  *) echo "kaniko stand-in: unknown flag $1" >&2; exit 2;; esac; done',
        'first=$(echo $dests | cut -d" " -f1)',
        'buildah bud -q -f "$file" -t "$first" $labels $args "$ctx" >/dev/null',
        'for d in $dests; do buildah push --tls-verify=$tls --digestfile "$digestfile" "$first" "docker://$d"; done',
        ''
      ].join('\n')
    );
    chmodSync(executor, 0o755);
    const password = 'kaniko-S3cret-pw';
    const r = await buildStep(
      { builder: 'kaniko', 'registry-username': 'ci', 'registry-password': password },
      { KANIKO_EXECUTOR: executor }
    );
    expect(r.code).toBe(0);
    expect(r.outputs.builder).toBe('kaniko');
    expect(r.outputs.digest).toBe(await registry.digest('acme/shop', BUILD));
    // The login reached kaniko as a docker config (auths.<registry>.auth = base64 user:password)…
    const config = JSON.parse(readFileSync(`${seen}.config`, 'utf8'));
    expect(config.auths[registry.host].auth).toBe(Buffer.from(`ci:${password}`).toString('base64'));
    // …never on its command line, and the file is gone once the executor is done.
    const argv = readFileSync(`${seen}.argv`, 'utf8');
    expect(argv).not.toContain(password);
    expect(argv).toContain(`--context=${context}`);
    expect(existsSync(readFileSync(`${seen}.dir`, 'utf8').trim())).toBe(false);
    expect(r.log).not.toContain(password);
  });

  test('a Dockerfile that fails: clear error, failed span, no digest, record says failure', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'gt-ctx-'));
    writeFileSync(join(broken, 'Dockerfile'), 'FROM scratch\nCOPY missing.txt /\n');
    const metadataFile = join(broken, 'record.json');
    const otlp = await startOtlpReceiver();
    const r = await buildStep({
      context: broken,
      'build-id': 'broken-1-abcdef0',
      'metadata-file': metadataFile,
      'otlp-endpoint': otlp.url
    });
    const [span] = await otlp.waitForSpans(1);
    await otlp.close();
    expect(span.status.code).toBe(2);
    expect(span.status.message).toMatch(/buildah build failed/);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::build-and-tag failed: buildah build failed \(buildah exited \d+\)/);
    expect(r.outputs).toEqual({});
    const record = JSON.parse(readFileSync(metadataFile, 'utf8'));
    expect(record).toMatchObject({ build_status: 'failure', image_digest: null });
    expect(await registry.digest('acme/shop', 'broken-1-abcdef0')).toBeUndefined();
  });
});

const DOCKER = REAL && available('dockerd');
(DOCKER ? describe : describe.skip)(
  'build-and-tag with a real dockerd (legacy builder, no buildx in Debian 12)',
  () => {
    let dockerd: Awaited<ReturnType<typeof startDockerd>>;
    beforeAll(async () => {
      dockerd = await startDockerd(registry.host);
    });
    afterAll(async () => {
      await dockerd?.stop();
    });

    test("plain docker keeps no digest record: the digest is the registry's Docker-Content-Digest", async () => {
      const r = await buildStep({ builder: 'docker', 'build-id': 'docker-1-abcdef0' }, { DOCKER_HOST: dockerd.host });
      expect(r.code).toBe(0);
      expect(r.outputs.builder).toBe('docker');
      expect(r.outputs.digest).toBe(await registry.digest('acme/shop', 'docker-1-abcdef0'));
      expect(r.stdout).toMatch(/digest from the registry/);
      expect(inspect(`${registry.host}/acme/shop:docker-1-abcdef0`).Labels['dev.goldenthread.build-id']).toBe(
        'docker-1-abcdef0'
      );
    });

    test('builder auto picks the answering docker daemon and says so', async () => {
      const r = await buildStep({ builder: 'auto', 'build-id': 'auto-1-abcdef0' }, { DOCKER_HOST: dockerd.host });
      expect(r.outputs.builder).toBe('docker');
      expect(r.stdout).toMatch(/Building .* with docker\./);
    });
  }
);

suite('build-and-tag against a registry that refuses', () => {
  let server: Server;
  let host: string;
  let status = 500;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      if (status === 401)
        return res
          .writeHead(401, {
            'www-authenticate': 'Basic realm="test"',
            'docker-distribution-api-version': 'registry/2.0'
          })
          .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      res.writeHead(500).end('boom');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  test.each([401, 500])('HTTP %i on push: clear error, no digest output, credentials never printed', async (code) => {
    status = code;
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, ...builderEnv }));
    const r = await job.step('build-and-tag', {
      image: `${host}/acme/shop`,
      context,
      'tls-verify': 'false',
      builder: 'buildah',
      'registry-username': 'ci',
      'registry-password': 'hunter2-registry-secret'
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::build-and-tag failed: buildah (login|push) failed/);
    expect(r.outputs.digest).toBeUndefined();
    expect(r.log).not.toContain('hunter2-registry-secret');
  });
});

describe('build-and-tag input checks (no builder needed)', () => {
  test.each([
    [{ image: 'Acme/Shop' }, /Invalid input 'image': 'Acme\/Shop'/],
    [{ image: 'registry.example/shop:v1' }, /Invalid input 'image'.*without tag/],
    [{ image: 'registry.example/shop@sha256:abc' }, /Invalid input 'image'/],
    [{ image: 'registry.example/shop', 'build-id': 'bad tag' }, /Invalid input 'build-id'/],
    [{ image: 'registry.example/shop', 'extra-tags': 'ok,$(rm -rf)' }, /Invalid input 'extra-tags': '\$\(rm -rf\)'/],
    [{ image: 'registry.example/shop', 'build-args': '=novalue' }, /Invalid input 'build-args'/],
    [
      { image: 'registry.example/shop', builder: 'podman' },
      /Invalid input 'builder': 'podman'. Expected one of: auto, docker, buildah, kaniko/
    ]
  ])('%j', async (inputs, message) => {
    const r = await new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD })).step('build-and-tag', inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.outputs).toEqual({});
  });
});
