// Just enough of the Prometheus text exposition format (and of the gate's PromQL) to check names,
// labels and values without a Prometheus server: `# TYPE name type` lines and
// `name{label="value",…} number` samples; label values unescaped (\\, \", \n).

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
export interface Families {
  types: Map<string, string>;
  samples: Sample[];
}
export type Matcher = [label: string, op: '=' | '!=' | '=~', value: string];

const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!=|=)\s*"((?:[^"\\]|\\.)*)"/g;
const unescape = (v: string) => v.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

function labelsOf(text: string): Array<[string, string, string]> {
  return [...text.matchAll(LABEL)].map((m) => [m[1], m[2], unescape(m[3])]);
}

export function parseExposition(text: string): Families {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1], type[2]);
    if (line === '' || line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!sample) throw new Error(`not an exposition sample: ${line}`);
    samples.push({
      name: sample[1],
      labels: Object.fromEntries(labelsOf(sample[2] ?? '').map(([k, , v]) => [k, v])),
      value: Number(sample[3])
    });
  }
  return { types, samples };
}

/** PromQL's `sum(name{matchers})` over scraped samples (undefined: no series matched). */
export function sumWhere(families: Families, name: string, matchers: Matcher[]): number | undefined {
  const matching = families.samples.filter(
    (s) =>
      s.name === name &&
      matchers.every(([label, op, value]) => {
        const actual = s.labels[label] ?? '';
        if (op === '=') return actual === value;
        if (op === '!=') return actual !== value;
        return new RegExp(`^(?:${value})$`).test(actual);
      })
  );
  return matching.length === 0 ? undefined : matching.reduce((total, s) => total + s.value, 0);
}

/** The first `metric{matchers}` selector in a PromQL query the gate built. */
export function parseSelectorQuery(query: string): { metric: string; matchers: Matcher[] } {
  const m = /([a-zA-Z_:][a-zA-Z0-9_:]*)\{((?:[^}"]|"(?:[^"\\]|\\.)*")*)\}/.exec(query);
  if (!m) throw new Error(`no selector in ${query}`);
  return { metric: m[1], matchers: labelsOf(m[2]) as Matcher[] };
}
