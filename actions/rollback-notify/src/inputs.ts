import {
  booleanInput,
  buildIdInput,
  choiceInput,
  ConfigurationError,
  defaultRecordPath,
  durationInput,
  optionalInput,
  requiredInput,
  secretInput,
  githubDeploymentInputs,
  type DeploymentRecord,
  type GithubDeploymentInputs,
  type Verdict,
  type VerdictRecord
} from '@goldenthread/core';
import { DEFAULT_GIT_TIMEOUT } from '@goldenthread/core/git';
import { DEFAULT_KUBE_TIMEOUT } from '@goldenthread/core/kube';
import type { KubeRollbackTarget } from './kube-rollback.js';
import type { RevertTarget } from './git-revert.js';
import { slackInputs, type SlackDestination } from './slack.js';

/** The verdict phases Slack can be told about (notify-on); a failed rollback is always told. */
export const NOTIFY_PHASES = ['fail', 'hold', 'inconclusive', 'pass'] as const;
export type NotifyPhase = (typeof NOTIFY_PHASES)[number];

export const ACTIONS = ['argo-abort', 'argo-undo', 'deployment-undo', 'gitops-revert', 'none'] as const;
export type RollbackAction = (typeof ACTIONS)[number];

/** Every input of rollback-notify, read and validated before anything is touched. */
export interface RollbackInputs {
  action: RollbackAction;
  /** otel-gate's verdict record, validated; absent when the caller decided on its own. */
  verdict?: VerdictRecord;
  buildId: string;
  dryRun: boolean;
  environment?: string;
  service?: string;
  author?: string;
  slack?: SlackDestination;
  traceUrlTemplate?: string;
  kube?: KubeRollbackTarget;
  gitops?: RevertTarget;
  githubToken?: string;
  /** github-deployment: the environment whose deployments a real rollback marks. */
  github?: GithubDeploymentInputs;
  /** rollout-patch's record of the bad build's deploy (its GitHub deployment id). */
  deployment?: DeploymentRecord;
  notifyOn: ReadonlySet<NotifyPhase>;
  recordFile: string;
}

/** Which phase of the gate this run is about: no verdict means the caller decided to roll back. */
export const phaseOf = (verdict: Verdict | undefined): NotifyPhase => verdict ?? 'fail';

/** notify-on: a comma- or space-separated list of phases, or none. */
export function notifyOnInput(): ReadonlySet<NotifyPhase> {
  const given = optionalInput('notify-on') ?? 'fail,hold';
  const words = given.split(/[\s,]+/).filter(Boolean);
  const expected = `Expected a list of ${NOTIFY_PHASES.join(', ')} (e.g. fail,hold), or none. A rollback that failed is always posted.`;
  if (words.length === 1 && words[0] === 'none') return new Set();
  const wrong = words.filter((w) => !(NOTIFY_PHASES as readonly string[]).includes(w));
  if (words.length === 0 || wrong.length > 0) {
    throw new ConfigurationError(`Invalid input 'notify-on': '${given.slice(0, 80)}'. ${expected}`);
  }
  return new Set(words as NotifyPhase[]);
}

function kubeTarget(action: RollbackAction): KubeRollbackTarget | undefined {
  if (action !== 'argo-abort' && action !== 'argo-undo' && action !== 'deployment-undo') return undefined;
  const kind = action === 'deployment-undo' ? 'Deployment' : 'Rollout';
  return {
    action,
    namespace: optionalInput('namespace') ?? 'default',
    name: requiredInput('name', `the ${kind} to roll back.`),
    kubeconfig: secretInput('kubeconfig'),
    timeoutMs: durationInput('kube-timeout', DEFAULT_KUBE_TIMEOUT, { positive: true })
  };
}

function gitopsTarget(action: RollbackAction): RevertTarget | undefined {
  if (action !== 'gitops-revert') return undefined;
  return {
    repository: requiredInput('repository', 'the manifests repository the deploy commit is on.'),
    branch: optionalInput('branch') ?? 'main',
    pullRequest: booleanInput('pull-request', false),
    token: secretInput('token'),
    gitTimeoutMs: durationInput('git-timeout', DEFAULT_GIT_TIMEOUT, { positive: true }),
    author: {
      name: optionalInput('author-name') ?? 'goldenthread',
      email: optionalInput('author-email') ?? 'goldenthread@users.noreply.github.com'
    }
  };
}

export async function readInputs(): Promise<RollbackInputs> {
  const action = choiceInput('action', ACTIONS, 'none');
  const verdictFile = optionalInput('verdict-file');
  // The record schemas load only when there is a record to read (start-up stays light).
  const readRecord = async <K extends 'verdict' | 'deployment'>(kind: K, path: string, input: string) =>
    (await import('@goldenthread/core/records')).readRecord(kind, path, input);
  const verdict = verdictFile ? await readRecord('verdict', verdictFile, 'verdict-file') : undefined;
  const buildId = buildIdInput(verdict?.build_id);
  const deploymentFile = optionalInput('deployment-file');
  const deployment = deploymentFile ? await readRecord('deployment', deploymentFile, 'deployment-file') : undefined;
  if (deployment && deployment.build_id !== buildId) {
    throw new ConfigurationError(
      `Invalid input 'deployment-file': it records build ${deployment.build_id}, not the build rolled back (${buildId}).`
    );
  }
  const environment = optionalInput('environment') ?? deployment?.environment;
  const traceUrlTemplate = optionalInput('trace-url-template');
  if (traceUrlTemplate && !traceUrlTemplate.includes('{trace_id}')) {
    throw new ConfigurationError("Invalid input 'trace-url-template': it must contain {trace_id}.");
  }
  return {
    action,
    verdict,
    buildId,
    dryRun: booleanInput('dry-run', false),
    environment,
    service: optionalInput('service'),
    author: optionalInput('author'),
    slack: slackInputs(), // the URL, api URL, thread ts and timeout checked in slack.ts
    traceUrlTemplate,
    kube: kubeTarget(action),
    gitops: gitopsTarget(action),
    githubToken: secretInput('github-token'),
    github: githubDeploymentInputs(environment),
    deployment,
    notifyOn: notifyOnInput(),
    recordFile: optionalInput('rollback-file') ?? defaultRecordPath('rollback', buildId)
  };
}
