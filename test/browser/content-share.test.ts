// Content share (wire protocol §11) through the local service, between two official
// amazon-chime-sdk-js clients: the sharer's `#content` session is a second connection whose
// video reaches the other attendee as a content tile.
import * as Official from '../official-client/amazon-chime-sdk.js';
import { expect } from '@open-wc/testing';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { changingCanvas } from './helpers/media.ts';
import {
  expectTilePlays,
  joinOfficialPeer,
  officialSession,
  peersStoppedAfterEach,
} from './helpers/official-client.ts';
import type { OfficialPeer } from './helpers/official-client.ts';

/** Joins with the official client and records its content-share callbacks in `events`. */
function joinWatchingContentShare(meeting: string, name: string, events: string[]): Promise<OfficialPeer> {
  return joinOfficialPeer(meeting, name, ({ session }) =>
    session.audioVideo.addContentShareObserver({
      contentShareDidStart: () => events.push('started'),
      contentShareDidStop: () => events.push('stopped'),
    }),
  );
}

/**
 * An official-client session of a new attendee that is never started itself: only its content
 * share connects. `events` records what the content share's own audio-video session reports.
 */
async function contentSharer(meeting: string, name: string, events: string[]) {
  const info = await joinInfo(meeting, name);
  const session = officialSession(info, name);
  // The content share's own session is internal to the controller; its observer callbacks are
  // the only place the client reports how the service answered the shared video.
  const content = (session.contentShare as unknown as { contentAudioVideo: Official.AudioVideoFacade })
    .contentAudioVideo;
  content.addObserver({
    audioVideoDidStart: () => events.push('connected'),
    videoSendDidBecomeUnavailable: () => events.push('video-send-unavailable'),
    audioVideoDidStop: (status) => events.push(`stopped:${status.statusCode()}`),
  });
  return { session, attendeeId: info.Attendee.AttendeeId };
}

describe('content share between two official clients', () => {
  const { peers, cleanups } = peersStoppedAfterEach();

  it("starts A's share, shows it live at B as a content tile, and removes it when A stops", async () => {
    const meeting = uniqueMeetingName('content');
    const aliceContentShare: string[] = [];
    const alice = await joinWatchingContentShare(meeting, 'Alice', aliceContentShare);
    peers.push(alice);
    const bob = await joinOfficialPeer(meeting, 'Bob');
    peers.push(bob);

    const canvas = changingCanvas();
    cleanups.push(canvas.stop);
    cleanups.push(() => alice.session.audioVideo.stopContentShare());
    await alice.session.audioVideo.startContentShare(canvas.stream);
    // Fired by Alice's main session seeing presence for `<Alice>#content`.
    await waitFor(() => aliceContentShare.includes('started'), 'contentShareDidStart at Alice', 20_000);

    const contentId = `${alice.attendeeId}#content`;
    const tileOf = () => [...bob.tiles.values()].find((t) => t.boundAttendeeId === contentId);
    await waitFor(() => tileOf()?.boundVideoStream != null, "a tile for Alice's content at Bob", 20_000);
    const tile = tileOf()!;
    expect(tile.isContent, 'isContent').to.equal(true);
    await expectTilePlays(bob, tile.tileId!, 'content');

    alice.session.audioVideo.stopContentShare();
    await waitFor(() => bob.removed.includes(tile.tileId!), "Alice's content tile removed at Bob", 20_000);
    await waitFor(() => aliceContentShare.includes('stopped'), 'contentShareDidStop at Alice', 20_000);

    // Sharing again: Bob's connection now receives it on a new section (Chrome recycles the
    // stopped one's m-line), and the new tile must show the new share, not stay black.
    const again = changingCanvas();
    cleanups.push(again.stop);
    await alice.session.audioVideo.startContentShare(again.stream);
    await waitFor(
      () => tileOf() !== undefined && tileOf()!.tileId !== tile.tileId,
      "a new tile for Alice's second share at Bob",
      20_000,
    );
    await expectTilePlays(bob, tileOf()!.tileId!, 'second content share');
  });

  it('lets two attendees share at once and turns a third share away with 206 (view only)', async () => {
    const meeting = uniqueMeetingName('content-limit');
    const viewer = await joinOfficialPeer(meeting, 'Viewer');
    peers.push(viewer);
    const sharers = [];
    for (const name of ['One', 'Two', 'Three']) {
      const events: string[] = [];
      const sharer = await contentSharer(meeting, name, events);
      const canvas = changingCanvas();
      cleanups.push(canvas.stop, () => sharer.session.audioVideo.stopContentShare());
      sharers.push({ ...sharer, events });
      await sharer.session.audioVideo.startContentShare(canvas.stream);
      await waitFor(() => events.includes('connected'), `${name}'s content share connected`, 20_000);
    }
    const [one, two, three] = sharers as [(typeof sharers)[0], (typeof sharers)[0], (typeof sharers)[0]];

    await waitFor(
      () => three.events.includes('video-send-unavailable'),
      'the third content share told that video send is unavailable',
      20_000,
    );
    const contentTiles = () =>
      [...viewer.tiles.values()]
        .filter((tile) => tile.isContent && tile.boundVideoStream)
        .map((t) => t.boundAttendeeId);
    await waitFor(() => contentTiles().length === 2, 'two content tiles at the viewer', 20_000);
    expect(contentTiles().sort()).to.deep.equal(
      [`${one.attendeeId}#content`, `${two.attendeeId}#content`].sort(),
    );
    // The refused share stays connected (view only): the service did not end its session.
    expect(three.events.some((event) => event.startsWith('stopped'))).to.equal(false);
    expect(one.events.concat(two.events)).not.to.include('video-send-unavailable');
    // Nor does a third tile appear a little later.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(contentTiles()).to.have.length(2);
  });
});
