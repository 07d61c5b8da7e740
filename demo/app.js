// Demo page logic: a form that joins <chime-meeting> with the meeting and name typed in.
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
