export const ACTION = 'trace-root';

export const Input = {
  RootSpan: 'root-span',
  BuildId: 'build-id',
  Environment: 'environment',
  GithubToken: 'github-token',
  JobStatus: 'job-status'
} as const;

export const Output = {
  TraceId: 'trace-id',
  SpanId: 'span-id',
  Traceparent: 'traceparent',
  BuildId: 'build-id',
  GitSha: 'git-sha'
} as const;

/** What main saves for post (GITHUB_STATE → STATE_<name>). */
export const State = {
  StartedAt: 'started-at',
  TraceId: 'trace-id',
  SpanId: 'span-id',
  ParentSpanId: 'parent-span-id',
  BuildId: 'build-id',
  GitSha: 'git-sha',
  Role: 'root-span'
} as const;

export const ROLES = ['run', 'job'] as const;
export type Role = (typeof ROLES)[number];
