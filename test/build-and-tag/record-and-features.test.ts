import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { IMAGE_LABEL } from '../../packages/core/src/contracts/names.js';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { available, startRegistry } from '../../packages/tools/lib/real-servers.mjs';

// Record mode and the build features (platforms, target, build secrets, cache) through
// dist/build-and-tag, against a real docker-registry on loopback with a real buildah (chroot
// isolation, vfs storage). No QEMU here: the multi-platform Dockerfiles have no RUN. docker buildx
// is not in Debian: its argv is checked through a recording stand-in that builds nothing.

const REAL = available('buildah') && available('docker-registry');
const suite = REAL ? describe : describe.skip;
const BUILD = 'release-21-0a1b2c3';
const builderEnv = { STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

let registry: Awaited<ReturnType<typeof startRegistry>>;
let work: string;

function buildah(args: string[]) {
  return execFileSync('buildah', args, { encoding: 'utf8', env: { ...process.env, ...builderEnv } });
}

function context(dockerfile: string): string {
  const dir = mkdtempSync(join(work, 'ctx-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  writeFileSync(join(dir, 'hello.txt'), `hello ${dir}\n`);
  return dir;
}

/** Build with buildah itself (as another CI step would) and push; the registry's digest of the tag. */
async function pushElsewhere(repo: string, tag: string, labels: Record<string, string>, platforms?: string[]) {
  const dir = context('FROM scratch\nCOPY hello.txt /\n');
  const ref = `${registry.host}/${repo}:${tag}`;
  const labelArgs = Object.entries(labels).map(([k, v]) => `--label=${k}=${v}`);
  if (platforms) {
    const list = `localhost/test-list-${Math.random().toString(16).slice(2)}`;
    buildah(['bud', '-q', `--platform=${platforms.join(',')}`, `--manifest=${list}`, ...labelArgs, dir]);
    buildah(['manifest', 'push', '--all', '--tls-verify=false', list, `docker://${ref}`]);
  } else {
    buildah(['bud', '-q', `--tag=${ref}`, ...labelArgs, dir]);
    buildah(['push', '--tls-verify=false', ref, `docker://${ref}`]);
  }
  return (await head(repo, tag))!;
}

async function head(repo: string, reference: string): Promise<string | undefined> {
  const res = await fetch(`${registry.url}/v2/${repo}/manifests/${reference}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_ACCEPT }
  });
  return res.ok ? (res.headers.get('docker-content-digest') ?? undefined) : undefined;
}

interface Entry {
  mediaType: string;
  digest: string;
  size: number;
  platform: { os: string; architecture: string };
  annotations?: Record<string, string>;
}
/** An index, a manifest or an image config, as far as these tests read them. */
interface RegistryJson {
  schemaVersion: number;
  mediaType?: string;
  manifests: Entry[];
  config: { digest: string; Labels: Record<string, string> };
  architecture: string;
}

async function getJson(repo: string, kind: 'manifests' | 'blobs', reference: string) {
  const res = await fetch(`${registry.url}/v2/${repo}/${kind}/${reference}`, { headers: { accept: MANIFEST_ACCEPT } });
  expect(res.status).toBe(200);
  return (await res.json()) as RegistryJson;
}

const sha256 = (body: Buffer | string) => `sha256:${createHash('sha256').update(body).digest('hex')}`;

/** Distribution spec: a monolithic blob upload (POST, then PUT with the digest). */
async function putBlob(repo: string, body: string): Promise<{ digest: string; size: number }> {
  const start = await fetch(`${registry.url}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  const location = new URL(start.headers.get('location')!, registry.url);
  location.searchParams.set('digest', sha256(body));
  const put = await fetch(location, {
    method: 'PUT',
    body,
    headers: { 'content-type': 'application/octet-stream' }
  });
  expect(put.status).toBe(201);
  return { digest: sha256(body), size: Buffer.byteLength(body) };
}

async function putManifest(repo: string, reference: string, manifest: object): Promise<string> {
  const body = JSON.stringify(manifest);
  const res = await fetch(`${registry.url}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    body,
    headers: { 'content-type': (manifest as { mediaType: string }).mediaType }
  });
  expect(res.status).toBe(201);
  return sha256(body);
}

function job(env: Record<string, string> = {}) {
  return new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, GITHUB_WORKSPACE: work, ...builderEnv, ...env }));
}

function record(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return job(env).step('build-and-tag', { mode: 'record', 'tls-verify': 'false', ...inputs });
}

/** build-push-action's metadata output for an image pushed under `names`. */
function buildPushMetadata(digest: string, names: string[]) {
  return JSON.stringify(
    {
      'buildx.build.ref': 'builder/builder0/abc',
      'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest, size: 856 },
      'containerimage.digest': digest,
      'image.name': names.join(',')
    },
    null,
    2
  );
}

const ourLabels = { [IMAGE_LABEL.buildId]: BUILD, [IMAGE_LABEL.revision]: SHA, [IMAGE_LABEL.traceId]: 'a'.repeat(32) };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gt-bat-'));
  writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\n');
  if (!REAL) return;
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

suite('build-and-tag mode: record (an image built elsewhere), real registry', () => {
  test('image + digest of a pushed image: verified, recorded, outputs and GOLDENTHREAD_IMAGE_REF as a build', async () => {
    const digest = await pushElsewhere('acme/rec', 'v1', ourLabels);
    const r = await record({ image: `${registry.host}/acme/rec`, digest, 'extra-tags': 'v1' });
    expect(r.code).toBe(0);
    const imageRef = `${registry.host}/acme/rec@${digest}`;
    expect(r.outputs).toMatchObject({ digest, 'image-ref': imageRef, tag: BUILD, builder: 'external' });
    expect(r.exported.GOLDENTHREAD_IMAGE_REF).toBe(imageRef);
    expect(r.stdout).not.toMatch(/::warning::/);
    const saved = JSON.parse(readFileSync(r.outputs['metadata-file'], 'utf8'));
    expect(saved).toMatchObject({
      build_id: BUILD,
      image_name: `${registry.host}/acme/rec`,
      image_digest: digest,
      build_status: 'success',
      builder: 'external'
    });
  });

  test("build-push-action's metadata alone: image and tags taken from it; a digest given too must agree", async () => {
    const digest = await pushElsewhere('acme/meta', BUILD, ourLabels);
    const metadata = buildPushMetadata(digest, [`${registry.host}/acme/meta:${BUILD}`]);
    const r = await record({ metadata });
    expect(r.code).toBe(0);
    expect(r.outputs['image-ref']).toBe(`${registry.host}/acme/meta@${digest}`);

    const other = `sha256:${'0'.repeat(64)}`;
    const clash = await record({ metadata, digest: other });
    expect(clash.code).toBe(1);
    expect(clash.stdout).toMatch(
      /Inputs 'digest' \(sha256:0{64}\) and 'metadata' \(containerimage.digest sha256:[0-9a-f]{64}\) name different images/
    );
    expect(clash.outputs).toEqual({});

    const elsewhere = await record({ metadata, image: `${registry.host}/acme/other` });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toMatch(/Inputs 'image' .*acme\/other\) and 'metadata' .* name different repositories/);
  });

  test('an index built with buildah manifest: every platform config read; an attestation entry is skipped', async () => {
    const digest = await pushElsewhere('acme/multi', 'v2', ourLabels, ['linux/amd64', 'linux/arm64']);
    const index = await getJson('acme/multi', 'manifests', digest);
    expect(index.manifests).toHaveLength(2);
    const plain = await record({ image: `${registry.host}/acme/multi`, digest, 'extra-tags': 'v2' });
    expect(plain.code).toBe(0);
    // In the index's order, which is the order buildah's builds finished in.
    expect(plain.stdout).toMatch(/for (linux\/amd64, linux\/arm64|linux\/arm64, linux\/amd64) /);

    // buildx's layout: an extra entry for the attestations, unknown/unknown, annotated
    // vnd.docker.reference.type=attestation-manifest. Its config claims another build: read as an
    // image, it would fail the step — skipped, it must not.
    const config = await putBlob(
      'acme/multi',
      JSON.stringify({
        architecture: 'unknown',
        os: 'unknown',
        config: { Labels: { [IMAGE_LABEL.buildId]: 'other-1-abcdef0' } },
        rootfs: { type: 'layers', diff_ids: [] }
      })
    );
    const statement = await putBlob('acme/multi', '{"_type":"https://in-toto.io/Statement/v0.1"}');
    const attestation = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.in-toto+json', ...statement }]
    };
    const attestationDigest = await putManifest('acme/multi', 'att', attestation);
    const withAttestation = {
      ...index,
      manifests: [
        ...index.manifests,
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: attestationDigest,
          size: JSON.stringify(attestation).length,
          platform: { architecture: 'unknown', os: 'unknown' },
          annotations: {
            'vnd.docker.reference.type': 'attestation-manifest',
            'vnd.docker.reference.digest': index.manifests[0].digest
          }
        }
      ]
    };
    const indexDigest = await putManifest('acme/multi', 'v3', withAttestation);
    const r = await record({ image: `${registry.host}/acme/multi`, digest: indexDigest, 'extra-tags': 'v3' });
    expect(r.code).toBe(0);
    expect(r.outputs.digest).toBe(indexDigest);
    expect(r.stdout).not.toMatch(/unknown/);

    // The same attestation entry without its annotation is read as an image: its label fails the step.
    const unmarked = {
      ...withAttestation,
      manifests: withAttestation.manifests.map((d) => ({ ...d, annotations: undefined }))
    };
    const unmarkedDigest = await putManifest('acme/multi', 'v4', unmarked);
    const caught = await record({ image: `${registry.host}/acme/multi`, digest: unmarkedDigest });
    expect(caught.code).toBe(1);
    expect(caught.stdout).toMatch(/labelled dev\.goldenthread\.build-id=other-1-abcdef0, another build/);
  });

  test('a digest the registry does not have fails, and the record says so', async () => {
    const missing = `sha256:${'1'.repeat(64)}`;
    const metadataFile = join(work, 'missing-record.json');
    const r = await record({ image: `${registry.host}/acme/rec`, digest: missing, 'metadata-file': metadataFile });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/the registry has no image .*acme\/rec@sha256:1{64} \(HTTP 404\)/);
    expect(r.outputs).toEqual({});
    const saved = JSON.parse(readFileSync(metadataFile, 'utf8'));
    expect(saved).toMatchObject({ build_status: 'failure', image_digest: null, builder: 'external' });
  });

  test("another build's label fails; a missing label warns naming the labels; the record says which", async () => {
    const foreign = await pushElsewhere('acme/lab', 'x1', { ...ourLabels, [IMAGE_LABEL.buildId]: 'nightly-3-deadbee' });
    const r = await record({ image: `${registry.host}/acme/lab`, digest: foreign });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::build-and-tag failed: the image is labelled dev\.goldenthread\.build-id=nightly-3-deadbee, another build than release-21-0a1b2c3/
    );
    expect(r.exported.GOLDENTHREAD_IMAGE_REF).toBeUndefined();

    const unlabelled = await pushElsewhere('acme/lab', 'x2', {});
    const w = await record({ image: `${registry.host}/acme/lab`, digest: unlabelled });
    expect(w.code).toBe(0);
    expect(w.stdout).toMatch(
      /::warning::the image has no dev\.goldenthread\.build-id, dev\.goldenthread\.trace-id, org\.opencontainers\.image\.revision labels/
    );
  });

  test('every tag named must serve the digest: a missing tag and a tag on another image fail', async () => {
    const first = await pushElsewhere('acme/tags', 't1', ourLabels);
    await pushElsewhere('acme/tags', 't2', ourLabels);
    const missing = await record({ image: `${registry.host}/acme/tags`, digest: first, 'extra-tags': 't1,nope' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/acme\/tags:nope does not exist at the registry/);
    const moved = await record({ image: `${registry.host}/acme/tags`, digest: first, 'extra-tags': 't2' });
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/acme\/tags:t2 serves sha256:[0-9a-f]{64}, not sha256:/);
    expect(moved.outputs).toEqual({});
  });
});

suite('build-and-tag own builds with buildah: platforms, target, secrets, cache', () => {
  test('platforms: a manifest list pushed with --all; the output is the index digest, every platform labelled', async () => {
    const dir = context('FROM scratch\nCOPY hello.txt /\n');
    const r = await job().step('build-and-tag', {
      image: `${registry.host}/acme/multi-build`,
      context: dir,
      builder: 'buildah',
      'tls-verify': 'false',
      platforms: 'linux/amd64,linux/arm64',
      'extra-tags': 'candidate'
    });
    expect(r.code).toBe(0);
    const served = await head('acme/multi-build', BUILD);
    expect(r.outputs.digest).toBe(served);
    expect(await head('acme/multi-build', 'candidate')).toBe(served);
    const index = await getJson('acme/multi-build', 'manifests', served!);
    const platforms = index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort();
    expect(platforms).toEqual(['linux/amd64', 'linux/arm64']);
    for (const entry of index.manifests) {
      const manifest = await getJson('acme/multi-build', 'manifests', entry.digest);
      const config = await getJson('acme/multi-build', 'blobs', manifest.config.digest);
      expect(config.config.Labels[IMAGE_LABEL.buildId]).toBe(BUILD);
      expect(config.architecture).toBe(entry.platform.architecture);
    }
    // The same image recorded back (record mode) reads both platforms and agrees.
    const back = await record({
      image: `${registry.host}/acme/multi-build`,
      digest: served!,
      'extra-tags': `${BUILD},candidate`
    });
    expect(back.code).toBe(0);
    // The local manifest list is gone: a re-run starts from a fresh one.
    expect(buildah(['images', '--format', '{{.Name}}'])).not.toMatch(/goldenthread-/);
  });

  test('target: only the named stage is built', async () => {
    const dir = context(
      'FROM scratch AS base\nCOPY hello.txt /\nLABEL stage=base\nFROM base AS final\nLABEL stage=final\n'
    );
    const r = await job().step('build-and-tag', {
      image: `${registry.host}/acme/target`,
      context: dir,
      builder: 'buildah',
      'tls-verify': 'false',
      target: 'base'
    });
    expect(r.code).toBe(0);
    const manifest = await getJson('acme/target', 'manifests', r.outputs.digest);
    const config = await getJson('acme/target', 'blobs', manifest.config.digest);
    expect(config.config.Labels.stage).toBe('base');
  });

  test('secrets reach buildah as 0600 files by path, never in argv or the log, and are deleted after', async () => {
    // A stand-in first on PATH records each buildah argv, and the mode and content of every
    // --secret src while the build runs, then runs the real buildah.
    const bin = mkdtempSync(join(work, 'bin-'));
    const seen = join(bin, 'seen');
    const realBuildah = execFileSync('sh', ['-c', 'command -v buildah'], { encoding: 'utf8' }).trim();
    writeFileSync(
      join(bin, 'buildah'),
      [
        '#!/bin/sh',
        `printf '%s\\n' "$@" >> ${seen}.argv`,
        'for a in "$@"; do case "$a" in --secret=*) src="${a##*src=}";',
        `  echo "$(stat -c %a "$src") $(cat "$src")" >> ${seen}.files; echo "$src" >> ${seen}.paths;;`,
        'esac; done',
        `exec ${realBuildah} "$@"`,
        ''
      ].join('\n')
    );
    chmodSync(join(bin, 'buildah'), 0o755);
    const fileSecret = join(work, 'npmrc');
    writeFileSync(fileSecret, 'from-a-file-Zq81');
    const value = 'npm-T0ken-s3cr3t-4471';
    const dir = context('FROM scratch\nCOPY hello.txt /\n');
    const secretJob = job({ PATH: `${bin}:${process.env.PATH}` });
    const r = await secretJob.step('build-and-tag', {
      image: `${registry.host}/acme/secret`,
      context: dir,
      builder: 'buildah',
      'tls-verify': 'false',
      secrets: `npm_token=${value}\nother=second-value-9`,
      'secret-files': `npmrc=${fileSecret}`
    });
    expect(r.code).toBe(0);
    const argv = readFileSync(`${seen}.argv`, 'utf8');
    expect(argv).toMatch(/^--secret=id=npm_token,src=\S+$/m);
    expect(argv).toContain(`--secret=id=npmrc,src=${fileSecret}`);
    expect(argv).not.toContain(value);
    expect(argv).not.toContain('second-value-9');
    expect(readFileSync(`${seen}.files`, 'utf8').split('\n').filter(Boolean).sort()).toEqual(
      ['600 second-value-9', `600 ${value}`, '644 from-a-file-Zq81'].sort()
    );
    const paths = readFileSync(`${seen}.paths`, 'utf8').split('\n').filter(Boolean);
    const written = paths.filter((p) => p !== fileSecret);
    expect(written).toHaveLength(2);
    for (const p of written) {
      expect(p.startsWith(`${secretJob.dir}/`)).toBe(true); // under RUNNER_TEMP
      expect(existsSync(p)).toBe(false);
    }
    expect(existsSync(fileSecret)).toBe(true); // the user's own file is theirs
    expect(r.log).not.toContain(value);
    expect(r.stdout).toContain(`::add-mask::${value}`);
  });

  test('cache-to / cache-from: buildah --layers pushes the layer cache to the repository; a second build hits it', async () => {
    const dir = context('FROM scratch\nCOPY hello.txt /\nLABEL cached=yes\n');
    const inputs = {
      image: `${registry.host}/acme/cached`,
      context: dir,
      builder: 'buildah',
      'tls-verify': 'false',
      'cache-to': `${registry.host}/acme/cache`,
      'cache-from': `${registry.host}/acme/cache`
    };
    const first = await job().step('build-and-tag', inputs);
    expect(first.code).toBe(0);
    const tags = (await (await fetch(`${registry.url}/v2/acme/cache/tags/list`)).json()) as { tags: string[] | null };
    expect(tags.tags?.length).toBeGreaterThan(0);
    expect(first.stdout).toMatch(new RegExp(`Pushing cache ${registry.host}/acme/cache:`));
    const second = await job().step('build-and-tag', { ...inputs, 'build-id': 'release-22-0a1b2c3' });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Using cache/);
  });
});

suite('build-and-tag refuses what a builder cannot do, before anything runs', () => {
  const kaniko = () => {
    // An executor that would record being run: it must never be.
    const bin = mkdtempSync(join(work, 'kaniko-'));
    writeFileSync(join(bin, 'executor'), `#!/bin/sh\ntouch ${bin}/ran\n`);
    chmodSync(join(bin, 'executor'), 0o755);
    return { env: { KANIKO_EXECUTOR: join(bin, 'executor') }, ran: () => existsSync(join(bin, 'ran')) };
  };
  test.each([
    [
      { builder: 'kaniko', platforms: 'linux/amd64,linux/arm64' },
      /Input 'platforms' cannot be used with kaniko: kaniko builds one platform per run/
    ],
    [{ builder: 'kaniko', secrets: 'tok=abcdefgh' }, /Input 'secrets' cannot be used with kaniko/],
    [
      { builder: 'kaniko', 'cache-from': 'r.example/a/c1', 'cache-to': 'r.example/a/c2' },
      /Input 'cache-from' cannot be used with kaniko: kaniko reads and writes one cache repository/
    ]
  ])('kaniko: %j', async (inputs, message) => {
    const k = kaniko();
    const r = await job(k.env).step('build-and-tag', { image: 'r.example/acme/shop', context: work, ...inputs });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(k.ran()).toBe(false);
  });

  test.each([
    [{ 'secret-files': 'x=Dockerfile' }, /Input 'secret-files' cannot be used with docker: it needs BuildKit/],
    [{ platforms: 'linux/arm64' }, /Input 'platforms' cannot be used with docker/],
    [{ 'cache-to': 'r.example/a/cache' }, /Input 'cache-to' cannot be used with docker/]
  ])('classic docker (no buildx): %j', async (inputs, message) => {
    const bin = mkdtempSync(join(work, 'docker-'));
    // A docker CLI without buildx that records whether anything but the probe ran.
    writeFileSync(join(bin, 'docker'), `#!/bin/sh\n[ "$1" = buildx ] && exit 1\ntouch ${bin}/ran\nexit 1\n`);
    chmodSync(join(bin, 'docker'), 0o755);
    writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\n');
    const r = await job({ PATH: `${bin}:${process.env.PATH}` }).step('build-and-tag', {
      image: 'r.example/acme/shop',
      context: work,
      builder: 'docker',
      ...inputs
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(existsSync(join(bin, 'ran'))).toBe(false);
  });

  test('docker buildx (a recording stand-in: no buildx in Debian): the flags for platforms, target, secrets, cache', async () => {
    const bin = mkdtempSync(join(work, 'buildx-'));
    writeFileSync(
      join(bin, 'docker'),
      `#!/bin/sh\n[ "$1 $2" = "buildx version" ] && { echo "github.com/docker/buildx v0.19.0"; exit 0; }\nprintf '%s\\n' "$@" > ${bin}/argv\necho "stand-in: no build" >&2\nexit 1\n`
    );
    chmodSync(join(bin, 'docker'), 0o755);
    writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\n');
    const inputs = {
      image: 'r.example/acme/shop',
      context: work,
      builder: 'docker',
      platforms: 'linux/amd64,linux/arm64',
      target: 'final',
      secrets: 'tok=buildx-S3cret-771',
      'cache-from': 'r.example/acme/cache',
      'cache-to': 'r.example/acme/cache'
    };
    const r = await job({ PATH: `${bin}:${process.env.PATH}` }).step('build-and-tag', inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/docker buildx build failed \(docker exited 1\): stand-in: no build/);
    const argv = readFileSync(join(bin, 'argv'), 'utf8').split('\n');
    expect(argv.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(argv).toEqual(
      expect.arrayContaining([
        '--platform=linux/amd64,linux/arm64',
        '--target=final',
        '--cache-from=type=registry,ref=r.example/acme/cache',
        '--cache-to=type=registry,ref=r.example/acme/cache,mode=max',
        '--push',
        '--',
        work
      ])
    );
    expect(argv.find((a) => a.startsWith('--secret='))).toMatch(/^--secret=id=tok,src=\//);
    expect(argv.join('\n')).not.toContain('buildx-S3cret-771');
    expect(argv.indexOf('--')).toBe(argv.length - 3); // the context, then the trailing newline

    // Several platforms cannot be loaded into the daemon: refused before buildx runs.
    const load = await job({ PATH: `${bin}:${process.env.PATH}` }).step('build-and-tag', {
      ...inputs,
      'build-id': 'load-1-abcdef0',
      push: 'false'
    });
    expect(load.stdout).toMatch(
      /Input 'platforms' cannot be used with docker buildx: several platforms can only be pushed/
    );
  });
});

describe('build-and-tag input checks for record mode and the build features (no builder needed)', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  test.each([
    [{ mode: 'replay' }, /Invalid input 'mode': 'replay'. Expected one of: build, record/],
    [{ mode: 'record', image: 'r.example/shop' }, /Mode 'record' needs input 'digest' \(sha256:…\) or 'metadata'/],
    [{ mode: 'record', image: 'r.example/shop', digest: 'sha256:abc' }, /Invalid input 'digest': 'sha256:abc'/],
    [
      { mode: 'record', metadata: '{"containerimage.digest":"nope"}' },
      /Invalid input 'metadata': no sha256 containerimage.digest/
    ],
    [{ mode: 'record', metadata: 'not json' }, /Invalid input 'metadata': not JSON/],
    [
      {
        mode: 'record',
        metadata: JSON.stringify({ 'containerimage.digest': digest, 'image.name': 'a.example/x:1,b.example/y:1' })
      },
      /Input 'image' is required: the metadata names several repositories \(a.example\/x, b.example\/y\)/
    ],
    [
      { mode: 'record', image: 'r.example/shop', digest, platforms: 'linux/amd64', target: 'x' },
      /Inputs 'platforms', 'target' are for mode build/
    ],
    [{ image: 'r.example/shop', digest }, /Input 'digest' is for mode record/],
    [
      { image: 'r.example/shop', platforms: 'linux/amd64,windows' },
      /Invalid input 'platforms': 'windows'. Expected OS\/ARCH/
    ],
    [{ image: 'r.example/shop', target: '--output=/tmp' }, /Invalid input 'target': '--output=\/tmp'/],
    [{ image: 'r.example/shop', secrets: 'no-equals-sign-here' }, /Invalid input 'secrets': a line has no valid id/],
    [{ image: 'r.example/shop', secrets: 'a=1x2y3z4w\na=again' }, /id 'a' is given twice/],
    [
      { image: 'r.example/shop', 'secret-files': 'npmrc=/does/not/exist' },
      /Invalid input 'secret-files': the file for id 'npmrc'/
    ],
    [{ image: 'r.example/shop', 'cache-to': 'type=registry,ref=x' }, /Invalid input 'cache-to'/]
  ])('%j', async (inputs, message) => {
    const r = await new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, GITHUB_WORKSPACE: work })).step(
      'build-and-tag',
      inputs
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.outputs).toEqual({});
  });

  test('a malformed secrets line never echoes its value', async () => {
    const r = await new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD })).step('build-and-tag', {
      image: 'r.example/shop',
      secrets: 'bad id=hunter2-value-991'
    });
    expect(r.code).toBe(1);
    expect(r.log).not.toContain('hunter2-value-991');
  });
});

describe('record mode against a hostile registry (a node stand-in on loopback)', () => {
  let server: Server;
  let host: string;
  let behaviour: 'tampered' | 'silent' = 'tampered';
  const body = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json' });
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (behaviour === 'silent') return; // accepts the connection, never answers
      // Serves a manifest for any digest asked: the bytes do not hash to it.
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  test('content that does not hash to the digest asked for is refused', async () => {
    behaviour = 'tampered';
    const digest = `sha256:${'b'.repeat(64)}`;
    const r = await job().step('build-and-tag', {
      mode: 'record',
      image: `${host}/acme/x`,
      digest,
      'tls-verify': 'false'
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `the registry answered ${host}/acme/x@${digest} with content whose sha256 is ${sha256(body)}`
    );
    expect(r.exported.GOLDENTHREAD_IMAGE_REF).toBeUndefined();
  });

  test('a registry that never answers costs registry-timeout per ask, not the job', async () => {
    behaviour = 'silent';
    const started = Date.now();
    const r = await job().step('build-and-tag', {
      mode: 'record',
      image: `${host}/acme/x`,
      digest: `sha256:${'c'.repeat(64)}`,
      'tls-verify': 'false',
      'registry-timeout': '1s'
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cannot read .*acme\/x@sha256:c{64} from the registry: .*(timeout|aborted)/i);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
