// Video through the local service's SFU, between two official amazon-chime-sdk-js clients.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { expectTilePlays, joinOfficialPeer } from './helpers/official-client.ts';
import type { OfficialPeer } from './helpers/official-client.ts';

async function expectLiveTile(viewer: OfficialPeer, sender: OfficialPeer): Promise<number> {
  const tileOf = () => [...viewer.tiles.values()].find((t) => t.boundAttendeeId === sender.attendeeId);
  await waitFor(() => tileOf() !== undefined, "a tile for the sender's camera", 20_000);
  const tile = tileOf()!;
  expect(tile.boundExternalUserId).to.be.a('string').and.not.equal('');
  await expectTilePlays(viewer, tile.tileId!, 'camera');
  return tile.tileId!;
}

/** Frames `viewer` decoded on the section that carries `tile`'s stream (msid `v_<mid>`). */
async function framesDecoded(viewer: OfficialPeer, tile: Official.VideoTileState): Promise<number> {
  const mid = tile.boundVideoStream!.id.replace(/^v_/, '');
  const report = await viewer.session.audioVideo.getRTCPeerConnectionStats();
  let frames = 0;
  report?.forEach((stats: { type: string; kind?: string; mid?: string; framesDecoded?: number }) => {
    if (stats.type === 'inbound-rtp' && stats.kind === 'video' && stats.mid === mid) {
      frames = stats.framesDecoded ?? 0;
    }
  });
  return frames;
}

describe('video between two official clients through the SFU', () => {
  const peers: OfficialPeer[] = [];
  afterEach(async () => {
    for (const peer of peers.splice(0)) {
      peer.session.audioVideo.stop();
      await peer.stopped;
    }
  });

  it("shows A's camera at B, live, removes it when A stops, and again after a restart", async () => {
    const meeting = uniqueMeetingName('video');
    const alice = await joinOfficialPeer(meeting, 'Alice');
    peers.push(alice);
    const bob = await joinOfficialPeer(meeting, 'Bob');
    peers.push(bob);

    const camera = (await alice.session.audioVideo.listVideoInputDevices())[0]!;
    await alice.session.audioVideo.startVideoInput(camera.deviceId);
    alice.session.audioVideo.startLocalVideoTile();
    const first = await expectLiveTile(bob, alice);
    alice.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => bob.removed.includes(first), "Alice's tile removed at Bob", 20_000);

    // A restarted camera is a new source (new group, new section at Bob) on the same
    // connections. Its frames are checked in getStats: in headless Chromium a second bound
    // <video> element stayed paused although the frames were decoded.
    alice.session.audioVideo.startLocalVideoTile();
    const tileOf = () => [...bob.tiles.values()].find((t) => t.boundAttendeeId === alice.attendeeId);
    await waitFor(() => tileOf()?.boundVideoStream != null, "a new tile for Alice's camera", 20_000);
    const tile = tileOf()!;
    const second = tile.tileId!;
    expect(second).to.not.equal(first);
    let decoded = 0;
    await waitFor(
      () => {
        void framesDecoded(bob, tile).then((frames) => (decoded = frames));
        return decoded > 0;
      },
      'frames of the restarted camera decoded',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await framesDecoded(bob, tile)).to.be.greaterThan(decoded);
    alice.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => bob.removed.includes(second), "Alice's second tile removed at Bob", 20_000);
  });
});
