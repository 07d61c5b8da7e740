// Content share (wire protocol §11) through the local service, between two official
// amazon-chime-sdk-js clients: the sharer's `#content` session is a second connection whose
// video reaches the other attendee as a content tile.
import { expect } from '@open-wc/testing';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { expectTilePlays, joinOfficialPeer } from './helpers/official-client.ts';
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

/** A canvas stream whose picture changes every 50 ms, and a function that stops drawing. */
function changingCanvas(): { stream: MediaStream; stop: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const context = canvas.getContext('2d')!;
  let step = 0;
  const draw = () => {
    step++;
    context.fillStyle = `hsl(${(step * 7) % 360} 80% 50%)`;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = 'white';
    context.fillRect((step * 5) % canvas.width, 100, 40, 40);
  };
  draw();
  const timer = setInterval(draw, 50);
  return { stream: canvas.captureStream(20), stop: () => clearInterval(timer) };
}

describe('content share between two official clients', () => {
  const peers: OfficialPeer[] = [];
  const cleanups: Array<() => void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    for (const peer of peers.splice(0)) {
      peer.session.audioVideo.stop();
      await peer.stopped;
    }
  });

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
  });
});
