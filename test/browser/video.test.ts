// Video through the local service's SFU, between two official amazon-chime-sdk-js clients.
import { expect } from '@open-wc/testing';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { expectTilePlays, joinOfficialPeer, stopOfficialPeers } from './helpers/official-client.ts';
import type { OfficialPeer } from './helpers/official-client.ts';

async function expectLiveTile(viewer: OfficialPeer, sender: OfficialPeer): Promise<number> {
  const tileOf = () => [...viewer.tiles.values()].find((t) => t.boundAttendeeId === sender.attendeeId);
  await waitFor(() => tileOf() !== undefined, "a tile for the sender's camera", 20_000);
  const tile = tileOf()!;
  expect(tile.boundExternalUserId).to.be.a('string').and.not.equal('');
  await expectTilePlays(viewer, tile.tileId!, 'camera');
  return tile.tileId!;
}

describe('video between two official clients through the SFU', () => {
  const peers: OfficialPeer[] = [];
  afterEach(async () => {
    await stopOfficialPeers(peers);
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
    // connections. Bob's client stopped the first section (port 0), and Chrome reuses that
    // m-line, under a new mid, for the new one: its pixels must reach a <video> element.
    alice.session.audioVideo.startLocalVideoTile();
    const second = await expectLiveTile(bob, alice);
    expect(second).to.not.equal(first);
    alice.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => bob.removed.includes(second), "Alice's second tile removed at Bob", 20_000);
  });
});
