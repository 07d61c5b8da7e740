import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DefaultActiveSpeakerPolicy } from '../../src/activespeaker/DefaultActiveSpeakerPolicy.ts';
import type { ActiveSpeakerPolicy } from '../../src/activespeaker/ActiveSpeakerPolicy.ts';
import { ActiveSpeakerDetector } from '../../src/activespeaker/ActiveSpeakerDetector.ts';

const LOUD = 0.8;
const QUIET = 0.05;

function near(actual: number | undefined, expected: number, message?: string): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) < 1e-9,
    `${message ?? 'score'}: ${actual} ≠ ${expected}`,
  );
}

/** Intervals driven by hand: `advance` runs each one due, in time order, with `now` at its time. */
class FakeClock {
  time = 0;
  readonly #timers = new Map<number, { fn: () => void; ms: number; next: number }>();
  #nextId = 1;

  now = (): number => this.time;

  setInterval = (fn: () => void, ms: number): unknown => {
    const id = this.#nextId++;
    this.#timers.set(id, { fn, ms, next: this.time + ms });
    return id;
  };

  clearInterval = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  get pending(): number {
    return this.#timers.size;
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: { fn: () => void; ms: number; next: number } | undefined;
      for (const timer of this.#timers.values()) if (!due || timer.next < due.next) due = timer;
      if (!due || due.next > end) break;
      this.time = due.next;
      due.next += due.ms;
      due.fn();
    }
    this.time = end;
  }
}

function setup(...attendeeIds: string[]) {
  const clock = new FakeClock();
  const errors: unknown[] = [];
  const detector = new ActiveSpeakerDetector({
    now: clock.now,
    setInterval: clock.setInterval,
    clearInterval: clock.clearInterval,
    onCallbackError: (error) => errors.push(error),
  });
  for (const attendeeId of attendeeIds) detector.attendeePresence(attendeeId, true);
  const lists: string[][] = [];
  const callback = (attendeeIds: string[]): void => void lists.push(attendeeIds);
  return { clock, errors, detector, lists, callback };
}

describe('DefaultActiveSpeakerPolicy', () => {
  it('averages binarised volume: one loud update gives 0.1, ten give 1 − 0.9^10', () => {
    const policy = new DefaultActiveSpeakerPolicy();
    near(policy.calculateScore('a', LOUD, false), 0.1);
    const fresh = new DefaultActiveSpeakerPolicy();
    let score = 0;
    for (let i = 0; i < 10; i++) score = fresh.calculateScore('a', 1, null);
    near(score, 1 - 0.9 ** 10);
  });

  it('counts only volumes above silenceThreshold as speaking, whatever their level', () => {
    const policy = new DefaultActiveSpeakerPolicy();
    assert.equal(policy.calculateScore('a', 0.2, false), 0);
    near(policy.calculateScore('b', 0.21, false), 0.1);
    near(policy.calculateScore('c', 1, false), 0.1);
  });

  it('treats muted and a null volume as silence', () => {
    const policy = new DefaultActiveSpeakerPolicy();
    near(policy.calculateScore('a', 1, false), 0.1);
    near(policy.calculateScore('a', 1, true), 0.09);
    near(policy.calculateScore('a', null, false), 0.081);
    assert.equal(policy.calculateScore('b', 1, true), 0);
  });

  it("takes takeoverRate off every other attendee's score when one speaks, floored at 0", () => {
    const policy = new DefaultActiveSpeakerPolicy();
    for (let i = 0; i < 5; i++) policy.calculateScore('a', LOUD, false);
    near(policy.calculateScore('b', LOUD, false), 0.1);
    // a had 1 − 0.9^5 = 0.40951, minus 0.2, then one silent step.
    near(policy.calculateScore('a', 0, false), (1 - 0.9 ** 5 - 0.2) * 0.9);

    const floored = new DefaultActiveSpeakerPolicy();
    floored.calculateScore('a', LOUD, false);
    floored.calculateScore('b', LOUD, false);
    near(floored.calculateScore('a', LOUD, false), 0.1, 'a was at 0, not at 0.1 − 0.2');
  });

  it('does not take anything off the others when the update is silent', () => {
    const policy = new DefaultActiveSpeakerPolicy();
    policy.calculateScore('a', LOUD, false);
    policy.calculateScore('b', QUIET, false);
    near(policy.calculateScore('a', 0, false), 0.09);
  });

  it('reports a score below cutoffThreshold as 0 but keeps it for the next update', () => {
    const policy = new DefaultActiveSpeakerPolicy();
    policy.calculateScore('a', LOUD, false);
    let score = 0;
    for (let i = 0; i < 21; i++) score = policy.calculateScore('a', 0, false);
    near(score, 0.1 * 0.9 ** 21, '21 silent steps');
    assert.equal(policy.calculateScore('a', 0, false), 0, '0.1 × 0.9^22 < 0.01');
    near(policy.calculateScore('a', LOUD, false), 0.1 * 0.9 ** 23 + 0.1);
  });

  it('takes speakerWeight, cutoffThreshold, silenceThreshold and takeoverRate in that order', () => {
    const policy = new DefaultActiveSpeakerPolicy(0.5, 0.3, 0.5, 0.1);
    assert.equal(policy.calculateScore('a', 0.5, false), 0, 'silenceThreshold 0.5');
    near(policy.calculateScore('a', 0.6, false), 0.5, 'speakerWeight 0.5');
    near(policy.calculateScore('b', 0.6, false), 0.5);
    assert.equal(policy.calculateScore('a', 0, false), 0, '(0.5 − 0.1) × 0.5 = 0.2 < cutoff 0.3');
    near(policy.calculateScore('a', 0.6, false), 0.6, 'the 0.2 kept below the cutoff');
    assert.equal(policy.prioritizeVideoSendBandwidthForActiveSpeaker(), true);
  });
});

describe('ActiveSpeakerDetector', () => {
  it('calls back once with the first list, then only when an attendee becomes active or inactive', () => {
    const { detector, lists, callback } = setup('a', 'b');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', QUIET, false);
    assert.deepEqual(lists, [[]], 'the first score makes the first list, even an empty one');
    detector.volume('a', QUIET, null);
    detector.volume('b', QUIET, false);
    assert.deepEqual(lists, [[]]);
    detector.volume('a', LOUD, null);
    detector.volume('a', 0.9, null);
    assert.deepEqual(lists, [[], ['a']]);
  });

  it('lists active speakers highest score first, reordering only when the list changes', () => {
    const { detector, lists, callback } = setup('a', 'b', 'c');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', LOUD, false); // a 0.1
    detector.volume('a', 0.9, null); // a 0.19
    detector.volume('b', LOUD, false); // b 0.1
    assert.deepEqual(lists, [['a'], ['a', 'b']]);
    detector.volume('b', 0.9, null); // b 0.19
    detector.volume('b', 1, null); // b 0.271: above a, but nobody crossed 0
    assert.deepEqual(lists.length, 2);
    detector.volume('c', LOUD, false); // c 0.1
    assert.deepEqual(lists, [['a'], ['a', 'b'], ['b', 'a', 'c']]);
  });

  it('reproduces the protocol example: two attendees loud in turn give [A] → [A, B] → [B]', () => {
    const { detector, lists, callback } = setup('A', 'B');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    for (const volume of [0.79, 0.8, 0.79]) detector.volume('A', volume, false);
    for (const volume of [1, 0.99]) detector.volume('B', volume, false);
    // Each loud update of B took 0.2 off A's 0.271, so A's first quiet update scores 0.
    detector.volume('A', QUIET, null);
    assert.deepEqual(lists, [['A'], ['A', 'B'], ['B']]);
  });

  it('re-scores an attendee as silent after more than 1 s without updates, one step per 1.2 s', () => {
    const { clock, detector, callback } = setup('a');
    const scores: Array<{ [attendeeId: string]: number }> = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 100);
    detector.volume('a', LOUD, false);
    clock.advance(1100);
    near(scores.at(-1)!.a, 0.1, 'the tick at 1000 ms: exactly 1 s is not more than waitIntervalMs');
    clock.advance(200);
    near(scores.at(-1)!.a, 0.09, 'the tick at 1200 ms');
    clock.advance(1000);
    near(scores.at(-1)!.a, 0.09, 'the silent step restarted the wait');
    clock.advance(200);
    near(scores.at(-1)!.a, 0.081, 'the tick at 2400 ms');
  });

  it('drops a silent attendee from the list once its decayed score falls below the cutoff', () => {
    const { clock, detector, lists, callback } = setup('a');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', LOUD, false);
    // 0.1 × 0.9^k falls below the 0.01 cutoff at k = 22, one step every 1.2 s.
    clock.advance(22 * 1200 - 200);
    assert.deepEqual(lists, [['a']]);
    clock.advance(200);
    assert.deepEqual(lists, [['a'], []]);
  });

  it('counts any update as activity, so a reporting attendee does not decay', () => {
    const { clock, detector, callback } = setup('a');
    const scores: Array<{ [attendeeId: string]: number }> = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 50);
    detector.volume('a', LOUD, false);
    clock.advance(900);
    detector.volume('a', 0.9, null);
    clock.advance(1050);
    near(scores.at(-1)!.a, 0.19, 'at 1950 ms: the tick at 1800 ms saw an update 900 ms old');
    clock.advance(100);
    near(scores.at(-1)!.a, 0.171, 'the tick at 2000 ms');
  });

  it('counts an update that leaves the score unchanged as activity too', () => {
    const { clock, detector, callback } = setup('a', 'b');
    const scores: Array<{ [attendeeId: string]: number }> = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 50);
    detector.volume('a', LOUD, false); // a 0.1
    clock.advance(500);
    detector.volume('b', LOUD, false); // takes a's policy score to 0
    clock.advance(400);
    detector.volume('a', 0.9, null); // 0 × 0.9 + 0.1: still 0.1, but a spoke at 900 ms
    clock.advance(350);
    near(scores.at(-1)!.a, 0.1, 'no silent step for a at 1200 ms');
    clock.advance(800);
    near(scores.at(-1)!.a, 0.09, 'a silent step for a at 2000 ms');
  });

  it('keeps the last known volume for a null argument, and treats a mute as silence', () => {
    const { clock, detector, callback } = setup('a');
    const scores: Array<{ [attendeeId: string]: number }> = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 100);
    detector.volume('a', LOUD, false);
    detector.volume('a', null, null);
    clock.advance(100);
    near(scores.at(-1)!.a, 0.19, 'null volume = still loud');
    detector.volume('a', null, true);
    detector.volume('a', 0.9, null);
    clock.advance(100);
    near(scores.at(-1)!.a, 0.19 * 0.81, 'muted, and a level while muted is ignored');
    detector.volume('a', null, false);
    clock.advance(100);
    near(scores.at(-1)!.a, 0.19 * 0.729, 'unmuting without a level is not loud');
  });

  it('drops an attendee that leaves, for good', () => {
    const { clock, detector, lists, callback } = setup('a', 'b', 'c');
    const scores: Array<{ [attendeeId: string]: number }> = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 1000);
    detector.volume('a', LOUD, false);
    for (let i = 0; i < 5; i++) detector.volume('b', LOUD, false);
    detector.volume('c', QUIET, false);
    assert.deepEqual(lists, [['a'], ['a', 'b']]);
    detector.attendeePresence('c', false);
    assert.equal(lists.length, 2, 'c was not listed: nothing to tell');
    detector.attendeePresence('b', false);
    assert.deepEqual(lists, [['a'], ['a', 'b'], ['a']]);
    detector.volume('b', LOUD, false);
    clock.advance(30_000);
    assert.deepEqual(lists.slice(3), [[]], 'only a decays; b does not come back from its policy score');
    assert.deepEqual(Object.keys(scores.at(-1)!), ['a']);
  });

  it("gives each callback its own copy of the list, so changing it does not change the detector's", () => {
    const { detector, lists } = setup('a');
    const clearing = (ids: string[]): void => {
      lists.push([...ids]);
      ids.length = 0;
    };
    detector.subscribe(new DefaultActiveSpeakerPolicy(), clearing);
    detector.volume('a', LOUD, false);
    detector.volume('a', LOUD, null);
    assert.deepEqual(lists, [['a']]);
  });

  it('scores what is known already when an attendee joins or a subscription starts', () => {
    const { detector, lists, callback } = setup('a');
    detector.volume('a', LOUD, false);
    detector.volume('b', LOUD, false);
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    assert.deepEqual(lists, [['a']]);
    detector.attendeePresence('b', true);
    assert.deepEqual(lists, [['a'], ['a', 'b']]);
  });

  it('ignores a repeated join (every AUDIO_STREAM_ID_INFO repeats the roster)', () => {
    const { clock, detector, callback } = setup('a');
    const scores: Array<{ [attendeeId: string]: number }> = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 100);
    detector.volume('a', LOUD, false);
    detector.attendeePresence('a', true);
    detector.attendeePresence('a', true);
    clock.advance(100);
    near(scores.at(-1)!.a, 0.1, 'one update, scored once');
  });

  it('calls the scores callback every scoresCallbackIntervalMs, and never without an interval', () => {
    const { clock, detector } = setup('a');
    const every: Array<{ [attendeeId: string]: number }> = [];
    const never: unknown[] = [];
    const zero: unknown[] = [];
    detector.subscribe(
      new DefaultActiveSpeakerPolicy(),
      () => {},
      (s) => every.push(s),
      1000,
    );
    detector.subscribe(
      new DefaultActiveSpeakerPolicy(),
      () => {},
      (s) => never.push(s),
    );
    detector.subscribe(
      new DefaultActiveSpeakerPolicy(),
      () => {},
      (s) => zero.push(s),
      0,
    );
    detector.volume('a', LOUD, false);
    clock.advance(999);
    assert.equal(every.length, 0);
    clock.advance(1);
    assert.equal(every.length, 1);
    every[0]!.a = 42;
    clock.advance(2000);
    assert.equal(every.length, 3);
    assert.notEqual(every[1], every[0], 'a copy each time');
    near(every[1]!.a, 0.09, 'decayed at 1200 ms');
    near(every[2]!.a, 0.081, 'decayed at 2400 ms');
    assert.deepEqual([never.length, zero.length], [0, 0]);
  });

  it('keeps a policy and scores per subscription', () => {
    const { detector, callback, lists } = setup('a');
    const strict: string[][] = [];
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.subscribe(new DefaultActiveSpeakerPolicy(0.9, 0.01, 0.9), (ids) => void strict.push(ids));
    detector.volume('a', 0.5, false);
    assert.deepEqual(lists, [['a']]);
    assert.deepEqual(strict, [[]]);
  });

  it('stops callbacks and timers on unsubscribe, and runs timers only while subscribed', () => {
    const { clock, detector, lists, callback } = setup('a');
    const other: string[][] = [];
    const otherCallback = (ids: string[]): void => void other.push(ids);
    const scores: unknown[] = [];
    assert.equal(clock.pending, 0);
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, (s) => scores.push(s), 500);
    detector.subscribe(new DefaultActiveSpeakerPolicy(), otherCallback);
    assert.equal(clock.pending, 2, 'one silence timer for all, one scores timer');
    detector.unsubscribe(callback);
    detector.unsubscribe(callback);
    assert.equal(clock.pending, 1);
    detector.volume('a', LOUD, false);
    clock.advance(30_000);
    assert.deepEqual(lists, []);
    assert.equal(scores.length, 0);
    assert.deepEqual(other, [['a'], []]);
    detector.unsubscribe(otherCallback);
    assert.equal(clock.pending, 0);
  });

  it('replaces the subscription when the same callback subscribes again', () => {
    const { clock, detector, lists, callback } = setup('a');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, () => {}, 100);
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    assert.equal(clock.pending, 1);
    detector.volume('a', LOUD, false);
    assert.deepEqual(lists, [['a']]);
  });

  it('isolates a throwing callback, scores callback or policy', () => {
    const { clock, errors, detector, lists, callback } = setup('a', 'b');
    let calls = 0;
    const throwing = (): void => {
      calls++;
      throw new Error('callback');
    };
    const throwingPolicy: ActiveSpeakerPolicy = {
      calculateScore: () => {
        throw new Error('policy');
      },
      prioritizeVideoSendBandwidthForActiveSpeaker: () => false,
    };
    detector.subscribe(
      new DefaultActiveSpeakerPolicy(),
      throwing,
      () => {
        throw new Error('scores');
      },
      1000,
    );
    detector.subscribe(throwingPolicy, () => assert.fail('no list without a score'));
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', LOUD, false);
    detector.volume('b', LOUD, false);
    clock.advance(1000);
    assert.equal(calls, 2, 'still called after throwing');
    assert.deepEqual(lists, [['a'], ['a', 'b']]);
    assert.deepEqual(
      errors.map((error) => (error as Error).message),
      ['callback', 'policy', 'callback', 'policy', 'scores'],
    );
  });

  it('lets a callback unsubscribe itself while the detector is calling back', () => {
    const { detector, lists, callback } = setup('a');
    const once: string[][] = [];
    const selfRemoving = (ids: string[]): void => {
      once.push(ids);
      detector.unsubscribe(selfRemoving);
    };
    detector.subscribe(new DefaultActiveSpeakerPolicy(), selfRemoving);
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', LOUD, false);
    detector.attendeePresence('a', false);
    assert.deepEqual(once, [['a']]);
    assert.deepEqual(lists, [['a'], []]);
  });

  it('stops calling a callback that unsubscribes itself while several attendees decay at once', () => {
    const { clock, detector } = setup('a', 'b', 'c');
    const once: string[][] = [];
    const selfRemoving = (ids: string[]): void => {
      once.push(ids);
      if (once.length === 4) detector.unsubscribe(selfRemoving); // the first drop-out
    };
    detector.subscribe(new DefaultActiveSpeakerPolicy(), selfRemoving);
    detector.volume('a', LOUD, false);
    detector.volume('b', LOUD, false);
    detector.volume('a', 0.9, null); // a's policy score back to 0.1, b's to 0
    detector.volume('c', LOUD, false); // a's and b's policy scores to 0
    assert.deepEqual(once, [['a'], ['a', 'b'], ['a', 'b', 'c']]);
    clock.advance(1200); // a and b both drop out in this one tick
    assert.deepEqual(once, [['a'], ['a', 'b'], ['a', 'b', 'c'], ['b', 'c']]);
  });

  it('neither scores nor calls a subscription that an earlier callback ended', () => {
    const { detector, lists, callback } = setup('a');
    let policyCalls = 0;
    const counting: ActiveSpeakerPolicy = {
      calculateScore: () => ++policyCalls,
      prioritizeVideoSendBandwidthForActiveSpeaker: () => true,
    };
    detector.subscribe(new DefaultActiveSpeakerPolicy(), () => detector.unsubscribe(callback));
    detector.subscribe(counting, callback);
    detector.volume('a', LOUD, false);
    assert.equal(policyCalls, 0);
    assert.deepEqual(lists, []);
  });

  it('does not score an attendee that an earlier callback reported gone', () => {
    const { detector, lists, callback } = setup('a');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), () => detector.attendeePresence('a', false));
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', LOUD, false);
    assert.deepEqual(lists, [[]], 'only the leave');
  });

  it('clears every timer, subscription and attendee on dispose', () => {
    const { clock, detector, lists, callback } = setup('a');
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback, () => {}, 100);
    detector.dispose();
    assert.equal(clock.pending, 0);
    detector.volume('a', LOUD, false);
    detector.subscribe(new DefaultActiveSpeakerPolicy(), callback);
    detector.volume('a', LOUD, false);
    assert.deepEqual(lists, [], 'a is no longer present');
  });
});
