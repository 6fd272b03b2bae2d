/**
 * Bounded retries for a registry that is briefly unwell, shared by the push and the digest
 * read-back: `delaysMs` says how many more tries there are and how far apart; a failure that
 * `transient` does not recognise, or the last one, is thrown as it is. `waitFor` may shorten or
 * lengthen one wait (e.g. from Retry-After); it is capped at the longest listed delay.
 */
export async function withRetries<T>(
  delaysMs: readonly number[],
  transient: (error: unknown) => boolean,
  attempt: () => Promise<T>,
  {
    onRetry,
    waitFor
  }: {
    onRetry?: (error: unknown, delayMs: number, tryNumber: number) => void;
    waitFor?: (error: unknown) => number | undefined;
  } = {}
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delaysMs[tried];
      if (delay === undefined || !transient(error)) throw Object.assign(error as Error, { tries: tried + 1 });
      const wanted = waitFor?.(error);
      const ms = wanted !== undefined && wanted > 0 ? Math.min(wanted, Math.max(...delaysMs)) : delay;
      onRetry?.(error, ms, tried + 2);
      await new Promise((r) => setTimeout(r, ms));
    }
  }
}
