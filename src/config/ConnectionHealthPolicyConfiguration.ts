/**
 * Thresholds of connection health (the Chime SDK's names and defaults, for the ones this SDK
 * uses). Set fields on `configuration.connectionHealthPolicyConfiguration` to tune them.
 */
export class ConnectionHealthPolicyConfiguration {
  /** Consecutive unanswered PINGs (one every 10 s) after which the session reconnects. */
  missedPongsUpperThreshold = 4;
  /** Consecutive unanswered PINGs that count as a weak connection. */
  missedPongsLowerThreshold = 1;
  /** Seconds of stats with neither media nor STUN received after which the session reconnects. */
  connectionUnhealthyThreshold = 25;
  /** Grace after (re)connecting before the no-media rule applies. */
  connectionWaitTimeMs = 10_000;
  /** Inbound audio loss over the last minute (fraction) that makes a connection poor. */
  fractionalLoss = 0.5;
  /** Packets a second expected while audio flows. */
  packetsExpected = 50;
  /** How many times a poor connection is reported before it is no longer reported. */
  maximumTimesToWarn = 2;
  /** Time between two poor-connection reports. */
  cooldownTimeMs = 60_000;
  /** Seconds of stats considered. */
  pastSamplesToConsider = 15;
  /** Time without a problem after which the connection counts as good again. */
  goodSignalTimeMs = 15_000;
  /** Audio delay above which a sample counts as delayed … */
  maximumAudioDelayMs = 60_000;
  /** … and how many delayed samples in a row make the session reconnect. */
  maximumAudioDelayDataPoints = 10;
}
