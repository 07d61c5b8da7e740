import type { ActiveSpeakerPolicy } from './ActiveSpeakerPolicy.ts';

/**
 * The Chime SDK's default policy, with its parameters, defaults and arithmetic, so a meeting ranks
 * its speakers as the official client does (wire protocol §8.3).
 *
 * Each update is first reduced to "speaking" (1) or "silent" (0), so the level of a loud voice does
 * not matter, only how long it lasts. The score is an exponential moving average of that, and every
 * "speaking" update of one attendee takes `takeoverRate` off everybody else's score: whoever starts
 * talking overtakes the previous speaker within a few updates instead of waiting for the previous
 * score to decay.
 */
export class DefaultActiveSpeakerPolicy implements ActiveSpeakerPolicy {
  readonly #speakerWeight: number;
  readonly #cutoffThreshold: number;
  readonly #silenceThreshold: number;
  readonly #takeoverRate: number;
  /** Every attendee's running score, below the cutoff too: the cutoff only applies to what is reported. */
  readonly #scores = new Map<string, number>();

  /**
   * @param speakerWeight weight of the previous score in the moving average:
   *   `score = previous × speakerWeight + speaking × (1 − speakerWeight)`.
   * @param cutoffThreshold a score below this is reported as 0 (not active).
   * @param silenceThreshold a normalized volume at or below this counts as silent, above it as speaking.
   * @param takeoverRate taken off every other attendee's score (floored at 0) when this one speaks.
   */
  constructor(speakerWeight = 0.9, cutoffThreshold = 0.01, silenceThreshold = 0.2, takeoverRate = 0.2) {
    this.#speakerWeight = speakerWeight;
    this.#cutoffThreshold = cutoffThreshold;
    this.#silenceThreshold = silenceThreshold;
    this.#takeoverRate = takeoverRate;
  }

  calculateScore(attendeeId: string, volume: number | null, muted: boolean | null): number {
    const level = muted || volume === null ? 0 : volume;
    const speaking = level > this.#silenceThreshold ? 1 : 0;
    const previous = this.#scores.get(attendeeId) ?? 0;
    const score = previous * this.#speakerWeight + speaking * (1 - this.#speakerWeight);
    this.#scores.set(attendeeId, score);
    for (const [otherId, otherScore] of this.#scores) {
      if (otherId === attendeeId) continue;
      this.#scores.set(otherId, Math.max(otherScore - this.#takeoverRate * speaking, 0));
    }
    return score < this.#cutoffThreshold ? 0 : score;
  }

  /** True, as in Chime: the default policy assumes the active speaker is shown prominently. */
  prioritizeVideoSendBandwidthForActiveSpeaker(): boolean {
    return true;
  }
}
