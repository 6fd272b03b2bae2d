import { indexRecord, openSearchUrlInput } from '@goldenthread/core/opensearch';
import {
  ANNOTATION,
  appendSummary,
  ATTR_BUILD_ID,
  ATTR_CONTAINER_IMAGE_NAME,
  ATTR_CONTAINER_IMAGE_REPO_DIGESTS,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_K8S_NAMESPACE_NAME,
  ATTR_OCI_MANIFEST_DIGEST,
  ATTR_VCS_REF_HEAD_REVISION,
  booleanInput,
  buildIdInput,
  choiceInput,
  defaultRecordPath,
  ENV,
  RECORD_INDEX,
  durationInput,
  ConfigurationError,
  optionalInput,
  redactUrl,
  requiredInput,
  runner,
  secretInput,
  setOutputs,
  withStepSpan,
  writeRecord,
  type DeploymentRecord
} from '@goldenthread/core';
import { DEFAULT_KUBE_TIMEOUT, WORKLOAD_KINDS } from '@goldenthread/core/kube';
import { DEFAULT_GIT_TIMEOUT } from '@goldenthread/core/git';
import { deployToKubernetes, type Kind } from './kubernetes.js';
import { parseImageRef, validateSha, type DeployTarget } from './target.js';

const MODES = ['kubernetes', 'gitops'] as const;
const KIND_NAMES: Kind[] = WORKLOAD_KINDS;

function fromEnvOr(input: string, envName: string, hint: string): string {
  const value = optionalInput(input) ?? process.env[envName];
  if (!value) throw new ConfigurationError(`Input '${input}' is required: ${hint}`);
  return value;
}

export async function runDeploy(): Promise<void> {
  const mode = choiceInput('mode', MODES, 'kubernetes');
  const kind = choiceInput('kind', KIND_NAMES, 'Rollout');
  const imageRef = fromEnvOr(
    'image-ref',
    ENV.imageRef,
    `the image pinned by digest (build-and-tag exports ${ENV.imageRef}).`
  );
  const { repo, digest } = parseImageRef(imageRef);
  const buildId = buildIdInput();
  const gitSha = validateSha(fromEnvOr('git-sha', ENV.gitSha, 'run trace-root first, or pass the full commit sha.'));
  const environment = optionalInput('environment');
  const namespace = optionalInput('namespace') ?? 'default';
  const name = mode === 'kubernetes' ? requiredInput('name', `the ${kind} to pin.`) : optionalInput('name');
  const container = optionalInput('container');
  const deploymentFile = optionalInput('deployment-file') ?? defaultRecordPath('deployment', buildId);
  const opensearchUrl = openSearchUrlInput(); // checked now: the sink must never fail the step after the deploy
  const opensearchTimeoutMs = durationInput('opensearch-timeout', '10s', { positive: true });
  // Read every input before touching anything: a bad one must not leave a half-done deploy.
  const kubeconfig = mode === 'kubernetes' ? secretInput('kubeconfig') : undefined;
  const kubeTimeoutMs = durationInput('kube-timeout', DEFAULT_KUBE_TIMEOUT, { positive: true });
  const gitops =
    mode === 'gitops'
      ? {
          repository: requiredInput('repository', 'the manifests repository (URL, path, or owner/repo).'),
          branch: optionalInput('branch') ?? 'main',
          path: requiredInput('path', 'the kustomization.yaml or manifest to edit, inside the repository.'),
          kind,
          name,
          container,
          commitMessage: optionalInput('commit-message'),
          delivery: booleanInput('pull-request', false) ? ('pull-request' as const) : ('push' as const),
          token: secretInput('token'),
          gitTimeoutMs: durationInput('git-timeout', DEFAULT_GIT_TIMEOUT, { positive: true }),
          author: {
            name: optionalInput('author-name') ?? 'goldenthread',
            email: optionalInput('author-email') ?? 'goldenthread@users.noreply.github.com'
          },
          environment
        }
      : undefined;

  await withStepSpan('rollout-patch', 'deploy', async (span) => {
    const deploy: DeployTarget = {
      imageRef,
      imageRepo: repo,
      digest,
      buildId,
      gitSha,
      traceparent: span.traceparent,
      traceId: span.traceId
    };
    const annotations = {
      [ANNOTATION.buildId]: buildId,
      [ANNOTATION.gitSha]: gitSha,
      [ANNOTATION.traceId]: span.traceId
    };
    Object.assign(span.attributes, {
      [ATTR_BUILD_ID]: buildId,
      [ATTR_VCS_REF_HEAD_REVISION]: gitSha,
      [ATTR_CONTAINER_IMAGE_NAME]: repo,
      [ATTR_CONTAINER_IMAGE_REPO_DIGESTS]: [imageRef],
      [ATTR_OCI_MANIFEST_DIGEST]: digest,
      [ATTR_K8S_NAMESPACE_NAME]: namespace,
      ...(environment ? { [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: environment } : {})
    });

    let record: DeploymentRecord;
    const base = {
      build_id: buildId,
      image_digest: digest,
      image_ref: imageRef,
      kind,
      environment,
      timestamp: new Date().toISOString(),
      trace_id: span.traceId
    };
    if (gitops) {
      // Loaded on use: the YAML and git libraries are not needed in kubernetes mode.
      const { deployToGitops } = await import('./gitops.js');
      const result = await deployToGitops(gitops, deploy, annotations);
      record = {
        ...base,
        mode,
        namespace,
        name,
        strategy: result.strategy,
        replicas: result.replicas,
        commit: result.commit,
        changed: result.changed,
        previous_image: result.previousImage,
        previous_build_id: result.previousBuildId
      };
      if (result.pullRequestUrl) runner.info(`Opened ${result.pullRequestUrl}`);
      setOutputs({ commit: result.commit, 'pull-request-url': result.pullRequestUrl });
    } else {
      const result = await deployToKubernetes(
        { kind, name: name!, namespace, container, kubeconfig, timeoutMs: kubeTimeoutMs },
        deploy,
        annotations
      );
      const strategy = result.object.spec?.strategy;
      record = {
        ...base,
        mode,
        namespace,
        name,
        strategy: strategy ? String(strategy.type ?? Object.keys(strategy)[0]) : undefined,
        replicas: result.object.spec?.replicas,
        revision: result.revision,
        changed: result.changed,
        previous_image: result.previousImage,
        previous_build_id: result.previousBuildId
      };
      setOutputs({ revision: result.revision });
    }
    writeRecord('deployment', deploymentFile, record);
    if (opensearchUrl) {
      // One document per (build, target): a re-run overwrites it. No credentials in the id.
      const repository = gitops && URL.canParse(gitops.repository) ? redactUrl(gitops.repository) : gitops?.repository;
      const target = gitops ? `${repository}/${gitops.path}` : `${kind}/${namespace}/${name}`;
      const failure = await indexRecord(
        opensearchUrl,
        RECORD_INDEX.deployment,
        `${buildId}@${target}`,
        record,
        opensearchTimeoutMs
      );
      if (failure)
        runner.warning(
          `Could not index the deployment record into deployment-metadata (${failure}); it is in ${deploymentFile}.`
        );
      else runner.info(`Indexed the deployment record into deployment-metadata.`);
    }
    setOutputs({
      changed: String(record.changed),
      'previous-image': record.previous_image,
      'previous-build-id': record.previous_build_id,
      'deployment-file': deploymentFile
    });
    const where =
      mode === 'gitops'
        ? `${gitops!.repository} ${gitops!.path}${record.commit ? ` @ ${record.commit.slice(0, 7)}` : ''}`
        : `${kind} ${namespace}/${name}${record.revision ? ` (resourceVersion ${record.revision})` : ''}`;
    runner.info(`${record.changed ? 'Deployed' : 'Unchanged:'} ${imageRef} (build ${buildId}) → ${where}.`);
    appendSummary(
      [
        `### rollout-patch: ${record.changed ? 'deployed' : 'unchanged'} \`${buildId}\``,
        '',
        '| | |',
        '|---|---|',
        `| target | ${where.replace(/\|/g, '\\|')} |`,
        `| image | \`${imageRef}\` |`,
        `| commit | \`${gitSha.slice(0, 7)}\` |`,
        `| previous build | ${record.previous_build_id ? `\`${record.previous_build_id}\`` : '–'} |`,
        `| trace | \`${span.traceId}\` |`,
        ''
      ].join('\n')
    );
  });
}
