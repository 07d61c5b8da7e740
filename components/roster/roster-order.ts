/** Which rows `<chime-roster>` shows, and in which order. Pure: no DOM, no session, no clock. */

/** How long the speaking order is held before it may change again, in milliseconds. */
export const SPEAKING_HOLD_MS = 2_000;

/**
 * The order of attendees by who spoke last, recomputed at most once per hold so rows do not jump
 * on every volume sample: a new speaker moves up when the hold ends, and a join or leave reorders
 * at once. Never heard attendees keep the order of `compare` (by name), after those heard.
 */
export class SpeakingOrder {
  readonly #lastHeard = new Map<string, number>();
  #order: string[] = [];
  #orderedAt = -Infinity;
  /** Someone was heard since the order was computed: it may change when the hold ends. */
  #stale = false;

  constructor(private readonly holdMs = SPEAKING_HOLD_MS) {}

  /** `id` was heard speaking at `now`. */
  heard(id: string, now: number): void {
    this.#lastHeard.set(id, now);
    this.#stale = true;
  }

  /** The ids in speaking order; `compare` breaks ties (and orders those never heard). */
  order(ids: readonly string[], compare: (a: string, b: string) => number, now: number): string[] {
    const sameMembers = ids.length === this.#order.length && ids.every((id) => this.#order.includes(id));
    if (sameMembers && (!this.#stale || now - this.#orderedAt < this.holdMs)) return [...this.#order];
    const heardAt = (id: string) => this.#lastHeard.get(id) ?? -Infinity;
    this.#order = [...ids].sort((a, b) => heardAt(b) - heardAt(a) || compare(a, b));
    this.#orderedAt = now;
    this.#stale = false;
    return [...this.#order];
  }

  /** When the order may next change (schedule a new {@link order} then), or undefined if not. */
  nextChangeAt(): number | undefined {
    return this.#stale ? this.#orderedAt + this.holdMs : undefined;
  }
}

/** Folds a name for searching: case-, accent- and width-insensitive (`Zoë` matches `zoe`). */
export function searchKey(text: string, lang?: string): string {
  return text.toLocaleLowerCase(lang).normalize('NFKD').replace(/\p{M}/gu, '');
}

/** True when `name` contains the typed `query` (folded as {@link searchKey}); an empty query matches all. */
export function matchesQuery(name: string, query: string, lang?: string): boolean {
  const wanted = searchKey(query.trim(), lang);
  return wanted === '' || searchKey(name, lang).includes(wanted);
}
