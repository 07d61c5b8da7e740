/**
 * How active a speaker is, as the Chime SDK's `ActiveSpeakerPolicy` defines it, so an application
 * can pass its own policy to `subscribeToActiveSpeakerDetector` unchanged. A policy is stateful:
 * each detector subscription owns its policy and feeds it every update in arrival order.
 */
export interface ActiveSpeakerPolicy {
  /**
   * Scores `attendeeId` after one volume update and returns the new score; 0 means "not an active
   * speaker". `volume` is normalized (0–1); `null` volume or `true` muted means silence.
   */
  calculateScore(attendeeId: string, volume: number | null, muted: boolean | null): number;

  /**
   * Whether the local attendee's video may take more send bandwidth while it is the most active
   * speaker (worth it when the application shows the active speaker larger than the others).
   */
  prioritizeVideoSendBandwidthForActiveSpeaker(): boolean;
}
