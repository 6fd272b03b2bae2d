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
    request: { fetch: (url: string | URL, init?: RequestInit) => fetchWithin(timeoutMs, url, init) }
  });
}

/**
 * fetch with the body read inside the deadline: Octokit swallows an error while reading the body
 * (@octokit/request getResponseData: `catch (err) { return text }`), so a body cut off by the
 * timeout would pass as an empty answer ("0 jobs") instead of failing the request.
 */
async function fetchWithin(timeoutMs: number, url: string | URL, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const body = [101, 204, 205, 304].includes(res.status) ? null : await res.arrayBuffer();
  const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  // A constructed Response has no url; Octokit resolves pagination and errors against it.
  Object.defineProperty(copy, 'url', { value: res.url });
  return copy;
}

export type GithubClient = Awaited<ReturnType<typeof githubClient>>;

/** `owner/repo`, or a GitHub URL ending so (with or without .git). */
export function ownerRepo(repository: string): { owner: string; repo: string } | undefined {
  const match = /([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(repository);
  return match ? { owner: match[1], repo: match[2] } : undefined;
}
