// Data messages kept for attendees who join later, between official amazon-chime-sdk-js
// clients: A sends with a lifetime before B joins, and B receives it once it has joined.
import { expect } from '@open-wc/testing';
import type * as Official from '../official-client/amazon-chime-sdk.js';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import { joinOfficialPeer, peersStoppedAfterEach } from './helpers/official-client.ts';

describe('data messages with a lifetime (official client)', () => {
  const { peers } = peersStoppedAfterEach();

  it('reaches an attendee who joins after it was sent, with its sender and ingest time', async () => {
    const meeting = uniqueMeetingName('kept-data');
    const sent: Official.DataMessage[] = [];
    const alice = await joinOfficialPeer(meeting, 'Alice', (peer) =>
      peer.session.audioVideo.realtimeSubscribeToReceiveDataMessage('notes', (message) => sent.push(message)),
    );
    peers.push(alice);
    alice.session.audioVideo.realtimeSendDataMessage('notes', 'kept for later', 10_000);
    alice.session.audioVideo.realtimeSendDataMessage('notes', 'not kept');
    await waitFor(() => sent.length === 2, 'both messages back at Alice');

    const received: Official.DataMessage[] = [];
    const bob = await joinOfficialPeer(meeting, 'Bob', (peer) =>
      peer.session.audioVideo.realtimeSubscribeToReceiveDataMessage('notes', (message) =>
        received.push(message),
      ),
    );
    peers.push(bob);
    await waitFor(() => received.length > 0, 'the kept message at Bob');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.map((message) => message.text())).to.deep.equal(['kept for later']);
    const [message] = received as [Official.DataMessage];
    expect(message.topic).to.equal('notes');
    expect(message.senderAttendeeId).to.equal(alice.attendeeId);
    expect(message.senderExternalUserId).to.equal(sent[0]!.senderExternalUserId);
    expect(message.throttled).to.equal(false);
    expect(message.timestampMs).to.equal(sent[0]!.timestampMs);
  });
});
