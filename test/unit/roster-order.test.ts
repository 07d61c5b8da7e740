import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SpeakingOrder, matchesQuery, searchKey } from '../../components/roster/roster-order.ts';

const byName = (a: string, b: string) => a.localeCompare(b);

describe('SpeakingOrder', () => {
  it('orders by name while nobody has spoken', () => {
    const order = new SpeakingOrder(2_000);
    assert.deepEqual(order.order(['cy', 'ana', 'bo'], byName, 0), ['ana', 'bo', 'cy']);
    assert.equal(order.nextChangeAt(), undefined);
  });

  it('puts the most recent speaker first, then earlier speakers, then the others by name', () => {
    const order = new SpeakingOrder(2_000);
    order.heard('bo', 100);
    order.heard('cy', 200);
    assert.deepEqual(order.order(['ana', 'bo', 'cy', 'dee'], byName, 300), ['cy', 'bo', 'ana', 'dee']);
  });

  it('holds the order for the hold time after a change, then lets the new speaker up', () => {
    const order = new SpeakingOrder(2_000);
    const ids = ['ana', 'bo', 'cy'];
    order.heard('cy', 0);
    assert.deepEqual(order.order(ids, byName, 0), ['cy', 'ana', 'bo']);
    order.heard('bo', 500);
    assert.equal(order.nextChangeAt(), 2_000);
    assert.deepEqual(order.order(ids, byName, 1_999), ['cy', 'ana', 'bo'], 'held');
    order.heard('bo', 1_900);
    assert.deepEqual(order.order(ids, byName, 2_000), ['bo', 'cy', 'ana'], 'after the hold');
    assert.equal(order.nextChangeAt(), undefined);
  });

  it('does not move rows when the same speaker keeps speaking', () => {
    const order = new SpeakingOrder(2_000);
    const ids = ['ana', 'bo'];
    for (let now = 0; now < 10_000; now += 200) {
      order.heard('bo', now);
      assert.deepEqual(order.order(ids, byName, now), ['bo', 'ana']);
    }
  });

  it('reorders at once when someone joins or leaves', () => {
    const order = new SpeakingOrder(2_000);
    order.order(['ana', 'bo'], byName, 0);
    order.heard('bo', 10);
    assert.deepEqual(order.order(['ana', 'bo', 'cy'], byName, 20), ['bo', 'ana', 'cy'], 'join');
    order.heard('cy', 30);
    assert.deepEqual(order.order(['ana', 'cy'], byName, 40), ['cy', 'ana'], 'leave');
  });
});

describe('roster filter', () => {
  it('matches case- and accent-insensitively, anywhere in the name', () => {
    assert.equal(matchesQuery('Zoë Ångström', 'zoe'), true);
    assert.equal(matchesQuery('Zoë Ångström', 'ANGS'), true);
    assert.equal(matchesQuery('José', 'jose'), true);
    assert.equal(matchesQuery('Ana', 'bo'), false);
  });

  it('matches everyone with an empty or blank query', () => {
    assert.equal(matchesQuery('Ana', ''), true);
    assert.equal(matchesQuery('Ana', '   '), true);
  });

  it('folds with the language given (Turkish dotted I)', () => {
    assert.equal(searchKey('İSTANBUL', 'tr'), 'istanbul');
    assert.equal(matchesQuery('IŞIK', 'ışık', 'tr'), true);
  });

  it('treats markup in names as plain text', () => {
    assert.equal(matchesQuery('<b>Bo</b>', '<b>'), true);
  });
});
