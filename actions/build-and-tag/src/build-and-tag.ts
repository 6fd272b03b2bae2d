import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  appendSummary,
  ATTR_BUILD_ID,
  ATTR_CONTAINER_IMAGE_NAME,
  ATTR_CONTAINER_IMAGE_REPO_DIGESTS,
  ATTR_CONTAINER_IMAGE_TAGS,
  ATTR_OCI_MANIFEST_DIGEST,
  ATTR_VCS_REF_HEAD_REVISION,
  booleanInput,
  buildIdInput,
  choiceInput,
  ciContext,
  ConfigurationError,
  defaultRecordPath,
  ENV,
  IMAGE_LABEL,
  RECORD_INDEX,
  durationInput,
  errorMessage,
  exportEnv,
  ExpectedFailure,
  optionalInput,
  requiredInput,
  runner,
  secretInput,
  setOutputs,
  withStepSpan,
  writeRecord,
  type CiBuildRecord
} from '@goldenthread/core';
import { build, BUILDERS, pickBuilder } from './builders.js';
import { parseExtraTags, parseImageName, parseKeyValues } from './image-name.js';
import { indexRecord, openSearchUrlInput } from '@goldenthread/core/opensearch';
import { buildCommits, sourceDateEpoch } from './metadata.js';
import { registryDigest } from './registry.js';

const REMOTE_CONTEXT = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * `context` and `file` as the builders get them: a local context is resolved against the
 * workspace to an absolute path (so nothing a user writes can read as a builder option) and must
 * be a directory; a remote context (git://, https://…) is handed on as given.
 */
function contextInputs(env = process.env): { context: string; file: string } {
  const given = optionalInput('context') ?? '.';
  const fileGiven = optionalInput('file');
  if (REMOTE_CONTEXT.test(given)) return { context: given, file: fileGiven ?? 'Dockerfile' };
  const workspace = env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd();
  const context = resolve(workspace, given);
  if (!statSync(context, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(
      `Invalid input 'context': '${given}' is not a directory (looked for ${context}). Expected the build context directory.`
    );
  }
  const file = fileGiven === undefined ? join(context, 'Dockerfile') : resolve(workspace, fileGiven);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
    throw new ConfigurationError(
      `Invalid input 'file': '${fileGiven ?? join(given, 'Dockerfile')}' is not a file (looked for ${file}). Expected the Dockerfile.`
    );
  }
  return { context, file };
}

export async function runBuild(): Promise<void> {
  const ctx = ciContext();
  const image = parseImageName(requiredInput('image', 'the repository to push to, e.g. ghcr.io/acme/shop.'));
  const buildId = buildIdInput();
  const tags = [buildId, ...parseExtraTags(optionalInput('extra-tags')).filter((t) => t !== buildId)];
  const push = booleanInput('push', true);
  const tlsVerify = booleanInput('tls-verify', true);
  const username = optionalInput('registry-username');
  const password = secretInput('registry-password');
  const buildArgs = parseKeyValues(optionalInput('build-args'), 'build-args');
  const userLabels = parseKeyValues(optionalInput('labels'), 'labels');
  const metadataFile = optionalInput('metadata-file') ?? defaultRecordPath('ci-build', buildId);
  const builderChoice = choiceInput('builder', BUILDERS, 'auto');
  const timeoutMs = durationInput('registry-timeout', '30s', { positive: true });
  const timeouts = {
    buildMs: durationInput('build-timeout', '30m', { positive: true }),
    pushMs: durationInput('push-timeout', '10m', { positive: true }),
    registryMs: timeoutMs
  };
  // Checked here, before anything is built or pushed: the sink must not fail the step afterwards.
  const opensearchUrl = openSearchUrlInput();
  const opensearchTimeoutMs = durationInput('opensearch-timeout', '10s', { positive: true });
  const epoch = await sourceDateEpoch(ctx);
  const { context, file } = contextInputs();
  const builderName = await pickBuilder(builderChoice);

  await withStepSpan('build-and-tag', 'build', async (span) => {
    const labels = {
      [IMAGE_LABEL.source]: ctx.repositoryUrl ?? '',
      [IMAGE_LABEL.revision]: ctx.sha,
      [IMAGE_LABEL.created]: new Date(epoch === undefined ? Date.now() : epoch * 1000).toISOString(),
      [IMAGE_LABEL.version]: buildId,
      [IMAGE_LABEL.buildId]: buildId,
      [IMAGE_LABEL.traceId]: span.traceId,
      ...userLabels
    };
    Object.assign(span.attributes, {
      [ATTR_BUILD_ID]: buildId,
      [ATTR_CONTAINER_IMAGE_NAME]: image.name,
      [ATTR_CONTAINER_IMAGE_TAGS]: tags,
      [ATTR_VCS_REF_HEAD_REVISION]: ctx.sha,
      'goldenthread.builder': builderName
    });
    const started = Date.now();
    const record: CiBuildRecord = {
      build_id: buildId,
      job_name: ctx.pipelineName,
      build_number: ctx.buildNumber,
      branch: ctx.refName,
      image_name: image.name,
      image_tag: buildId,
      image_digest: null,
      commits: await buildCommits(ctx),
      authors: [],
      build_status: 'failure',
      timestamp: new Date().toISOString(),
      trace_id: span.traceId,
      run_url: ctx.runUrl,
      builder: builderName
    };
    record.authors = [...new Set(record.commits.map((c) => c.author).filter(Boolean))];
    const saveRecord = async () => {
      writeRecord('ci-build', metadataFile, record);
      if (!opensearchUrl) return;
      const failure = await indexRecord(
        opensearchUrl,
        RECORD_INDEX.ciBuild,
        record.build_id,
        record,
        opensearchTimeoutMs
      );
      if (failure)
        runner.warning(
          `Could not index the build record into ${RECORD_INDEX.ciBuild} (${failure}); it is in ${metadataFile}.`
        );
      else runner.info(`Indexed the build record into ${RECORD_INDEX.ciBuild} as ${record.build_id}.`);
    };

    try {
      const outcome = await build(builderName, {
        image: image.name,
        registry: image.registry,
        tags,
        context,
        file,
        buildArgs,
        labels,
        push,
        tlsVerify,
        username,
        password,
        sourceDateEpoch: epoch,
        timeouts
      });
      span.attributes['goldenthread.build.duration_ms'] = Date.now() - started;
      let digest: string | undefined;
      if (push) {
        // The registry has the last word: the tag must serve the digest the builder recorded.
        const served = await registryDigest(image, buildId, {
          scheme: tlsVerify ? 'https' : 'http',
          username,
          password,
          timeoutMs
        });
        if (outcome.digest && outcome.digest !== served) {
          throw new ExpectedFailure(
            `${outcome.builder} recorded ${outcome.digest}, but the registry serves ${served} for ${image.name}:${buildId}.`
          );
        }
        digest = served;
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
          throw new ExpectedFailure(`the registry answered an unexpected digest '${digest}'.`);
      }
      record.build_status = 'success';
      record.image_digest = digest ?? null;
      const imageRef = digest ? `${image.name}@${digest}` : undefined;
      if (imageRef) span.attributes[ATTR_CONTAINER_IMAGE_REPO_DIGESTS] = [imageRef];
      if (digest) span.attributes[ATTR_OCI_MANIFEST_DIGEST] = digest;
      await saveRecord();
      setOutputs({
        image: image.name,
        tag: buildId,
        digest,
        'image-ref': imageRef,
        'metadata-file': metadataFile,
        builder: outcome.builder
      });
      exportEnv({ [ENV.imageRef]: imageRef });
      const source = outcome.digest ? "the builder's record, checked against the registry" : 'the registry';
      runner.info(
        `${push ? 'Pushed' : 'Built'} ${image.name}:${buildId}${digest ? ` → ${digest}` : ''} (${outcome.builder}${push ? `, digest from ${source}` : ''}).`
      );
      appendSummary(
        [
          `### build-and-tag: \`${image.name}:${buildId}\``,
          '',
          '| | |',
          '|---|---|',
          `| digest | ${digest ? `\`${digest}\`` : 'not pushed'} |`,
          `| builder | ${outcome.builder} |`,
          `| tags | ${tags.map((t) => `\`${t}\``).join(' ')} |`,
          `| commits | ${record.commits
            .map((c) => `\`${c.commit_id.slice(0, 7)}\` ${c.author}`)
            .join(', ')
            .replace(/\|/g, '\\|')} |`,
          ''
        ].join('\n')
      );
    } catch (error) {
      record.error = errorMessage(error);
      await saveRecord();
      throw error;
    }
  });
}
