// Ending a meeting and removing an attendee through the REST API (wire protocol §10.2), as an
// official amazon-chime-sdk-js client connected to the local service sees them.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { meetingServerUrl, uniqueMeetingName } from './helpers/meeting-server.ts';
import { joinOfficialPeer, stopOfficialPeers } from './helpers/official-client.ts';
import type { OfficialPeer } from './helpers/official-client.ts';

/** The status `audioVideoDidStop` reported, failing after `timeoutMs`. */
async function stopStatus(peer: OfficialPeer, timeoutMs = 20_000): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no audioVideoDidStop')), timeoutMs);
  });
  try {
    return (await Promise.race([peer.stopped, timeout])).statusCode();
  } finally {
    clearTimeout(timer);
  }
}

async function restDelete(path: string): Promise<void> {
  const response = await fetch(`${await meetingServerUrl()}${path}`, { method: 'DELETE' });
  expect(response.status, `DELETE ${path}`).to.equal(204);
}

describe('meeting lifecycle seen by an official client', () => {
  const peers: OfficialPeer[] = [];
  afterEach(async () => {
    await stopOfficialPeers(peers);
  });

  it('DeleteMeeting stops the session with MeetingEnded', async () => {
    const alice = await joinOfficialPeer(uniqueMeetingName('end'), 'Alice');
    peers.push(alice);
    await restDelete(`/meetings/${alice.meetingId}`);
    expect(await stopStatus(alice)).to.equal(Official.MeetingSessionStatusCode.MeetingEnded);
  });

  it('DeleteAttendee stops only that session, with AudioAttendeeRemoved', async () => {
    const meeting = uniqueMeetingName('remove');
    const alice = await joinOfficialPeer(meeting, 'Alice');
    peers.push(alice);
    const bob = await joinOfficialPeer(meeting, 'Bob');
    peers.push(bob);
    await restDelete(`/meetings/${alice.meetingId}/attendees/${alice.attendeeId}`);
    expect(await stopStatus(alice)).to.equal(Official.MeetingSessionStatusCode.AudioAttendeeRemoved);
    expect(bob.done, 'Bob is still in the meeting').to.equal(false);
  });
});
