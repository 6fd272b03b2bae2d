/**
 * A failure the step meant to report (a verdict, a refused push): runAction prints its
 * message alone. Anything that is not one is reported as a bug, with its stack.
 */
export class ExpectedFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpectedFailure';
  }
}

/** A mistake the user can fix (bad input, missing CI fact); the message says how. */
export class ConfigurationError extends ExpectedFailure {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A step stopped because its time bound ran out (an input such as `push-timeout` or
 * `kube-timeout`). Its span ends with `cicd.pipeline.task.run.result = timeout` (semconv
 * v1.44.0 model/cicd/registry.yaml: "A timeout caused the task run to be interrupted").
 */
export class TimeoutFailure extends ExpectedFailure {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutFailure';
  }
}
