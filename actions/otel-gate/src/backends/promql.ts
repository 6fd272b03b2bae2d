import { ConfigurationError } from '@goldenthread/core';

/**
 * A PromQL double-quoted string literal's content: backslash, quote and newline escaped
 * (Go string-literal rules), so no value can close the string and change the query.
 */
export function promLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Prometheus' label name grammar (`[a-zA-Z_][a-zA-Z0-9_]*`); `__` names are reserved. */
export function validateLabelName(name: string, input: string): string {
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) || name.startsWith('__')) {
    throw new ConfigurationError(
      `Invalid input '${input}': '${name}'. Expected a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __), such as build_id.`
    );
  }
  return name;
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
