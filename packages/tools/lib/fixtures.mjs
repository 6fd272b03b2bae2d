// CI facts of a GitHub run, as the runner sets them; tests and the demo start from these.
export const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';

export function githubEnv(overrides = {}) {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'Release',
    GITHUB_JOB: 'build',
    GITHUB_SHA: SHA,
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_ACTOR: 'alice',
    RUNNER_NAME: 'runner-1',
    ...overrides
  };
}
