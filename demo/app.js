// Demo page logic: a form that joins <chime-meeting> with the meeting and name typed in, and a
// message when the camera cannot be started.
const form = document.getElementById('join-form');
const meeting = document.getElementById('meeting');
const error = document.getElementById('error');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  meeting.meeting = String(data.get('meeting')).trim();
  meeting.name = String(data.get('name')).trim();
  error.hidden = true;
  meeting.hidden = false;
  form.hidden = true;
  meeting.join().catch(() => {
    form.hidden = false;
  });
});

meeting.addEventListener('chime-error', (event) => {
  error.textContent = event.detail.message;
  error.hidden = false;
});

// A camera that cannot be opened (permission denied, in use, none plugged in) is said on the page.
meeting.addEventListener('chime-device-error', (event) => {
  error.textContent = `The camera could not be started (${event.detail.name}).`;
  error.hidden = false;
});

meeting.addEventListener('chime-request-video', () => {
  error.hidden = true;
});
