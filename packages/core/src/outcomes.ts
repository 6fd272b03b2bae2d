import { appendFileSync, readFileSync } from 'node:fs';
import { runnerTemp } from './contracts/record-files.js';
import { join } from 'node:path';

/**
 * What goldenthread's own steps recorded about themselves, so trace-root's post step
 * can tell the job's outcome without an API token. One JSON line per step, in the
 * runner's per-job temp dir (RUNNER_TEMP on GitHub; the Jenkins library sets it).
 */
export interface StepOutcome {
  step: string;
  /** `timeout`: the step's time bound ran out (a TimeoutFailure). */
  outcome: 'success' | 'failure' | 'timeout';
  message?: string;
}

export function outcomesFile(traceId: string): string {
  return join(runnerTemp(), `goldenthread-outcomes-${traceId}.jsonl`);
}

export function recordStepOutcome(traceId: string, outcome: StepOutcome): void {
  try {
    appendFileSync(outcomesFile(traceId), JSON.stringify(outcome) + '\n');
  } catch {
    // Best effort: a read-only temp dir must not fail the step itself.
  }
}

export function readStepOutcomes(traceId: string): StepOutcome[] {
  let text: string;
  try {
    text = readFileSync(outcomesFile(traceId), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as StepOutcome];
      } catch {
        return [];
      }
    });
}
