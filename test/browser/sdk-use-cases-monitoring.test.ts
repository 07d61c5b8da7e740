// The seed README's "Monitoring and alerts" use cases (23 and 24: the Chime 1.x video observers
// videoSendHealthDidChange, videoSendBandwidthDidChange, videoReceiveBandwidthDidChange, and the
// alerts), plus the 3.x README's use case 25 (metricsDidReceive) and connection health, done by
// our SDK as the READMEs write them, against the local service, with the official client as the
// attendee whose camera ours receives and which receives ours.
import { expect } from '@open-wc/testing';
import type * as Official from '../official-client/amazon-chime-sdk.js';
import type {
  ClientMetricReport,
  ConnectionHealthData,
  MeetingSessionConfiguration,
  MeetingSessionVideoAvailability,
} from '../../src/index.ts';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { startOfficialCamera } from './helpers/official-client.ts';
import {
  everyoneStoppedAfterEach,
  joinOfficial,
  ourPeer,
  type OurPeer,
  startOurPeer,
} from './helpers/sdk-use-cases.ts';

/** The values of one attendee's video streams in a report's observable video metrics. */
function videoMetricsOf(
  report: ClientMetricReport | Official.ClientMetricReport | undefined,
  attendeeId: string,
): Array<Record<string, number>> {
  const streams = report?.getObservableVideoMetrics()[attendeeId] ?? {};
  return Object.values(streams) as Array<Record<string, number>>;
}

describe('seed use case 23 (and 3.x use case 25): video metrics', () => {
  const context = everyoneStoppedAfterEach();

  it("reports ours' send health and bandwidth, and both sides' metrics of the other's camera", async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc23');
    const officialMetrics: Official.ClientMetricReport[] = [];
    const official = await joinOfficial(context, meeting, 'Bo', ({ session }) =>
      session.audioVideo.addObserver({ metricsDidReceive: (report) => void officialMetrics.push(report) }),
    );
    const ours = ourPeer(context, await joinInfo(meeting, 'Ana'));
    const meetingSession = ours.session;

    // The seed's observer (Chime 1.x names).
    const sendHealth: Array<[number, number]> = [];
    const sendBandwidth: Array<[number, number]> = [];
    const receiveBandwidth: Array<[number, number]> = [];
    meetingSession.audioVideo.addObserver({
      videoSendHealthDidChange: (bitrateKbps, packetsPerSecond) => {
        sendHealth.push([bitrateKbps, packetsPerSecond]);
      },
      videoSendBandwidthDidChange: (newBandwidthKbps, oldBandwidthKbps) => {
        sendBandwidth.push([newBandwidthKbps, oldBandwidthKbps]);
      },
      videoReceiveBandwidthDidChange: (newBandwidthKbps, oldBandwidthKbps) => {
        receiveBandwidth.push([newBandwidthKbps, oldBandwidthKbps]);
      },
    });
    // The 3.x README's observer, and connection health.
    const metrics: ClientMetricReport[] = [];
    const health: ConnectionHealthData[] = [];
    meetingSession.audioVideo.addObserver({
      metricsDidReceive: (clientMetricReport) => {
        metrics.push(clientMetricReport);
      },
      connectionHealthDidChange: (connectionHealthData) => {
        health.push(connectionHealthData);
      },
    });
    meetingSession.audioVideo.startLocalVideoTile();
    await startOurPeer(ours);
    await startOfficialCamera(official);

    // Ours sends its camera: the seed's send health, and the 3.x metrics, say so.
    await waitFor(
      () => sendHealth.some(([kbps, packets]) => kbps > 0 && packets > 0),
      'videoSendHealthDidChange with a bitrate and packets',
      15_000,
    );
    await waitFor(() => sendBandwidth.length > 0, 'videoSendBandwidthDidChange', 15_000);
    for (const [now, before] of sendBandwidth) {
      expect(now, 'a new send bandwidth').to.be.greaterThan(0);
      expect(before, 'the old send bandwidth').to.be.greaterThan(0);
      expect(now).to.not.equal(before);
    }
    await waitFor(
      () => (metrics.at(-1)?.getObservableMetrics().videoUpstreamBitrate ?? 0) > 0,
      'metricsDidReceive: videoUpstreamBitrate',
    );
    const { videoPacketSentPerSecond, videoUpstreamBitrate, availableOutgoingBitrate, audioSpeakerDelayMs } =
      metrics.at(-1)!.getObservableMetrics();
    expect(videoPacketSentPerSecond, 'videoPacketSentPerSecond').to.be.greaterThan(0);
    expect(videoUpstreamBitrate, 'videoUpstreamBitrate').to.be.greaterThan(0);
    expect(availableOutgoingBitrate, 'availableOutgoingBitrate').to.be.greaterThan(0);
    expect(audioSpeakerDelayMs, 'audioSpeakerDelayMs').to.be.a('number').and.at.least(0);
    const lastHealth = sendHealth.at(-1)!;
    expect(lastHealth[0], 'the send health bitrate is the upstream bitrate in kbps').to.be.closeTo(
      videoUpstreamBitrate! / 1000,
      videoUpstreamBitrate! / 1000,
    );

    // Official → ours: ours' metrics show the official camera arriving and decoded.
    await waitFor(
      () =>
        videoMetricsOf(metrics.at(-1), official.attendeeId).some((m) => (m.videoDownstreamBitrate ?? 0) > 0),
      "ours' metrics: a downstream bitrate for the official camera",
      15_000,
    );
    expect(
      videoMetricsOf(metrics.at(-1), official.attendeeId).some(
        (m) => (m.videoDownstreamFramesDecodedPerSecond ?? 0) > 0,
      ),
      'ours decodes the official camera',
    ).to.equal(true);
    // Ours → official: the official client's metrics show our camera arriving and decoded.
    await waitFor(
      () =>
        videoMetricsOf(officialMetrics.at(-1), ours.attendeeId).some(
          (m) => (m.videoDownstreamBitrate ?? 0) > 0 && (m.videoDownstreamFramesDecodedPerSecond ?? 0) > 0,
        ),
      "the official client's metrics: our camera's bitrate and decoded frames",
      15_000,
    );

    // Connection health: pongs answered, audio packets in each recent second.
    const data = health.at(-1)!;
    expect(data.consecutiveMissedPongs, 'pongs answered').to.equal(0);
    expect(data.consecutiveStatsWithNoPackets).to.equal(0);
    expect(
      data.packetsReceivedInLastMinute.slice(0, 3).every((packets) => packets > 0),
      'audio packets',
    ).to.equal(true);
    // videoReceiveBandwidthDidChange: see the reply; recorded, not required (the local service
    // sends no receive-bandwidth estimate and Chromium reports none for receiving).
    for (const [now, before] of receiveBandwidth) expect(now).to.not.equal(before);
  });
});

/** Alerts and availability as ours' observer (the README's) records them. */
function watchAlerts(peer: OurPeer) {
  const alerts: string[] = [];
  const availability: MeetingSessionVideoAvailability[] = [];
  peer.session.audioVideo.addObserver({
    connectionDidBecomePoor: () => {
      alerts.push('Your connection is poor');
    },
    connectionDidSuggestStopVideo: () => {
      alerts.push('Recommend turning off your video');
    },
    videoSendDidBecomeUnavailable: () => {
      alerts.push('You cannot share your video');
    },
    videoAvailabilityDidChange: (videoAvailability) => {
      availability.push(videoAvailability);
    },
  });
  return { alerts, availability };
}

describe('seed use case 24 (3.x use case 26): alerts', () => {
  const context = everyoneStoppedAfterEach();

  it('reports a poor connection (without video) and suggests stopping video (with video); video availability both ways', async function () {
    this.timeout(45_000);
    const meeting = uniqueMeetingName('uc24');
    const officialAvailability: Official.MeetingSessionVideoAvailability[] = [];
    const official = await joinOfficial(context, meeting, 'Bo', ({ session }) =>
      session.audioVideo.addObserver({
        videoAvailabilityDidChange: (availability) => void officialAvailability.push(availability),
      }),
    );
    // The local network cannot be degraded under WebRTC here, so the test makes the real
    // connection count as poor: the policy expects 20 times the ~50 audio packets a second the
    // service sends, over 3 s, and warns again after 1 s.
    const strict = (configuration: MeetingSessionConfiguration) => {
      Object.assign(configuration.connectionHealthPolicyConfiguration, {
        packetsExpected: 1000,
        pastSamplesToConsider: 3,
        cooldownTimeMs: 1000,
      });
    };

    // Ana shows no video: her connection is reported poor.
    const ana = ourPeer(context, await joinInfo(meeting, 'Ana'), strict);
    const atAna = watchAlerts(ana);
    await startOurPeer(ana);
    await waitFor(() => atAna.alerts.length > 0, 'an alert at Ana', 15_000);
    expect(atAna.alerts).to.deep.equal(['Your connection is poor']);
    await waitFor(() => atAna.availability.length > 0, 'videoAvailabilityDidChange at Ana');
    expect(atAna.availability.at(-1)).to.deep.equal({
      remoteVideoAvailable: false,
      canStartLocalVideo: true,
    });

    // Official → ours: the official camera makes remote video available at Ana.
    await startOfficialCamera(official);
    await waitFor(
      () => atAna.availability.at(-1)?.remoteVideoAvailable === true,
      'remote video available at Ana',
      15_000,
    );
    expect(atAna.availability.at(-1)!.canStartLocalVideo, 'canStartLocalVideo').to.equal(true);

    // Cy sends his camera from the join on: the same loss suggests stopping video instead.
    const cy = ourPeer(context, await joinInfo(meeting, 'Cy'), strict);
    const atCy = watchAlerts(cy);
    cy.session.audioVideo.startLocalVideoTile();
    await startOurPeer(cy);
    await waitFor(() => atCy.alerts.length > 0, 'an alert at Cy', 15_000);
    expect(atCy.alerts).to.deep.equal(['Recommend turning off your video']);
    // Ours → official: Cy's camera makes remote video available at the official client.
    await waitFor(
      () => officialAvailability.at(-1)?.remoteVideoAvailable === true,
      'remote video available at the official client',
      15_000,
    );
    expect(atAna.alerts, 'Ana was warned once').to.deep.equal(['Your connection is poor']);
    // The meeting is far from its 25 cameras: nobody is told that video send is unavailable.
    expect([...atAna.alerts, ...atCy.alerts]).not.to.include('You cannot share your video');
  });
});
