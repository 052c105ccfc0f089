/**
 * Runs `job` in a task after the page's: registering each element and each stage of a first
 * render is one job, and the jobs run in turn, as many to a task as fit in `SLICE` ms, so that
 * the page's main thread is never held long (PageSpeed's Total Blocking Time: a task over 50 ms
 * of a phone 4× slower than this one) and many small elements do not pay a task each. While the
 * page is still parsing, the first waits for the end of it — an element's content (its JSON
 * overrides) is then all there — and then for a task of its own: the parser's last task lays
 * out the whole page.
 */
export function turn(job: () => void): void {
  jobs.push(job);
  // The same listener is added once, however often asked.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', post, { once: true });
  else post();
}

// Small, as a job's length is not known before it runs: one that takes 10 ms on a cold phone, started
// after 3 ms of small ones, made a task of 13 ms (Lighthouse's traces: 4 × 13 ms is a long task).
const SLICE = 1;
const jobs: (() => void)[] = [];
const channel = new MessageChannel();
let posted = false;

function post(): void {
  if (!posted) channel.port2.postMessage((posted = true));
}

channel.port1.onmessage = () => {
  posted = false;
  const start = performance.now();
  // A job that throws is reported as any error is; the jobs after it still run.
  try {
    while (jobs.length && performance.now() - start < SLICE) jobs.shift()!();
  } finally {
    if (jobs.length) post();
  }
};
