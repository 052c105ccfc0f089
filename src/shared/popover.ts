import { computePosition, type Middleware, type Placement, type Platform } from '@floating-ui/core';
import { shift } from '@floating-ui/dom';
import { css, type ReactiveController, type ReactiveElement } from 'lit';

/** Between the invoker and its panel, bridged by the arrow. */
const GAP = 10;
/** Floating UI's offset(GAP) for the two placements used, in 0.3 kB less of the budget. */
const gap: Middleware = { name: 'gap', fn: ({ y, placement }) => ({ y: placement.startsWith('top') ? y - GAP : y + GAP }) };

const box = (el: HTMLElement) => ({ width: el.offsetWidth, height: el.offsetHeight });

const viewport = () => {
  const { clientWidth: width, clientHeight: height } = document.documentElement;
  return { x: 0, y: 0, width, height };
};

/**
 * Floating UI's platform for an element in the top layer. The DOM platform of
 * @floating-ui/dom walks offset parents and clipping ancestors; a popover in the top layer
 * has neither (it is placed against the viewport, whatever its ancestors' overflow,
 * transform or z-index), so this one measures only what applies, and keeps 1.6 kB of the
 * gzip budget. Floating UI does the placement (@floating-ui/dom's middleware over the
 * core's computePosition); `follow` keeps it current.
 */
const topLayer: Platform = {
  getElementRects: ({ reference, floating }) => {
    const { x, y, width, height } = (reference as Element).getBoundingClientRect();
    return { reference: { x, y, width, height }, floating: { x: 0, y: 0, ...box(floating) } };
  },
  getDimensions: box,
  // A menu placed at the invoker's start lines up with its right edge in a right-to-left language.
  isRTL: (el) => getComputedStyle(el as Element).direction === 'rtl',
  getClippingRect: viewport,
  // How far the panel at (x, y) reaches past the viewport's edges less the padding: what Floating
  // UI's detectOverflow finds for it, which also walks clipping ancestors and offset parents, for
  // 0.37 kB more of the budget (left out of the build: vite.config.ts).
  detectOverflow: async ({ x, y, rects: { floating } }, options) => {
    const { width, height } = viewport();
    const pad = (options as { padding: number }).padding;
    return { top: pad - y, left: pad - x, bottom: y + floating.height - height + pad, right: x + floating.width - width + pad };
  },
};

/**
 * Places the panel, and again whenever anything could move it while open: a scroll of
 * the page or of any box around the invoker (captured), a resize of the window, a change of
 * either element's size. (Pinch zoom moves neither: the panel is fixed to the layout
 * viewport.) @floating-ui/dom's autoUpdate does the same and more (it also watches layout
 * shifts), for 1.8 kB of the budget.
 */
function follow(invoker: Element, pop: HTMLElement, place: () => void): () => void {
  const sizes = new ResizeObserver(place);
  const listen = (add: boolean) => {
    for (const type of ['scroll', 'resize']) window[add ? 'addEventListener' : 'removeEventListener'](type, place, { capture: true, passive: true });
  };
  listen(true);
  sizes.observe(invoker);
  sizes.observe(pop);
  place();
  return () => {
    sizes.disconnect();
    listen(false);
  };
}

/**
 * Keeps an element's popovers beside their invokers.
 *
 * Popovers use the Popover API (`popover="auto"` with a `popovertarget` button), so they
 * render in the top layer, where no host `overflow: hidden`, `transform` or `z-index` can
 * clip or bury them, and the browser handles Escape, outside clicks and "one open at a
 * time". This adds what the platform lacks: Floating UI placement while open (stopped
 * on close and on disconnect), `aria-expanded` on the invoker, and focus return.
 */
export class PopoverController implements ReactiveController {
  #stops = new Map<HTMLElement, () => void>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly placement: Placement = 'bottom',
  ) {
    host.addController(this);
  }

  // One listener for all of the host's popovers, caught on the way down (toggle does not bubble):
  // a listener bound on each would be a part of each tooltip's template. Added again on each
  // connect, the same listener counts once.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('toggle', this.#toggled, true);
  }

  readonly #toggled = (event: Event): void => {
    const pop = event.target as HTMLElement;
    // A <details> toggles too.
    if (!pop.popover) return;
    const root = pop.getRootNode() as ShadowRoot;
    const invoker = root.querySelector<HTMLElement>(`[popovertarget="${pop.id}"]`);
    const open = (event as ToggleEvent).newState === 'open';
    this.#stop(pop);
    invoker?.setAttribute('aria-expanded', String(open));
    if (!invoker) return;
    if (open) {
      // A tap outside closes it without the browser's light dismiss, which iOS has had bugs
      // with (WebKit 267688).
      const doc = pop.ownerDocument;
      const outside = (e: Event) => {
        const path = e.composedPath();
        if (!path.includes(pop) && !path.includes(invoker)) pop.hidePopover();
      };
      doc.addEventListener('pointerdown', outside, true);
      const placing = follow(invoker, pop, () => void this.#place(invoker, pop));
      this.#stops.set(pop, () => {
        placing();
        doc.removeEventListener('pointerdown', outside, true);
      });
    } else if (pop.contains(root.activeElement) || document.activeElement === document.body) {
      // Focus left in the closing popover (a chosen item, Escape), or dropped on <body> (Safari's
      // click focuses no button), returns to the invoker, also when this element sits in another
      // shadow root. Without scrolling: the visitor may have scrolled the invoker away (and
      // tapped the page there), or another panel opening may be what closed this one.
      invoker.focus({ preventScroll: true });
    }
  };

  hostDisconnected(): void {
    for (const pop of [...this.#stops.keys()]) this.#stop(pop);
  }

  #stop(pop: HTMLElement): void {
    this.#stops.get(pop)?.();
    this.#stops.delete(pop);
    delete pop.dataset.side;
  }

  async #place(invoker: HTMLElement, pop: HTMLElement): Promise<void> {
    // Below the invoker when the whole panel fits there, else on the side with more room (what
    // Floating UI's flip() does), by its natural height (what scrolls in it, unclipped). Where
    // neither side has room (a short window, 200% zoom) the panel takes the space there is and
    // scrolls inside: its CSS reads the limit (what Floating UI's size() does). Both for 1.2 kB
    // less of the budget. Geometry is read before anything is written: one layout, not several.
    const scroller = pop.querySelector<HTMLElement>('.scroll') ?? pop;
    const height = pop.offsetHeight + scroller.scrollHeight - scroller.clientHeight;
    const { top, bottom, left, width } = invoker.getBoundingClientRect();
    const below = document.documentElement.clientHeight - bottom;
    const side = height + GAP + 8 <= below || below >= top ? 'bottom' : 'top';
    const room = Math.max(0, (side === 'top' ? top : below) - GAP - 8);
    pop.style.setProperty('--_fit-h', `${room}px`);
    // A panel cut short scrolls, so it must be reachable by Tab (it comes right after its invoker).
    if (scroller !== pop) scroller.tabIndex = height > room ? 0 : -1;
    const { x, y, placement } = await computePosition(invoker, pop, {
      platform: topLayer,
      strategy: 'fixed',
      placement: this.placement.replace('bottom', side) as Placement,
      middleware: [gap, shift({ padding: 8 })],
    });
    if (!this.#stops.has(pop)) return;
    // Positions are set through the CSSOM, which a strict style-src CSP allows.
    pop.style.left = `${x}px`;
    pop.style.top = `${y}px`;
    pop.dataset.side = placement;
    const tip = pop.querySelector<HTMLElement>('.arrow');
    if (tip) {
      // The panel is above or below. The arrow's top-left corner points at the button's
      // centre, kept clear of the rounded corners; a square 12px wide, rotated.
      const under = placement.startsWith('bottom');
      tip.style.left = `${Math.min(Math.max(left + width / 2 - x - 6, 12), pop.offsetWidth - 24)}px`;
      tip.style.top = under ? '-7px' : '';
      tip.style.bottom = under ? '' : '-7px';
      tip.style.rotate = under ? '45deg' : '225deg';
    }
  }
}

/**
 * Shared look of a floating panel. Transparent until first placed, so it never flashes at
 * the centre; still focusable then, so a menu can take focus as it opens.
 */
export const popoverStyles = css`
  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0.875em 1em;
    max-width: min(22em, 100vw - 16px);
    max-height: var(--_fit-h, none);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
    overflow: visible;
    font-size: 0.9375em;
  }
  /* A panel holding an arrow scrolls its .scroll child, so the arrow outside it stays visible. */
  [popover]:popover-open {
    display: flex;
    flex-direction: column;
  }
  .scroll {
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  [popover]:not(:has(.arrow)) {
    overflow: auto;
  }
  [popover]:popover-open:not([data-side]) {
    opacity: 0;
  }
  .arrow {
    position: absolute;
    width: 12px;
    height: 12px;
    background: inherit;
    border: inherit;
    border-width: 1px 0 0 1px;
  }
`;
