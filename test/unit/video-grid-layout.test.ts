import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrangePeople,
  chooseFeatured,
  layoutGrid,
  pageCount,
  pausePlan,
  SpeakerMemory,
} from '../../components/video-grid/layout.ts';
import type { LayoutInput } from '../../components/video-grid/layout.ts';
import { initials } from '../../components/video-tile/initials.ts';

const input = (over: Partial<LayoutInput>): LayoutInput => ({
  people: [],
  shares: [],
  speaking: [],
  promoted: [],
  recentlySpoke: [],
  featured: false,
  pageSize: 0,
  page: 1,
  ...over,
});

describe('SpeakerMemory', () => {
  it('lists the speakers now, then those who stopped within the hold, latest first', () => {
    const memory = new SpeakerMemory();
    assert.equal(memory.update(['a', 'b'], 0), false);
    assert.equal(memory.update(['b'], 1000), true);
    assert.equal(memory.update(['c'], 2000), true);
    assert.deepEqual(memory.recent(2500, 5000), ['c', 'b', 'a']);
    assert.deepEqual(memory.recent(6500, 5000), ['c', 'b']);
    assert.deepEqual(memory.recent(7000, 5000), ['c']);
  });

  it('forgets the stop of someone who speaks again, and everything on clear', () => {
    const memory = new SpeakerMemory();
    memory.update(['a'], 0);
    memory.update([], 100);
    memory.update(['a'], 200);
    assert.deepEqual(memory.recent(100_000, 5000), ['a']);
    memory.clear();
    assert.deepEqual(memory.recent(100_000, 5000), []);
  });
});

describe('arrangePeople', () => {
  const people = ['me', 'a', 'b', 'c', 'd'];

  it('keeps the usual order without pages, or when everyone fits on one', () => {
    assert.deepEqual(arrangePeople(people, 0, ['d']), people);
    assert.deepEqual(arrangePeople(people, 5, ['d']), people);
  });

  it('promotes a speaker from a later page into the last free slot of the first page', () => {
    assert.deepEqual(arrangePeople(people, 2, ['d'], [], 'me'), ['me', 'd', 'a', 'b', 'c']);
    assert.deepEqual(arrangePeople(people, 3, ['d'], [], 'me'), ['me', 'a', 'd', 'b', 'c']);
  });

  it('never displaces you, nor another promoted speaker', () => {
    assert.deepEqual(arrangePeople(people, 3, ['d', 'c'], [], 'me'), ['me', 'c', 'd', 'a', 'b']);
    // Only as many speakers as there is room for beside you; the most important first.
    assert.deepEqual(arrangePeople(people, 2, ['d', 'c'], [], 'me'), ['me', 'd', 'a', 'b', 'c']);
  });

  it('keeps the first page as it was once the speaker is quiet (no jump back)', () => {
    const promoted = arrangePeople(people, 3, ['d'], [], 'me');
    assert.deepEqual(arrangePeople(people, 3, [], promoted, 'me'), promoted);
  });

  it('moves one tile only when a second speaker is promoted', () => {
    const once = arrangePeople(people, 3, ['d'], [], 'me');
    assert.deepEqual(once.slice(0, 3), ['me', 'a', 'd']);
    const twice = arrangePeople(people, 3, ['c', 'd'], once, 'me');
    assert.deepEqual(twice.slice(0, 3), ['me', 'c', 'd']);
  });

  it('fills the first page again when someone on it left, and keeps you first', () => {
    const before = ['a', 'me', 'b', 'c', 'd'];
    assert.deepEqual(arrangePeople(['me', 'b', 'c', 'd'], 2, [], before, 'me'), ['me', 'b', 'c', 'd']);
  });
});

describe('chooseFeatured', () => {
  const people = ['me', 'a', 'b'];

  it('features the most active speaker other than you', () => {
    assert.equal(chooseFeatured(people, ['me', 'b'], ['me', 'b'], undefined, 'me'), 'b');
  });

  it('keeps the featured person during the hold, then hands over to the speaker', () => {
    assert.equal(chooseFeatured(people, ['b'], ['b', 'a'], 'a', 'me'), 'a');
    assert.equal(chooseFeatured(people, ['b'], ['b'], 'a', 'me'), 'b');
  });

  it('keeps the featured person when nobody speaks, else the first other person, else you', () => {
    assert.equal(chooseFeatured(people, [], [], 'b', 'me'), 'b');
    assert.equal(chooseFeatured(people, [], [], undefined, 'me'), 'a');
    assert.equal(chooseFeatured(['me'], [], [], undefined, 'me'), 'me');
    assert.equal(chooseFeatured([], [], [], 'x', 'me'), undefined);
  });
});

describe('layoutGrid', () => {
  it('puts content shares on the stage, two at most, and everyone else in the grid', () => {
    const layout = layoutGrid(input({ people: ['me', 'a'], shares: ['s1', 's2', 's3'], featured: true }));
    assert.deepEqual(layout.stage, ['s1', 's2']);
    assert.deepEqual(layout.tiles, ['me', 'a']);
  });

  it('puts the featured speaker on the stage when nobody shares, out of the grid', () => {
    const layout = layoutGrid(
      input({ people: ['me', 'a', 'b'], speaking: ['b'], featured: true, local: 'me' }),
    );
    assert.deepEqual(layout.stage, ['b']);
    assert.equal(layout.featured, 'b');
    assert.deepEqual(layout.tiles, ['me', 'a']);
  });

  it('pages the grid, keeps the page within bounds, and counts pages', () => {
    const people = ['me', 'a', 'b', 'c', 'd'];
    assert.deepEqual(layoutGrid(input({ people, pageSize: 2, page: 2 })).tiles, ['b', 'c']);
    const last = layoutGrid(input({ people, pageSize: 2, page: 9 }));
    assert.deepEqual([last.page, last.pageCount, last.tiles], [3, 3, ['d']]);
    assert.equal(layoutGrid(input({ people, pageSize: 2, page: 0 })).page, 1);
    assert.equal(layoutGrid(input({ people })).pageCount, 1);
    assert.equal(pageCount(0, 3), 1);
  });

  it('promotes a recent speaker to the first page and keeps them there after the previous layout', () => {
    const people = ['me', 'a', 'b', 'c', 'd'];
    const first = layoutGrid(input({ people, pageSize: 2, promoted: ['d'], local: 'me' }));
    assert.deepEqual(first.tiles, ['me', 'd']);
    const later = layoutGrid(input({ people, pageSize: 2, local: 'me', previous: first }));
    assert.deepEqual(later.tiles, ['me', 'd']);
  });
});

describe('pausePlan', () => {
  const tiles = [
    { tileId: 1, attendeeId: 'a', paused: false },
    { tileId: 2, attendeeId: 'b', paused: true },
    { tileId: 3, attendeeId: 'c', paused: true },
    { tileId: 4, attendeeId: 'd', paused: false },
  ];

  it('pauses tiles out of view and resumes those it paused once in view again', () => {
    const plan = pausePlan(tiles, new Set(['b', 'c', 'd']), new Set([2]));
    assert.deepEqual(plan, { pause: [1], resume: [2] });
  });

  it('leaves a tile the application paused alone', () => {
    assert.deepEqual(pausePlan(tiles, new Set(['a', 'b', 'c', 'd']), new Set()), { pause: [], resume: [] });
  });
});

describe('initials', () => {
  it('takes the first characters of the first and last words, upper-cased', () => {
    assert.equal(initials('Ana Maria Silva'), 'AS');
    assert.equal(initials('  bo  '), 'B');
    assert.equal(initials('élodie durand'), 'ÉD');
    assert.equal(initials('😀 Face'), '😀F');
    assert.equal(initials(''), '');
  });
});
