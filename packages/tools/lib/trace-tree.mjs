// Render received spans as an indented tree with offsets and durations, so a person can
// see the golden thread: one trace id, every step under the run's root.

function describe(span) {
  const attrs = span.attributes;
  const keys = ['build.id', 'cicd.pipeline.result', 'cicd.pipeline.task.run.result', 'vcs.ref.head.revision'];
  const shown = keys.filter((k) => attrs[k] !== undefined).map((k) => `${k}=${attrs[k]}`);
  return shown.join(' ');
}

export function renderTraceTree(spans) {
  if (spans.length === 0) return '(no spans received)';
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const children = new Map();
  const roots = [];
  for (const span of spans) {
    if (span.parentSpanId && byId.has(span.parentSpanId)) {
      if (!children.has(span.parentSpanId)) children.set(span.parentSpanId, []);
      children.get(span.parentSpanId).push(span);
    } else {
      roots.push(span);
    }
  }
  const t0 = Math.min(...spans.map((s) => s.startMs));
  const lines = [];
  const walk = (span, prefix, last, depth) => {
    const branch = depth === 0 ? '' : last ? '└─ ' : '├─ ';
    const status = span.status.code === 2 ? ' ✗' : '';
    const timing = `+${span.startMs - t0} ms, ${span.endMs - span.startMs} ms`;
    lines.push(`${prefix}${branch}${span.name} [${span.kind}] (${timing})${status} ${describe(span)}`.trimEnd());
    const kids = (children.get(span.spanId) ?? []).sort((a, b) => a.startMs - b.startMs);
    const nextPrefix = depth === 0 ? '' : prefix + (last ? '   ' : '│  ');
    kids.forEach((kid, i) => walk(kid, nextPrefix, i === kids.length - 1, depth + 1));
  };
  const traces = new Set(spans.map((s) => s.traceId));
  lines.push(`trace ${[...traces].join(', ')}`);
  roots.sort((a, b) => a.startMs - b.startMs).forEach((root) => walk(root, '', true, 0));
  return lines.join('\n');
}
