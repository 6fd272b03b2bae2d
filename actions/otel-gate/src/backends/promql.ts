/**
 * A PromQL double-quoted string literal's content: backslash, quote and newline escaped
 * (Go string-literal rules), so no value can close the string and change the query.
 */
export function promLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export type Matcher = [label: string, op: '=' | '=~' | '!=', value: string];

export function selector(matchers: Matcher[]): string {
  return `{${matchers.map(([label, op, value]) => `${label}${op}"${promLabelValue(value)}"`).join(',')}}`;
}

/** Fill `{{name}}` placeholders (which must sit inside a quoted string) with escaped values. */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : promLabelValue(value);
  });
}
