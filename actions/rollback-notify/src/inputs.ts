import {
  booleanInput,
  buildIdInput,
  choiceInput,
  ConfigurationError,
  defaultRecordPath,
  durationInput,
  optionalInput,
  readRecord,
  requiredInput,
  secretInput,
  type VerdictRecord
} from '@goldenthread/core';
import { DEFAULT_GIT_TIMEOUT } from '@goldenthread/core/git';
import type { KubeRollbackTarget } from './kube-rollback.js';
import type { RevertTarget } from './git-revert.js';
import { slackInputs, type SlackDestination } from './slack.js';

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
  recordFile: string;
}

function kubeTarget(action: RollbackAction): KubeRollbackTarget | undefined {
  if (action !== 'argo-abort' && action !== 'argo-undo' && action !== 'deployment-undo') return undefined;
  const kind = action === 'deployment-undo' ? 'Deployment' : 'Rollout';
  return {
    action,
    namespace: optionalInput('namespace') ?? 'default',
    name: requiredInput('name', `the ${kind} to roll back.`),
    kubeconfig: secretInput('kubeconfig')
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

export function readInputs(): RollbackInputs {
  const action = choiceInput('action', ACTIONS, 'none');
  const verdictFile = optionalInput('verdict-file');
  const verdict = verdictFile ? readRecord('verdict', verdictFile, 'verdict-file') : undefined;
  const buildId = buildIdInput(verdict?.build_id);
  const traceUrlTemplate = optionalInput('trace-url-template');
  if (traceUrlTemplate && !traceUrlTemplate.includes('{trace_id}')) {
    throw new ConfigurationError("Invalid input 'trace-url-template': it must contain {trace_id}.");
  }
  return {
    action,
    verdict,
    buildId,
    dryRun: booleanInput('dry-run', false),
    environment: optionalInput('environment'),
    service: optionalInput('service'),
    author: optionalInput('author'),
    slack: slackInputs(), // the URL, api URL, thread ts and timeout checked in slack.ts
    traceUrlTemplate,
    kube: kubeTarget(action),
    gitops: gitopsTarget(action),
    githubToken: secretInput('github-token'),
    recordFile: optionalInput('rollback-file') ?? defaultRecordPath('rollback', buildId)
  };
}
