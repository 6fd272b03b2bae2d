/**
 * The one way goldenthread talks to GitHub's REST API: Octokit from @actions/github (loaded on
 * use, it is heavy), pointed at GITHUB_API_URL (GitHub Enterprise, or the tests' stand-in), and
 * every request bounded in time.
 */
export const GITHUB_REQUEST_TIMEOUT_MS = 10_000;

export async function githubClient(
  token: string,
  apiUrl = process.env.GITHUB_API_URL,
  timeoutMs = GITHUB_REQUEST_TIMEOUT_MS
) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, {
    ...(apiUrl ? { baseUrl: apiUrl } : {}),
    // Each request gets its own deadline (a client-wide signal would expire for later calls).
    request: {
      fetch: (url: string | URL, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    }
  });
}

export type GithubClient = Awaited<ReturnType<typeof githubClient>>;

/** `owner/repo`, or a GitHub URL ending so (with or without .git). */
export function ownerRepo(repository: string): { owner: string; repo: string } | undefined {
  const match = /([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(repository);
  return match ? { owner: match[1], repo: match[2] } : undefined;
}
