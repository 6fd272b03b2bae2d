/**
 * A mistake the user can fix (bad input, missing CI fact). runAction prints these
 * as plain messages; anything else is reported as a bug with its stack.
 */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
