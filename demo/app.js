/* global ChimeElements */
// The demo app: everything on screen is an element of the bundle. This file only wires the page
// around them: the meeting named in the address (`?meeting=`), the People/Chat tabs with the
// chat's unread count, and the language switch.
const meeting = document.getElementById('meeting');
const params = new URLSearchParams(location.search);
if (params.get('meeting')) meeting.meeting = params.get('meeting');

// Once joined, the address names the meeting, so copying it invites someone to the same one.
meeting.addEventListener('chime-joined', () => {
  const url = new URL(location.href);
  url.searchParams.set('meeting', meeting.meeting);
  history.replaceState(null, '', url);
});

// People / Chat tabs (arrow keys move between them, as in the ARIA tabs pattern).
const tabs = [...document.querySelectorAll('[role="tab"]')];
function select(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
  }
}
for (const tab of tabs) {
  tab.addEventListener('click', () => select(tab));
  tab.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const rtl = getComputedStyle(tab).direction === 'rtl';
    const next = tabs[(tabs.indexOf(tab) + (rtl ? -step : step) + tabs.length) % tabs.length];
    next.focus();
    select(next);
  });
}
select(tabs[0]);

// The chat counts what arrives while its panel is hidden; the tab shows the count.
const chat = document.querySelector('chime-chat');
const unread = document.getElementById('unread');
function showUnread() {
  const count = chat.unread ?? 0;
  unread.hidden = count === 0;
  unread.textContent = String(count);
  unread.setAttribute('aria-label', text('unread').replace('{count}', String(count)));
}
new MutationObserver(showUnread).observe(chat, { attributes: true, attributeFilter: ['unread'] });

// Languages: the elements' English is built in, the others are the package's JSON files,
// registered when first chosen. The page's own few words are here.
const pageStrings = {
  en: { language: 'Language', panels: 'Panels', people: 'People', chat: 'Chat', unread: '{count} unread' },
  de: {
    language: 'Sprache',
    panels: 'Bereiche',
    people: 'Personen',
    chat: 'Chat',
    unread: '{count} ungelesen',
  },
  ar: {
    language: 'اللغة',
    panels: 'اللوحات',
    people: 'الأشخاص',
    chat: 'الدردشة',
    unread: '{count} غير مقروءة',
  },
};
const text = (key) => pageStrings[document.documentElement.lang]?.[key] ?? pageStrings.en[key];
const language = document.getElementById('language');
const loaded = new Set(['en']);
language.addEventListener('change', async () => {
  const lang = language.value;
  if (!loaded.has(lang)) {
    const response = await fetch(`/dist/locales/${lang}.json`);
    ChimeElements.registerTranslation(lang, await response.json());
    loaded.add(lang);
  }
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const element of document.querySelectorAll('[data-text]'))
    element.textContent = text(element.dataset.text);
  for (const element of document.querySelectorAll('[data-label]')) {
    element.setAttribute('aria-label', text(element.dataset.label));
  }
  showUnread();
});
