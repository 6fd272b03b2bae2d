import * as core from './runner-commands.js';
import { errorMessage, ExpectedFailure, TimeoutFailure } from './errors.js';
import { recordStepOutcome } from './outcomes.js';
import { useProxyFromEnvironment } from './http.js';
import { redact } from './redact.js';
import { ENV } from './contracts/names.js';

export interface RunOptions {
  /** Post steps report problems as warnings: cleanup must not fail a job that passed. */
  warnOnly?: boolean;
}

/** Grace for stdout to drain before a lingering socket is cut off. */
const EXIT_GRACE_MS = 200;

/**
 * The one wrapper every action entry uses: runs `body`, turns any error into a failed step
 * whose message starts with the action's name, tells a configuration mistake (message only)
 * from a bug (stack, and a request to report it), records the step's outcome for
 * trace-root's post step, and makes sure no leftover handle keeps the process alive.
 */
export async function runAction(action: string, body: () => Promise<void>, options: RunOptions = {}): Promise<void> {
  let outcome: 'success' | 'failure' | 'timeout' = 'success';
  let message: string | undefined;
  try {
    await useProxyFromEnvironment();
    await body();
  } catch (error) {
    outcome = error instanceof TimeoutFailure ? 'timeout' : 'failure';
    message = redact(`${action} failed: ${errorMessage(error)}`);
    const report = options.warnOnly ? core.warning : core.setFailed;
    report(message);
    if (!(error instanceof ExpectedFailure)) {
      core.info(
        `This looks like a bug in goldenthread; please report it with this trace:\n${(error as Error)?.stack ?? String(error)}`
      );
    }
  }
  const traceId = process.env[ENV.traceId];
  if (traceId && !options.warnOnly) recordStepOutcome(traceId, { step: action, outcome, message });
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
