// Real git repositories on disk: a bare "remote" (default branch main) and working clones.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const IDENTITY = ['-c', 'user.name=Dev Eloper', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false'];

export function git(cwd, ...args) {
  return execFileSync('git', [...IDENTITY, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim();
}

/** A bare remote seeded with `files` ({path: text}) in one commit on main. */
export function manifestsRemote(files) {
  const root = mkdtempSync(join(tmpdir(), 'gt-git-'));
  const remote = join(root, 'manifests.git');
  execFileSync('git', ['init', '--bare', '-q', '-b', 'main', remote]);
  const work = cloneOf(remote, root, 'seed');
  commitFiles(work, files, 'initial manifests');
  git(work, 'push', '-q', 'origin', 'HEAD:main');
  return { root, remote, url: `file://${remote}` };
}

export function cloneOf(remote, root = mkdtempSync(join(tmpdir(), 'gt-git-')), name = 'clone') {
  const dir = join(root, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  execFileSync('git', ['clone', '-q', remote, dir], { stdio: 'ignore' });
  return dir;
}

export function commitFiles(work, files, message) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', message);
  return git(work, 'rev-parse', 'HEAD');
}

/**
 * Make main move under the next push: a pre-receive hook that, on the first push only, lands
 * `files` as another pipeline's commit on the remote, so the incoming update loses the race
 * for the ref ("cannot lock ref … but expected"), as when two pipelines push at once.
 */
export function moveOnFirstPush(remote, files, message) {
  const other = cloneOf(remote);
  commitFiles(other, files, message);
  const hook = [
    '#!/bin/sh',
    'if [ ! -f "$GIT_DIR/moved" ]; then',
    '  touch "$GIT_DIR/moved"',
    `  (unset GIT_DIR GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES; cd '${other}' && git push -q origin HEAD:main)`,
    'fi',
    'exit 0',
    ''
  ].join('\n');
  writeFileSync(join(remote, 'hooks', 'pre-receive'), hook, { mode: 0o755 });
}

/** What main on the remote holds now. */
export function remoteFile(remote, path) {
  return execFileSync('git', ['--git-dir', remote, 'show', `main:${path}`], { encoding: 'utf8' });
}

export function remoteLog(remote, format = '%H %s') {
  return execFileSync('git', ['--git-dir', remote, 'log', `--format=${format}`, 'main'], { encoding: 'utf8' })
    .trim()
    .split('\n');
}

export function remoteMessage(remote, rev = 'main') {
  return execFileSync('git', ['--git-dir', remote, 'log', '-1', '--format=%B', rev], { encoding: 'utf8' });
}

export { readFileSync };
