/**
 * Fills `{key}` placeholders of a user-visible string. Values are inserted literally (a `$` in a
 * name stays a `$`), and the result is meant for text bindings only.
 */
export function format(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => values[key] ?? placeholder);
}
