import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VideoTiles } from '../../src/video/VideoTiles.ts';
import type { RemoteVideoBinding } from '../../src/video/subscriptions.ts';
import type { VideoTileState } from '../../src/video/types.ts';
import { FakeStream, FakeTrack, RecordingLogger } from './helpers/fakes.ts';

function setup() {
  const updates: VideoTileState[] = [];
  const removals: Array<[number, string | null]> = [];
  const tiles = new VideoTiles(
    {
      updated: (tile) => updates.push(tile),
      removed: (tileId, attendeeId) => removals.push([tileId, attendeeId]),
    },
    new RecordingLogger(),
  );
  return { tiles, updates, removals };
}

function binding(attendeeId: string, streamId: number, stream = fakeStream()): RemoteVideoBinding {
  return { attendeeId, externalUserId: `${attendeeId}-ext`, streamId, groupId: streamId, stream };
}

function fakeStream(): MediaStream {
  return new FakeStream([new FakeTrack('video')]) as unknown as MediaStream;
}

/** Enough of an HTMLVideoElement for binding. */
class FakeVideoElement {
  srcObject: MediaStream | null = null;
  style = { transform: '' };
  removeAttribute(): void {}
  muted = false;
  playsInline = false;
  autoplay = false;
  plays = 0;
  async play(): Promise<void> {
    this.plays++;
  }
}

describe('VideoTiles', () => {
  it('keeps one tile per attendee, with fresh snapshots on every change', () => {
    const { tiles, updates } = setup();
    const first = fakeStream();
    tiles.bindRemote(binding('a', 100, first));
    tiles.bindRemote(binding('b#content', 200));
    assert.equal(tiles.states.size, 2);
    const a = [...tiles.states.values()].find((t) => t.boundAttendeeId === 'a')!;
    assert.equal(a.isContent, false);
    assert.equal(a.localTile, false);
    assert.equal(a.active, true);
    assert.equal(a.boundVideoStream, first);
    assert.equal(a.streamId, 100);
    assert.equal(a.boundExternalUserId, 'a-ext');
    assert.equal([...tiles.states.values()].find((t) => t.boundAttendeeId === 'b#content')!.isContent, true);

    // The same binding again changes nothing; a new stream for the attendee updates the same tile.
    const count = updates.length;
    tiles.bindRemote(binding('a', 100, first));
    tiles.bindRemote(binding('b#content', 200, tiles.states.get(2)!.boundVideoStream!));
    assert.equal(updates.length, count);
    const second = fakeStream();
    tiles.bindRemote(binding('a', 101, second));
    const updated = tiles.get(a.tileId)!;
    assert.equal(updated.boundVideoStream, second);
    assert.equal(updated.streamId, 101);
    assert.notEqual(updated, a, 'a new snapshot');
    assert.equal(a.streamId, 100, 'the old snapshot is unchanged');
  });

  it('keeps the tiles of the attendees still received, and removes everything on clear', () => {
    const { tiles, removals } = setup();
    tiles.bindRemote(binding('a', 100));
    tiles.bindRemote(binding('b', 200));
    const local = tiles.ensureLocal('self', 'Self');
    tiles.keepRemote(new Set(['b']));
    assert.deepEqual(removals, [[1, 'a']]);
    assert.ok(tiles.get(local.tileId), 'the local tile is not a remote one');
    tiles.removeAttendee('b');
    assert.deepEqual(removals.at(-1), [2, 'b']);
    tiles.clear();
    assert.deepEqual(removals.at(-1), [local.tileId, 'self']);
    assert.equal(tiles.states.size, 0);
  });

  it('has a single local tile, bound to the camera stream and unbound when it stops', () => {
    const { tiles } = setup();
    const local = tiles.ensureLocal('self', 'Self');
    assert.equal(tiles.ensureLocal('self', 'Self').tileId, local.tileId);
    assert.equal(local.localTile, true);
    const camera = fakeStream();
    tiles.setLocalStream(camera, true);
    assert.equal(tiles.local!.boundVideoStream, camera);
    assert.equal(tiles.local!.localTileStarted, true);
    assert.equal(tiles.local!.active, true);
    tiles.setLocalStream(null, false);
    assert.equal(tiles.local!.boundVideoStream, null);
    assert.equal(tiles.local!.active, false);
  });

  it('binds elements: plays the stream, re-binding unbinds the previous element, removal clears it', () => {
    const { tiles, updates } = setup();
    const stream = fakeStream();
    tiles.bindRemote(binding('a', 100, stream));
    const first = new FakeVideoElement();
    tiles.bindElement(1, first as unknown as HTMLVideoElement);
    assert.equal(first.srcObject, stream);
    assert.ok(first.muted && first.playsInline && first.autoplay);
    assert.ok(first.plays > 0);
    const second = new FakeVideoElement();
    tiles.bindElement(1, second as unknown as HTMLVideoElement);
    assert.equal(first.srcObject, null);
    assert.equal(second.srcObject, stream);
    assert.equal(tiles.get(1)!.boundVideoElement, second);
    const reported = updates.length;
    tiles.bindElement(1, second as unknown as HTMLVideoElement);
    assert.equal(updates.length, reported, 'binding the same element again reports nothing');
    tiles.unbindElement(1, false);
    assert.equal(second.srcObject, stream, 'not cleaned up');
    assert.equal(tiles.get(1)!.boundVideoElement, null);
    tiles.bindElement(1, second as unknown as HTMLVideoElement);

    // An element moves between tiles: binding it to another tile unbinds it from the first.
    const other = fakeStream();
    tiles.bindRemote(binding('b', 200, other));
    tiles.bindElement(2, second as unknown as HTMLVideoElement);
    assert.equal(second.srcObject, other);
    assert.equal(tiles.get(1)!.boundVideoElement, null);
    assert.equal(tiles.get(2)!.boundVideoElement, second);

    tiles.keepRemote(new Set());
    assert.equal(second.srcObject, null);
  });

  it('marks pause without losing the stream, and a tile view returns the latest snapshot', () => {
    const { tiles } = setup();
    tiles.bindRemote(binding('a', 100));
    const view = tiles.tile(1)!;
    assert.equal(view.id(), 1);
    assert.ok(tiles.setPaused(1, true));
    assert.equal(tiles.setPaused(1, true), undefined, 'no change');
    assert.equal(view.state().paused, true);
    assert.equal(view.state().active, false);
    tiles.setPaused(1, false);
    assert.equal(view.state().active, true);
  });
});
