/**
 * What `<chime-video-grid>` shows where, decided without the DOM: which attendees are on the
 * stage (content shares, or the featured speaker), which are on which page, and which received
 * video to pause. Everything here is plain data in, plain data out.
 */

/** How long someone who stopped speaking keeps the place speaking earned them on the first page. */
export const PROMOTION_HOLD_MS = 5000;
/** How long the featured speaker stays featured after they stop speaking, so the stage does not flicker. */
export const FEATURE_HOLD_MS = 2000;
/** A meeting has at most two content shares at once; both go on the stage. */
export const MAX_STAGE_SHARES = 2;

/**
 * Who is speaking now and who spoke lately: the active speakers, and for the others the time they
 * stopped. Gives the layout its hysteresis, so a pause for breath does not move anybody.
 */
export class SpeakerMemory {
  #speaking: string[] = [];
  readonly #stoppedAt = new Map<string, number>();

  /**
   * Records the active speakers as of `now` (most active first). Returns true when someone stopped
   * speaking: their hold ends later, and the layout should be looked at again then.
   */
  update(speaking: readonly string[], now: number): boolean {
    const current = new Set(speaking);
    let stopped = false;
    for (const attendeeId of this.#speaking) {
      if (!current.has(attendeeId)) {
        this.#stoppedAt.set(attendeeId, now);
        stopped = true;
      }
    }
    for (const attendeeId of speaking) this.#stoppedAt.delete(attendeeId);
    this.#speaking = [...speaking];
    return stopped;
  }

  /** Speaking now (most active first), then those who stopped less than `holdMs` ago (latest first). */
  recent(now: number, holdMs: number): string[] {
    const stopped = [...this.#stoppedAt]
      .filter(([, at]) => now - at < holdMs)
      .sort((a, b) => b[1] - a[1])
      .map(([attendeeId]) => attendeeId);
    return [...this.#speaking, ...stopped];
  }

  /** Forgets everybody (the session changed). */
  clear(): void {
    this.#speaking = [];
    this.#stoppedAt.clear();
  }
}

/**
 * The people in page order. Without pages (or when everyone fits on one) that is `people`, their
 * usual order. With pages, the first page keeps whoever it showed before (`previous`), tops up
 * from the usual order, and makes room for each of `promoted` (recent speakers, most important
 * first) by taking the slot of the last one on it who is neither promoted nor `pinned` (you):
 * one tile changes, the others stay where they were. The other pages follow in the usual order.
 */
export function arrangePeople(
  people: readonly string[],
  pageSize: number,
  promoted: readonly string[],
  previous: readonly string[] = [],
  pinned?: string,
): string[] {
  if (pageSize <= 0 || people.length <= pageSize) return [...people];
  const present = new Set(people);
  const pin = pinned !== undefined && present.has(pinned) ? pinned : undefined;
  const first: string[] = pin !== undefined ? [pin] : [];
  for (const attendeeId of [...previous, ...people]) {
    if (first.length >= pageSize) break;
    if (present.has(attendeeId) && !first.includes(attendeeId)) first.push(attendeeId);
  }
  const room = pageSize - (pin !== undefined ? 1 : 0);
  const wanted = promoted.filter((id) => present.has(id) && id !== pin).slice(0, room);
  const kept = new Set(wanted);
  for (const attendeeId of wanted) {
    if (first.includes(attendeeId)) continue;
    const slot = first.findLastIndex((id) => id !== pin && !kept.has(id));
    if (slot < 0) break;
    first[slot] = attendeeId;
  }
  const onFirst = new Set(first);
  return [...first, ...people.filter((id) => !onFirst.has(id))];
}

/** How many pages `count` tiles take (at least one). */
export function pageCount(count: number, pageSize: number): number {
  return pageSize > 0 ? Math.max(1, Math.ceil(count / pageSize)) : 1;
}

/**
 * The featured person: the one featured before while they speak or spoke less than the hold ago
 * (`recentlySpoke` holds those), else the most active speaker now (`speaking`), else the one before
 * if still here, else the first of `people`. Not you while anybody else is here.
 */
export function chooseFeatured(
  people: readonly string[],
  speaking: readonly string[],
  recentlySpoke: readonly string[],
  previous: string | undefined,
  local?: string,
): string | undefined {
  const others = people.filter((id) => id !== local);
  const candidates = others.length > 0 ? others : [...people];
  const here = (id: string | undefined): id is string => id !== undefined && candidates.includes(id);
  if (here(previous) && recentlySpoke.includes(previous)) return previous;
  const speaker = speaking.find(here);
  if (speaker !== undefined) return speaker;
  return here(previous) ? previous : candidates[0];
}

export interface LayoutInput {
  /** The people (no content shares) in their usual order: you first, then by name. */
  people: readonly string[];
  /** Content shares with video, oldest first. */
  shares: readonly string[];
  /** The active speakers now, most active first. */
  speaking: readonly string[];
  /** Speakers who keep a place on the first page (see {@link SpeakerMemory.recent}). */
  promoted: readonly string[];
  /** Speakers who keep the featured place (see {@link SpeakerMemory.recent}). */
  recentlySpoke: readonly string[];
  /** `layout="featured"`: one person on the stage when nobody shares content. */
  featured: boolean;
  /** Tiles per page; 0 for a single page with everyone. */
  pageSize: number;
  /** The page asked for, from 1. */
  page: number;
  /** Your attendee id: kept first, never featured while others are here. */
  local?: string;
  /** The result of the previous layout, for stability. */
  previous?: GridLayout;
}

export interface GridLayout {
  /** On the stage: up to two content shares, or the featured person, or nobody. */
  stage: string[];
  /** The featured person (on the stage unless content is shared). */
  featured: string | undefined;
  /** Everyone not on the stage, in page order. */
  order: string[];
  /** The page shown, from 1 (the one asked for, within bounds). */
  page: number;
  pageCount: number;
  /** The tiles of the page shown. */
  tiles: string[];
}

/** Where every tile goes. */
export function layoutGrid(input: LayoutInput): GridLayout {
  const { people, pageSize, previous } = input;
  const featured = input.featured
    ? chooseFeatured(people, input.speaking, input.recentlySpoke, previous?.featured, input.local)
    : undefined;
  const shares = input.shares.slice(0, MAX_STAGE_SHARES);
  const stage = shares.length > 0 ? shares : featured !== undefined ? [featured] : [];
  const rest = people.filter((id) => !stage.includes(id));
  const order = arrangePeople(rest, pageSize, input.promoted, previous?.order, input.local);
  const pages = pageCount(order.length, pageSize);
  const page = Math.min(Math.max(1, Math.floor(input.page) || 1), pages);
  const tiles = pageSize > 0 ? order.slice((page - 1) * pageSize, page * pageSize) : order;
  return { stage, featured, order, page, pageCount: pages, tiles };
}

/** A remote tile as far as pausing goes. */
export interface PausableTile {
  tileId: number;
  attendeeId: string;
  paused: boolean;
}

/**
 * Which remote tiles to pause (their attendee is not in `visible`) and which to resume (visible
 * again, and paused by us: a tile the application paused itself stays paused).
 */
export function pausePlan(
  tiles: Iterable<PausableTile>,
  visible: ReadonlySet<string>,
  pausedByUs: ReadonlySet<number>,
): { pause: number[]; resume: number[] } {
  const pause: number[] = [];
  const resume: number[] = [];
  for (const tile of tiles) {
    const shown = visible.has(tile.attendeeId);
    if (!shown && !tile.paused) pause.push(tile.tileId);
    else if (shown && tile.paused && pausedByUs.has(tile.tileId)) resume.push(tile.tileId);
  }
  return { pause, resume };
}
