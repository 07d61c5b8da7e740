import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { receiveStreamIds } from '../../src/media/peer.ts';
import { SdkStreamMediaType } from '../../src/protocol/frame.ts';
import type { ISdkIndexFrame, ISdkStreamDescriptor } from '../../src/protocol/frame.ts';
import {
  bindRemoteVideo,
  chooseSubscriptions,
  remoteVideoSources,
  trackStreamIds,
  videoAvailabilityOf,
} from '../../src/video/subscriptions.ts';

const SELF = 'att-self';

function video(
  streamId: number,
  groupId: number,
  attendeeId: string,
  maxBitrateKbps = 1000,
): ISdkStreamDescriptor {
  return {
    streamId,
    groupId,
    attendeeId,
    externalUserId: `${attendeeId}-ext`,
    maxBitrateKbps,
    mediaType: SdkStreamMediaType.VIDEO,
  };
}

function index(sources: ISdkStreamDescriptor[], atCapacity = false): ISdkIndexFrame {
  return { sources, atCapacity };
}

describe('chooseSubscriptions', () => {
  it('takes every other attendee, one stream per group (the highest max bitrate)', () => {
    const chosen = chooseSubscriptions(
      index([
        video(101, 100, 'a', 300),
        video(102, 100, 'a', 1200),
        video(103, 100, 'a', 600),
        video(200, 200, 'b'),
      ]),
      SELF,
    );
    assert.deepEqual(
      chosen.map((s) => [s.streamId, s.groupId, s.attendeeId, s.externalUserId]),
      [
        [102, 100, 'a', 'a-ext'],
        [200, 200, 'b', 'b-ext'],
      ],
    );
  });

  it("leaves out this attendee's own camera and content share", () => {
    const chosen = chooseSubscriptions(
      index([video(1, 1, SELF), video(2, 2, `${SELF}#content`), video(3, 3, 'other#content')]),
      SELF,
    );
    assert.deepEqual(
      chosen.map((s) => s.attendeeId),
      ['other#content'],
    );
  });

  it('ignores sources that are not VIDEO (the proto default is AUDIO) or lack ids', () => {
    const audio = { ...video(5, 5, 'a'), mediaType: SdkStreamMediaType.AUDIO };
    const untyped = { ...video(6, 6, 'b') };
    delete untyped.mediaType;
    const noStream = { ...video(0, 7, 'c') };
    assert.deepEqual(chooseSubscriptions(index([audio, untyped, noStream]), SELF), []);
  });

  it("keeps only an attendee's newest (highest) group", () => {
    const chosen = chooseSubscriptions(
      index([video(10, 10, 'a'), video(30, 30, 'a'), video(20, 20, 'b')]),
      SELF,
    );
    assert.deepEqual(
      chosen.map((s) => s.streamId),
      [20, 30],
    );
  });

  it('receives at most the subscription limit (25 by default)', () => {
    const many = Array.from({ length: 30 }, (_, i) => video(i + 1, i + 1, `a${i}`));
    assert.equal(chooseSubscriptions(index(many), SELF).length, 25);
    assert.equal(chooseSubscriptions(index(many), SELF, 3).length, 3);
    assert.deepEqual(chooseSubscriptions(undefined, SELF), []);
  });
});

describe('remote video sources and availability', () => {
  it('lists each other attendee with video once', () => {
    const sources = remoteVideoSources(
      index([video(1, 1, 'b'), video(2, 1, 'b', 300), video(3, 3, 'a'), video(4, 4, SELF)]),
      SELF,
    );
    assert.deepEqual(sources, [
      { attendee: { attendeeId: 'a', externalUserId: 'a-ext' } },
      { attendee: { attendeeId: 'b', externalUserId: 'b-ext' } },
    ]);
  });

  it('has remote video only for other attendees and follows at_capacity', () => {
    assert.deepEqual(videoAvailabilityOf(index([video(1, 1, SELF)]), SELF), {
      remoteVideoAvailable: false,
      canStartLocalVideo: true,
    });
    assert.deepEqual(videoAvailabilityOf(index([video(1, 1, 'a')], true), SELF), {
      remoteVideoAvailable: true,
      canStartLocalVideo: false,
    });
  });
});

describe('binding a received video track (§6.5)', () => {
  const subscribed = new Map(
    chooseSubscriptions(index([video(100, 100, 'a'), video(200, 200, 'b')]), SELF).map((s) => [
      s.streamId,
      s,
    ]),
  );

  it('goes msid stream id → track label → stream id → INDEX attendee', () => {
    const tracks = trackStreamIds([
      { streamId: 200, ssrc: 5, trackLabel: 'v_2' },
      { streamId: 100, ssrc: 6, trackLabel: 'v_3' },
      { streamId: 0, trackLabel: 'v_4' },
      { streamId: 300, trackLabel: '' },
    ]);
    assert.deepEqual(
      [...tracks],
      [
        ['v_2', 200],
        ['v_3', 100],
      ],
    );
    const stream = { id: 'v_3' } as MediaStream;
    assert.deepEqual(bindRemoteVideo(stream, tracks, subscribed), {
      streamId: 100,
      groupId: 100,
      attendeeId: 'a',
      externalUserId: 'a-ext',
      stream,
    });
  });

  it('binds nothing for an unknown label or a stream that was not subscribed', () => {
    const tracks = trackStreamIds([{ streamId: 999, trackLabel: 'v_5' }]);
    assert.equal(bindRemoteVideo({ id: 'v_9' } as MediaStream, tracks, subscribed), undefined);
    assert.equal(bindRemoteVideo({ id: 'v_5' } as MediaStream, tracks, subscribed), undefined);
  });
});

describe('receive_stream_ids (§6.3)', () => {
  const offer = [
    'v=0',
    'o=- 1 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0 1 3 4',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    'a=mid:0',
    'a=sendrecv',
    'm=video 9 UDP/TLS/RTP/SAVPF 96',
    'a=mid:1',
    'a=sendrecv',
    'm=video 0 UDP/TLS/RTP/SAVPF 96',
    'a=mid:2',
    'a=inactive',
    'm=video 9 UDP/TLS/RTP/SAVPF 96',
    'a=mid:3',
    'a=recvonly',
    'm=video 9 UDP/TLS/RTP/SAVPF 96',
    'a=mid:4',
    'a=recvonly',
    '',
  ].join('\r\n');

  it('has one entry per video section: the stream of each recvonly mid, 0 for camera and stopped ones', () => {
    // Even a mid that still maps to a stream counts only while its section is recvonly.
    const byMid = new Map([
      ['1', 100],
      ['2', 200],
      ['3', 300],
      ['4', 400],
    ]);
    assert.deepEqual(
      receiveStreamIds(offer, (mid) => byMid.get(mid) ?? 0),
      [0, 0, 300, 400],
    );
  });
});
