import type { ActiveSpeakerPolicy } from './ActiveSpeakerPolicy.ts';

/** Chime's `waitIntervalMs`: an attendee with no update for longer than this is scored as silent. */
export const ACTIVE_SPEAKER_WAIT_INTERVAL_MS = 1000;
/** Chime's `updateIntervalMs`: how often the detector looks for attendees gone quiet. */
export const ACTIVE_SPEAKER_UPDATE_INTERVAL_MS = 200;

/** Gets the active speakers' attendee ids, most active first. */
export type ActiveSpeakersCallback = (attendeeIds: string[]) => void;
/** Gets every scored attendee's current score (0 included). */
export type ActiveSpeakerScoresCallback = (scores: { [attendeeId: string]: number }) => void;

export interface ActiveSpeakerDetectorOptions {
  /** Clock and timers, replaceable so unit tests run on a fake clock. */
  now?: () => number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  /**
   * Gets what an application callback (or a custom policy) threw. Without it the error goes to
   * `reportError` where there is one (browsers), else to `console.error`.
   */
  onCallbackError?: (error: unknown) => void;
  /** Chime's detector constructor parameters; the defaults are Chime's. */
  waitIntervalMs?: number;
  updateIntervalMs?: number;
}

/** What the service last said about an attendee's audio. */
interface AudioState {
  volume: number | null;
  muted: boolean | null;
}

/**
 * One `subscribe` call: its own policy, scores and list, because a policy is stateful and two
 * applications (or two views) may rank speakers differently.
 */
class Subscription {
  readonly #policy: ActiveSpeakerPolicy;
  readonly #callback: ActiveSpeakersCallback;
  readonly #report: (error: unknown) => void;
  /** The last score the policy returned per attendee; an attendee that left has none. */
  readonly #scores = new Map<string, number>();
  /** When each attendee last had an update or a score change, for the silence rule. */
  readonly #updatedAt = new Map<string, number>();
  /** The list last given to the callback; undefined until the first one. */
  #activeSpeakers: string[] | undefined;
  #active = true;
  scoresTimer: unknown;

  constructor(
    policy: ActiveSpeakerPolicy,
    callback: ActiveSpeakersCallback,
    report: (error: unknown) => void,
  ) {
    this.#policy = policy;
    this.#callback = callback;
    this.#report = report;
  }

  /** False once unsubscribed: the detector's loops skip it from then on. */
  get active(): boolean {
    return this.#active;
  }

  /** Stops every later callback, also one due later in a loop over attendees that is running now. */
  end(): void {
    this.#active = false;
  }

  /** A volume update arrived, whether or not it changes the score. */
  touch(attendeeId: string, now: number): void {
    this.#updatedAt.set(attendeeId, now);
  }

  /** Asks the policy and, if the score changed, tells the application when the list must change. */
  score(attendeeId: string, audio: AudioState, now: number): void {
    let score: number;
    try {
      score = this.#policy.calculateScore(attendeeId, audio.volume, audio.muted);
    } catch (error) {
      this.#report(error);
      return;
    }
    if (this.#scores.get(attendeeId) === score) return;
    this.#scores.set(attendeeId, score);
    this.#updatedAt.set(attendeeId, now);
    if (this.#crossed(attendeeId)) this.#publish();
  }

  /**
   * The attendee left: its score goes, so it drops out of the list and the silence rule stops
   * re-scoring it (which in Chime brings it back from the policy's remaining score).
   */
  leave(attendeeId: string): void {
    this.#scores.delete(attendeeId);
    this.#updatedAt.delete(attendeeId);
    if (this.#crossed(attendeeId)) this.#publish();
  }

  /** Re-scores as silent every attendee without an update for longer than `waitIntervalMs`. */
  decay(now: number, waitIntervalMs: number, audio: (attendeeId: string) => AudioState): void {
    for (const attendeeId of [...this.#scores.keys()]) {
      const updatedAt = this.#updatedAt.get(attendeeId);
      if (updatedAt === undefined || now - updatedAt <= waitIntervalMs) continue;
      this.score(attendeeId, { volume: 0, muted: audio(attendeeId).muted }, now);
    }
  }

  /** A copy, so the application cannot change the detector's state. */
  scores(): { [attendeeId: string]: number } {
    return Object.fromEntries(this.#scores);
  }

  /**
   * Only a move between "0" and "> 0" changes the list, as in Chime; a change of order among active
   * speakers waits for the next such move. The first score (or leave) makes the first list.
   */
  #crossed(attendeeId: string): boolean {
    if (!this.#activeSpeakers) return true;
    const listed = this.#activeSpeakers.includes(attendeeId);
    const active = (this.#scores.get(attendeeId) ?? 0) > 0;
    return listed !== active;
  }

  #publish(): void {
    const attendeeIds = [...this.#scores]
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([attendeeId]) => attendeeId);
    this.#activeSpeakers = attendeeIds;
    if (!this.#active) return;
    try {
      this.#callback([...attendeeIds]);
    } catch (error) {
      this.#report(error);
    }
  }
}

/**
 * The Chime SDK's active speaker detector (`subscribeToActiveSpeakerDetector`), fed by the session
 * with presence and volume updates rather than reading the realtime controller itself, so it has no
 * dependency on the session and is unit-tested with a fake clock.
 */
export class ActiveSpeakerDetector {
  readonly #options: ActiveSpeakerDetectorOptions;
  readonly #subscriptions = new Map<ActiveSpeakersCallback, Subscription>();
  readonly #present = new Set<string>();
  /** Last known volume and mute per attendee, so a `null` argument keeps the previous value. */
  readonly #audio = new Map<string, AudioState>();
  /** The silence timer; it runs only while there is a subscription. */
  #updateTimer: unknown;

  constructor(options: ActiveSpeakerDetectorOptions = {}) {
    this.#options = options;
  }

  /**
   * Starts ranking speakers with `policy`. `callback` gets the attendee ids with a score above 0,
   * highest first: once when the first list exists, then each time an attendee becomes active or
   * inactive. `scoresCallback` gets every score each `scoresCallbackIntervalMs`; as in Chime there
   * is no default interval, so without one (or with 0) it is never called. Subscribing the same
   * callback again replaces its subscription.
   */
  subscribe(
    policy: ActiveSpeakerPolicy,
    callback: ActiveSpeakersCallback,
    scoresCallback?: ActiveSpeakerScoresCallback,
    scoresCallbackIntervalMs?: number,
  ): void {
    this.unsubscribe(callback);
    const subscription = new Subscription(policy, callback, (error) => this.#reportError(error));
    this.#subscriptions.set(callback, subscription);
    if (scoresCallback && scoresCallbackIntervalMs) {
      subscription.scoresTimer = this.#setInterval(() => {
        try {
          scoresCallback(subscription.scores());
        } catch (error) {
          this.#reportError(error);
        }
      }, scoresCallbackIntervalMs);
    }
    this.#updateTimer ??= this.#setInterval(
      () => this.#decay(),
      this.#options.updateIntervalMs ?? ACTIVE_SPEAKER_UPDATE_INTERVAL_MS,
    );
    // Chime subscribes to each attendee's volume indicator, which reports what is known at once.
    const now = this.#now();
    for (const attendeeId of this.#present) {
      const audio = this.#audio.get(attendeeId);
      if (!audio || (audio.volume === null && audio.muted === null)) continue;
      subscription.touch(attendeeId, now);
      subscription.score(attendeeId, audio, now);
    }
  }

  /** Stops `callback` and its scores callback; an unknown callback is ignored. */
  unsubscribe(callback: ActiveSpeakersCallback): void {
    const subscription = this.#subscriptions.get(callback);
    if (!subscription) return;
    subscription.end();
    this.#subscriptions.delete(callback);
    if (subscription.scoresTimer !== undefined) this.#clearInterval(subscription.scoresTimer);
    if (this.#subscriptions.size === 0 && this.#updateTimer !== undefined) {
      this.#clearInterval(this.#updateTimer);
      this.#updateTimer = undefined;
    }
  }

  /**
   * An attendee joined or left. A join scores what is already known of its audio; a leave removes
   * its score from every subscription and forgets its audio. Repeated joins (every
   * AUDIO_STREAM_ID_INFO repeats the roster) change nothing.
   */
  attendeePresence(attendeeId: string, present: boolean): void {
    if (present) {
      if (this.#present.has(attendeeId)) return;
      this.#present.add(attendeeId);
      const audio = this.#audio.get(attendeeId);
      if (audio && (audio.volume !== null || audio.muted !== null)) this.#score(attendeeId, audio);
      return;
    }
    if (!this.#present.delete(attendeeId)) return;
    this.#audio.delete(attendeeId);
    for (const subscription of this.#current()) subscription.leave(attendeeId);
  }

  /**
   * A volume indicator update (normalized volume 0–1; `null` = unchanged). As Chime's realtime
   * controller does, muting sets the volume to 0 and a volume update while muted is ignored, so an
   * unmute without a new level is not scored from the level before the mute. Each call counts as
   * an update for the silence rule, so call it when the volume indicator changes, as Chime does.
   */
  volume(attendeeId: string, volume: number | null, muted: boolean | null): void {
    let audio = this.#audio.get(attendeeId);
    if (!audio) this.#audio.set(attendeeId, (audio = { volume: null, muted: null }));
    if (muted !== null) {
      audio.muted = muted;
      if (muted) audio.volume = 0;
    }
    if (volume !== null && !audio.muted) audio.volume = volume;
    if (this.#present.has(attendeeId)) this.#score(attendeeId, audio);
  }

  /** Stops every timer and forgets every subscription and attendee. */
  dispose(): void {
    for (const callback of [...this.#subscriptions.keys()]) this.unsubscribe(callback);
    this.#present.clear();
    this.#audio.clear();
  }

  #score(attendeeId: string, audio: AudioState): void {
    const now = this.#now();
    for (const subscription of this.#current()) {
      // A callback earlier in the loop may have reported the attendee gone.
      if (!this.#present.has(attendeeId)) return;
      subscription.touch(attendeeId, now);
      subscription.score(attendeeId, audio, now);
    }
  }

  #decay(): void {
    const now = this.#now();
    const waitIntervalMs = this.#options.waitIntervalMs ?? ACTIVE_SPEAKER_WAIT_INTERVAL_MS;
    const audio = (attendeeId: string): AudioState =>
      this.#audio.get(attendeeId) ?? { volume: null, muted: null };
    for (const subscription of this.#current()) subscription.decay(now, waitIntervalMs, audio);
  }

  /**
   * The subscriptions as they are now (a callback may subscribe or unsubscribe meanwhile), skipping
   * one that a callback earlier in the loop ended.
   */
  *#current(): Generator<Subscription> {
    for (const subscription of [...this.#subscriptions.values()]) {
      if (subscription.active) yield subscription;
    }
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  #setInterval(callback: () => void, ms: number): unknown {
    return this.#options.setInterval ? this.#options.setInterval(callback, ms) : setInterval(callback, ms);
  }

  #clearInterval(handle: unknown): void {
    if (this.#options.clearInterval) this.#options.clearInterval(handle);
    else clearInterval(handle as ReturnType<typeof setInterval>);
  }

  #reportError(error: unknown): void {
    if (this.#options.onCallbackError) this.#options.onCallbackError(error);
    else if (typeof reportError === 'function') reportError(error);
    else console.error(error);
  }
}
