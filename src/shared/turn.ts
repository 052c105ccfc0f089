/**
 * Resolves in a task of its own, after the tasks of every earlier call: registering each
 * element and each stage of its first render gets a task to itself, so the page's main
 * thread is never held long (PageSpeed's Total Blocking Time). While the page is still
 * parsing, the first waits for the end of it — an element's content (its JSON overrides)
 * is then all there — and then for a task of its own: the parser's last task lays out the
 * whole page.
 */
let turns = Promise.resolve();
export const turn = (): Promise<void> =>
  (turns = turns.then(
    () =>
      new Promise<void>((resolve) => {
        const next = () => {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => resolve(port1.close());
          port2.postMessage(0);
        };
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', next, { once: true });
        else next();
      }),
  ));
