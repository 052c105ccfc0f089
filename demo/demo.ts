// Demo only: shows the events a clinic's analytics would receive, and keeps booking
// clicks on the page (the sample booking URLs lead nowhere).
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const count = document.querySelector<HTMLElement>('#event-count')!;

const EVENTS = ['acupt-quiz-start', 'acupt-quiz-step', 'acupt-quiz-complete', 'acupt-book-click'];

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const detail = (event as CustomEvent<Record<string, unknown>>).detail;
    if (type === 'acupt-book-click') event.preventDefault();
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    item.append(name, ` ${JSON.stringify(detail)}`);
    log.prepend(item);
    count.textContent = String(log.children.length);
  });
}
