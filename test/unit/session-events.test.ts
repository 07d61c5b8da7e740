// The session's typed events that elements follow, through a session on the fakes: volume,
// connection quality, device changes and metrics.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SdkSignalFrame } from '../../src/protocol/service-frame.ts';
import type { DefaultMeetingSession } from '../../src/session/DefaultMeetingSession.ts';
import type { ConnectionQuality } from '../../src/session/types.ts';
import { sessionsStoppedAfterEach, streamInfo } from './helpers/fakes.ts';
import { eventually, fakeSession, joinedSession } from './helpers/session-fakes.ts';

const sessions = sessionsStoppedAfterEach() as DefaultMeetingSession[];

describe('session events', () => {
  it('volume-change: an attendee got louder or weaker (not for every frame)', async () => {
    const ctx = fakeSession(sessions);
    const socket = await joinedSession(ctx);
    socket.deliver(streamInfo([{ audioStreamId: 2, attendeeId: 'att-bob', externalUserId: 'Bob' }]));
    const seen: Array<[string, number, number]> = [];
    ctx.session.addEventListener('volume-change', (e) =>
      seen.push([e.detail.attendee.attendeeId, e.detail.attendee.volume, e.detail.attendee.signalStrength]),
    );
    const metadata = (volume: number) =>
      socket.deliver({
        type: SdkSignalFrame.Type.AUDIO_METADATA,
        audioMetadata: { attendeeStates: [{ audioStreamId: 2, volume, signalStrength: 1 }] },
      });
    metadata(14);
    metadata(14);
    // Bob is loud with a weak signal; the others known, left out of the frame, silent and fine.
    assert.deepEqual(seen.sort(), [
      ['att-bob', 1, 0.5],
      ['att-self', 0, 1],
    ]);
  });

  it('connection-quality-change: lost while reconnecting, good again once back', async () => {
    const ctx = fakeSession(sessions, { configure: (c) => (c.reconnectTimeoutMs = 60_000) });
    const socket = await joinedSession(ctx);
    const qualities: ConnectionQuality[] = [];
    ctx.session.addEventListener('connection-quality-change', (e) => qualities.push(e.detail.quality));
    assert.equal(ctx.session.connectionQuality, 'good');
    socket.serverClose(1006);
    await eventually(() => ctx.session.state === 'joined' && ctx.sockets.length === 2, 'back');
    assert.deepEqual(qualities, ['lost', 'good']);
  });

  it('connection-quality-change: poor while the service reports a weak signal', async () => {
    const ctx = fakeSession(sessions);
    const socket = await joinedSession(ctx);
    const qualities: ConnectionQuality[] = [];
    ctx.session.addEventListener('connection-quality-change', (e) => qualities.push(e.detail.quality));
    const signal = (level: number) =>
      socket.deliver({
        type: SdkSignalFrame.Type.AUDIO_METADATA,
        audioMetadata: { attendeeStates: [{ audioStreamId: 1, signalStrength: level }] },
      });
    signal(1);
    signal(2);
    assert.deepEqual(qualities, ['poor', 'good']);
  });

  it('devices-change: while the session runs, a device plugged in is reported', async () => {
    let list = [{ kind: 'audioinput', deviceId: 'mic-1', label: 'Mic', groupId: 'g' }];
    const mediaDevices = Object.assign(new EventTarget(), {
      async enumerateDevices() {
        return list as MediaDeviceInfo[];
      },
      async getUserMedia() {
        const track = { kind: 'audio', enabled: true, readyState: 'live', stop() {}, addEventListener() {} };
        return { getTracks: () => [track], getAudioTracks: () => [track], getVideoTracks: () => [] };
      },
    });
    const ctx = fakeSession(sessions, { mediaDevices: mediaDevices as unknown as MediaDevices });
    const seen: Array<[MediaDeviceKind, string[]]> = [];
    ctx.session.addEventListener('devices-change', (e) =>
      seen.push([e.detail.kind, e.detail.devices.map((d) => d.deviceId)]),
    );
    await joinedSession(ctx);
    await ctx.session.deviceController.deviceChangesSettled();
    list = [...list, { kind: 'audioinput', deviceId: 'headset', label: 'Headset', groupId: 'h' }];
    mediaDevices.dispatchEvent(new Event('devicechange'));
    await eventually(() => seen.length > 0, 'the change');
    assert.deepEqual(seen, [['audioinput', ['mic-1', 'headset']]]);
  });

  it('metrics: a ClientMetricReport once a second, and a CLIENT_METRIC frame to the service', async () => {
    const ctx = fakeSession(sessions);
    const socket = await joinedSession(ctx);
    let bytes = 0;
    Object.assign(ctx.peers[0]!, {
      async getStats() {
        bytes += 10_000;
        return new Map([
          [
            'out-audio',
            {
              id: 'out-audio',
              type: 'outbound-rtp',
              kind: 'audio',
              ssrc: 1,
              timestamp: Date.now(),
              bytesSent: bytes,
              packetsSent: bytes / 100,
            },
          ],
        ]);
      },
    });
    const reports: number[] = [];
    ctx.session.addEventListener('metrics', (e) =>
      reports.push(e.detail.report.getObservableMetrics()['audioPacketsSent']!),
    );
    await eventually(() => reports.length >= 2, 'two reports', 4_000);
    assert.ok(reports[1]! > 0, 'a rate from two samples');
    assert.ok(socket.framesOfType(SdkSignalFrame.Type.CLIENT_METRIC).length >= 1, 'CLIENT_METRIC sent');
  });
});
