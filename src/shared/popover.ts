import { computePosition, flip, type Middleware, type Placement, type Platform } from '@floating-ui/core';
import { autoUpdate } from '@floating-ui/dom';
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

const box = (el: HTMLElement) => ({ width: el.offsetWidth, height: el.offsetHeight });
/** From the invoker to its panel, and from the panel to the viewport's edges, in px. */
const GAP = 10;
const EDGE = 8;

/**
 * Floating UI's platform for an element in the top layer. The DOM platform of
 * @floating-ui/dom walks offset parents and clipping ancestors; a popover in the top layer
 * has neither (it is placed against the viewport, whatever its ancestors' overflow,
 * transform or z-index), so this one measures only what applies, and keeps 1.6 kB of the
 * gzip budget. Floating UI's core does the placement (its flip(), and `gap` and `fit` below)
 * and @floating-ui/dom's autoUpdate keeps it current.
 */
const topLayer: Platform = {
  getElementRects: ({ reference, floating }) => {
    const { x, y, width, height } = (reference as Element).getBoundingClientRect();
    return { reference: { x, y, width, height }, floating: { x: 0, y: 0, ...box(floating) } };
  },
  getDimensions: box,
  getClippingRect: () => {
    const { clientWidth: width, clientHeight: height } = document.documentElement;
    return { x: 0, y: 0, width, height };
  },
};

/** Floating UI's `offset(GAP)` for a panel below or above its invoker. */
const gap: Middleware = {
  name: 'gap',
  fn: ({ x, y, placement }) => ({ x, y: placement.startsWith('top') ? y - GAP : y + GAP }),
};

/**
 * Floating UI's `shift({ padding: EDGE })` and `size({ padding: EDGE })` for a panel below or
 * above its invoker, at a fraction of their bytes (the gzip budget): where neither side has room
 * (a short window, 200% zoom), the panel takes the room on its side and scrolls inside (its CSS
 * reads these limits); it then moves sideways to stay inside the viewport.
 */
const fit: Middleware = {
  name: 'fit',
  fn: ({ x, y, placement, rects: { reference, floating }, elements }) => {
    const { clientWidth, clientHeight } = document.documentElement;
    const pop = elements.floating as HTMLElement;
    const room = placement.startsWith('top') ? reference.y : clientHeight - reference.y - reference.height;
    pop.style.setProperty('--_fit-w', `${clientWidth - 2 * EDGE}px`);
    pop.style.setProperty('--_fit-h', `${Math.max(0, room - GAP - EDGE)}px`);
    const { width, height } = box(pop);
    // A new size is measured again, and placed again from the start, as size() does.
    if (width !== floating.width || height !== floating.height) return { reset: { rects: true } };
    return { x: Math.max(EDGE, Math.min(x, clientWidth - EDGE - width)), y };
  },
};

/**
 * Keeps an element's popovers beside their invokers.
 *
 * Popovers use the Popover API (`popover="auto"` with a `popovertarget` button), so they
 * render in the top layer, where no host `overflow: hidden`, `transform` or `z-index` can
 * clip or bury them, and the browser handles Escape and "one open at a time". This adds
 * what the platform lacks: Floating UI placement while open, closing on a tap outside
 * (both stopped on close and on disconnect), `aria-expanded` on the invoker, and focus return.
 */
export class PopoverController implements ReactiveController {
  /** For each open popover: what stops its placement and its outside-tap check. */
  #stops = new Map<HTMLElement, () => void>();

  constructor(
    host: ReactiveControllerHost,
    private readonly placement: Placement = 'bottom',
  ) {
    host.addController(this);
  }

  /** Bind on each popover: `@toggle=${this.popovers.toggled}`. */
  readonly toggled = (event: Event): void => {
    const pop = event.currentTarget as HTMLElement;
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
      const placing = autoUpdate(invoker, pop, () => void this.#place(invoker, pop));
      this.#stops.set(pop, () => {
        placing();
        doc.removeEventListener('pointerdown', outside, true);
      });
    } else if (pop.contains(root.activeElement) || document.activeElement === document.body) {
      // Focus left in the closing popover (a chosen item, Escape), or dropped on <body> (a click on nothing
      // focusable), returns to the invoker, also when this element sits in another shadow root.
      invoker.focus();
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
    const { x, y, placement } = await computePosition(invoker, pop, {
      platform: topLayer,
      strategy: 'fixed',
      placement: this.placement,
      middleware: [gap, flip(), fit],
    });
    if (!this.#stops.has(pop)) return;
    // Positions are set through the CSSOM, which a strict style-src CSP allows.
    pop.style.left = `${x}px`;
    pop.style.top = `${y}px`;
    pop.dataset.side = placement;
    // A panel cut short scrolls, so it must be reachable by Tab (it comes right after its invoker).
    const scroller = pop.querySelector<HTMLElement>('.scroll');
    if (scroller) scroller.tabIndex = scroller.scrollHeight > scroller.clientHeight + 1 ? 0 : -1;
    const tip = pop.querySelector<HTMLElement>('.arrow');
    if (tip) {
      // flip() only swaps top and bottom. The arrow's top-left corner points at the button's
      // centre, kept clear of the rounded corners; a square 12px wide, rotated.
      const { x: left, width } = invoker.getBoundingClientRect();
      const below = placement.startsWith('bottom');
      tip.style.left = `${Math.min(Math.max(left + width / 2 - x - 6, 12), pop.offsetWidth - 24)}px`;
      tip.style.top = below ? '-7px' : '';
      tip.style.bottom = below ? '' : '-7px';
      tip.style.rotate = below ? '45deg' : '225deg';
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
    max-width: min(22em, var(--_fit-w, calc(100vw - 16px)));
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
