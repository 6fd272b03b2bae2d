import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LIMITS,
  passMessage,
  rollbackMessage,
  truncate,
  type RollbackFacts
} from '../../actions/rollback-notify/src/message.js';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { blockKitProblems, mrkdwnProblems, startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';

// Block Kit limits (docs.slack.dev/reference/block-kit/blocks/section-block, …/header-block) on
// every text rollback-notify sends, cuts that never break an escape, a link or a surrogate pair,
// and notify-on's phases through dist/rollback-notify against the loopback Slack receiver.

const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Escapes, a link whose URL holds a raw `&`, emoji (surrogate pairs) and plain text, in turns. */
const HOSTILE =
  'a&amp;b &lt;tag&gt; <https://grafana.example/explore?orgId=1&left=%7B%7D|trace> 🚀🔥 ' +
  'x&lt;&gt;&amp;y <https://ci.example/run?a=1&b=2|run> 😀 end';

describe('truncate', () => {
  test('every cut of a hostile mrkdwn text is whole: a prefix, within the limit, no broken token', () => {
    const text = HOSTILE.repeat(3);
    for (let max = 1; max <= text.length + 1; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      if (cut === text) continue;
      expect(cut.endsWith('…')).toBe(true);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      expect({ max, problems: mrkdwnProblems(cut) }).toEqual({ max, problems: [] });
    }
  });

  test('plain text (a header) is cut between code points only, escapes are not special there', () => {
    const text = '&amp;😀'.repeat(40);
    for (let max = 1; max <= text.length; max++) {
      const cut = truncate(text, max, { mrkdwn: false });
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(/[\ud800-\udbff]…$/.test(cut)).toBe(false);
    }
    expect(truncate('&amp;&amp;', 5, { mrkdwn: false })).toBe('&amp…');
    expect(truncate('&amp;&amp;', 9)).toBe('&amp;…');
  });

  test('the checker finds what a naive cut leaves', () => {
    expect(mrkdwnProblems('a &am…')).toContain('a broken & escape');
    expect(mrkdwnProblems('see <https://x.example/?a=1&b…')).toContain('an unclosed or raw < >');
    expect(mrkdwnProblems('🚀'.slice(0, 1))).toContain('half a surrogate pair');
    expect(mrkdwnProblems('<https://x.example/?a=1&b=2|ok> &amp; fine')).toEqual([]);
  });
});

const facts = (over: Partial<RollbackFacts> = {}): RollbackFacts => ({
  service: 'shop-' + '🚀&'.repeat(120),
  environment: 'prod <eu>',
  buildId: 'release-18-badc0de',
  gitSha: 'b'.repeat(40),
  commitUrl: 'https://github.example/acme/shop/commit/' + 'b'.repeat(40),
  author: 'Dev <dev@example.com> & co '.repeat(200),
  action: 'revert',
  target: 'https://git.example/acme/manifests@main'.repeat(80),
  previousBuildId: 'release-17-3f78685',
  failing: Array.from({ length: 300 }, (_, i) => ({
    name: `metric-${i}&<x>`,
    value: '5.00%',
    threshold: '≤ 1.00%',
    samples: 2000
  })),
  verdict: 'fail',
  traceUrl: 'https://grafana.example/explore?orgId=1&traceId=0af7651916cd43dd8448eb211c80319c'.repeat(60),
  runUrl: 'https://github.example/acme/shop/actions/runs/4242?a=1&b=2',
  dryRun: false,
  ...over
});

describe('messages stay inside Block Kit with hostile, huge facts', () => {
  test.each([
    ['rolled back', facts()],
    ['rollback failed', facts({ rollbackError: 'git push refused: ' + '<remote> & 😀 '.repeat(2000) })],
    ['held', facts({ verdict: 'hold', reason: 'shared-degradation&'.repeat(500) })],
    ['passed', facts({ verdict: 'pass', reason: 'all metrics within thresholds <ok> &'.repeat(300) })]
  ])('%s', (kind, f) => {
    const message = kind === 'passed' ? passMessage(f) : rollbackMessage(f);
    expect(blockKitProblems(message)).toEqual([]);
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallback);
    if (kind === 'rollback failed') {
      const header = (message.blocks[0] as { text: { text: string } }).text.text;
      expect(header.length).toBeLessThanOrEqual(LIMITS.header);
      // The service name is long: the word that matters must still be in the fallback and a field.
      expect(message.text).toContain('FAILED');
      expect(JSON.stringify(message.blocks)).toContain('failed: git push refused');
    }
  });
});

function verdictFile(verdict: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-verdict-')), 'verdict.json');
  writeFileSync(
    path,
    JSON.stringify({
      verdict,
      reason: `gate said ${verdict}`,
      build_id: 'release-18-badc0de',
      trace_id: 'ab'.repeat(16),
      metrics: []
    })
  );
  return path;
}

async function receiver() {
  const slack = await startSlackReceiver({ token: 'xoxb-test-token-0000' });
  open.push(slack);
  return slack;
}

function notify(slack: { apiUrl: string }, inputs: Record<string, string>) {
  return new LocalJob(githubEnv()).step('rollback-notify', {
    'slack-token': 'xoxb-test-token-0000',
    'slack-channel': '#deploys',
    'slack-api-url': slack.apiUrl,
    service: 'shop',
    'trace-url-template': 'https://grafana.example/explore?orgId=1&traceId={trace_id}',
    ...inputs
  });
}

describe('notify-on', () => {
  test('default fail,hold: a hold is posted; inconclusive and pass are not', async () => {
    const slack = await receiver();
    const held = await notify(slack, { 'verdict-file': verdictFile('hold') });
    expect(held.code).toBe(0);
    expect(held.outputs['slack-ts']).toMatch(/^\d+\.\d+$/);
    expect(held.outputs['slack-channel']).toBe('C0GOLDEN01');
    for (const verdict of ['inconclusive', 'pass']) {
      const r = await notify(slack, { 'verdict-file': verdictFile(verdict) });
      expect(r.code).toBe(0);
      expect(r.log).toContain(`notify-on does not include ${verdict}: not posting to Slack.`);
      expect(r.outputs['slack-ts']).toBeUndefined();
    }
    expect(slack.received).toHaveLength(1);
  }, 30_000);

  test('pass posts one short note in the thread it is given, and says where', async () => {
    const slack = await receiver();
    const r = await notify(slack, {
      'verdict-file': verdictFile('pass'),
      'notify-on': 'pass, fail',
      'slack-thread-ts': '1712345678.000100',
      environment: 'prod'
    });
    expect(r.code).toBe(0);
    expect(r.outputs['action-taken']).toBe('none');
    expect(r.outputs.notified).toBe('slack');
    expect(r.outputs['slack-ts']).toMatch(/^\d+\.\d+$/);
    expect(slack.received).toHaveLength(1);
    const body = slack.received[0].body;
    expect(body.thread_ts).toBe('1712345678.000100');
    expect(body.text).toBe('shop (prod): build release-18-badc0de passed its gate.');
    expect(body.blocks).toHaveLength(1);
    expect(body.blocks[0].text.text).toContain(
      `<https://grafana.example/explore?orgId=1&traceId=${'ab'.repeat(16)}|trace>`
    );
    expect(blockKitProblems(body)).toEqual([]);
  }, 30_000);

  test('none posts nothing — except a rollback that itself failed, which is always posted', async () => {
    const slack = await receiver();
    const quiet = await notify(slack, { 'verdict-file': verdictFile('hold'), 'notify-on': 'none' });
    expect(quiet.code).toBe(0);
    expect(slack.received).toHaveLength(0);

    const failed = await notify(slack, {
      'verdict-file': verdictFile('fail'),
      'notify-on': 'none',
      action: 'gitops-revert',
      repository: join(tmpdir(), 'gt-no-such-manifests-repo'),
      'git-timeout': '10s'
    });
    expect(failed.code).not.toBe(0);
    expect(slack.received).toHaveLength(1);
    expect(slack.received[0].body.text).toContain('rollback of build release-18-badc0de FAILED');
  }, 30_000);

  test.each([['deploy'], ['fail,sometimes'], ['none,fail'], [',']])(
    "notify-on '%s' is refused, naming the input, before anything is posted",
    async (value) => {
      const slack = await receiver();
      const r = await notify(slack, { 'verdict-file': verdictFile('fail'), 'notify-on': value });
      expect(r.code).not.toBe(0);
      expect(r.log).toContain("Invalid input 'notify-on'");
      expect(r.log).toContain('Expected a list of fail, hold, inconclusive, pass');
      expect(slack.received).toHaveLength(0);
    },
    30_000
  );
});
