/**
 * Sets up, one to a job given to `later`, the fonts the elements are about to lay their text out
 * in: the type scale of base.styles.ts (text and its bold, the fine print, bold headings; 1rem kept
 * within 15–20px) in the page's font family. A size or weight the page has not used yet is a font
 * the browser loads and prepares on the page's main thread at its first layout — 1.5 to 5 ms each
 * on the bench's machine, four times that on PageSpeed's simulated phone — and the elements' first
 * frames would pay for all of them at once. Measuring a letter on a canvas that is never added to
 * the page prepares the same font in a small task of its own; the canvas and the page's style
 * (which reading it may have to compute) are a job of their own first.
 */
export function warmFonts(later: (job: () => void) => void): void {
  let context: CanvasRenderingContext2D;
  let rem: number;
  let family: string;
  later(() => {
    context = document.createElement('canvas').getContext('2d')!;
    rem = Math.min(20, Math.max(15, parseFloat(getComputedStyle(document.documentElement).fontSize)));
    family = getComputedStyle(document.body).fontFamily;
  });
  for (const [weight, size] of [[700, 1], [400, 1], [400, 0.875], [700, 1.5]]) {
    later(() => {
      context.font = `${weight} ${rem * size}px ${family}`;
      context.measureText('a');
    });
  }
}
