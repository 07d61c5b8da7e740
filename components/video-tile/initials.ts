/**
 * The initials shown for a name without video: the first character of its first word and of its
 * last word, upper-cased (`Ana Silva` → `AS`, `Bo` → `B`). Characters, not code units, so a name
 * starting with an emoji or an accented letter is not cut in half. For text bindings only.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words[words.length - 1]!][0]! : '';
  return (first + last).toLocaleUpperCase();
}
