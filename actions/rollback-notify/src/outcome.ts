/** What a rollback did, whichever way it went (Kubernetes undo/abort, or a GitOps revert). */
export interface RollbackOutcome {
  taken: 'abort' | 'undo' | 'revert' | 'none';
  /** The build serving after this run (the one rolled back to, or the one found). */
  previousBuildId?: string;
  /** The once-only marker says people were already told about this (target, build). */
  alreadyNotified: boolean;
  message: string;
  /** Record that people were told, so a re-run does not post again. */
  markNotified: () => Promise<void>;
  /** gitops-revert: the revert commit, or the pull request that carries it. */
  commit?: string;
  pullRequestUrl?: string;
}
