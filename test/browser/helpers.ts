import { fixture as mount } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Collects `console.warn` lines until `restore()`; tests assert on what a webmaster would read. */
export function captureWarnings() {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return {
    lines,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Adds a `<script src>` to `doc` as a site would, resolving once it ran: a classic script, or
 * for TypeScript source (the widget's `/src/index.ts`) a module. The widget's classic script
 * registers each element in a task of its own after it has run: for it, once they all are.
 */
export function loadScript(src: string, data: Record<string, string> = {}, doc: Document = document): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    if (src.endsWith('.ts')) script.type = 'module';
    script.src = src;
    for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
    const registry = doc.defaultView!.customElements;
    const defined = () => Promise.all(['acupt-book', 'acupt-quiz', 'acupt-compare'].map((tag) => registry.whenDefined(tag)));
    script.onload = () => (/\/acupt-widget\.js$/.test(src) ? defined() : Promise.resolve()).then(() => resolve(script));
    script.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.append(script);
  });
}

/** Two animation frames of the window that holds `node` (this page's by default). */
export function frame(node: Node = document): Promise<void> {
  const win = (node.ownerDocument ?? (node as Document)).defaultView ?? window;
  return new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => r())));
}

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running the suite; `webkit` is WebKitGTK, Safari's engine. */
export function engine(): Engine {
  const agent = navigator.userAgent;
  return agent.includes('Firefox/') ? 'firefox' : agent.includes('Chrome/') ? 'chromium' : 'webkit';
}

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Every acupt element of a document, including those inside other elements' shadow roots. */
export function widgets(root: Document | ShadowRoot): Widget[] {
  const found: Widget[] = [];
  for (const el of root.querySelectorAll<Widget>('*')) {
    if (el.localName.startsWith('acupt-')) found.push(el);
    if (el.shadowRoot) found.push(...widgets(el.shadowRoot));
  }
  return found;
}

/**
 * Waits until every acupt element of the document is registered (the classic script does it
 * in tasks after its own) and has rendered (nested ones too), then a frame.
 */
export async function settled(doc: Document = document): Promise<void> {
  const registry = doc.defaultView!.customElements;
  for (let seen = -1; seen !== widgets(doc).length; ) {
    seen = widgets(doc).length;
    await Promise.all(widgets(doc).map((el) => registry.whenDefined(el.localName)));
    await Promise.all(widgets(doc).map((el) => el.updateComplete));
  }
  await frame(doc);
}

/**
 * open-wc's `fixture`, which waits for the outer element only, then for every element of the
 * widget on the page (a first render may take several tasks) and a frame.
 */
export async function fixture<T extends Element>(template: Parameters<typeof mount>[0]): Promise<T> {
  const el = await mount<T>(template);
  await settled();
  return el;
}

/** A rect in the top page's coordinates, for an element in this page or in a (border-less) iframe. */
export function onScreen(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  const host = el.ownerDocument.defaultView!.frameElement;
  if (!host) return r;
  const f = onScreen(host);
  return new DOMRect(r.x + f.x, r.y + f.y, r.width, r.height);
}

/** Whether the centre of an element, where a click lands, is inside its own window and this page's. */
function inView(el: Element): boolean {
  const inside = (r: DOMRect, win: Window) => {
    const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
    return x >= 0 && y >= 0 && x < win.innerWidth && y < win.innerHeight;
  };
  return inside(el.getBoundingClientRect(), el.ownerDocument.defaultView!) && inside(onScreen(el), window);
}

/**
 * A real mouse click at the centre of an element, scrolled to the middle of the window first
 * (Firefox refuses a pointer outside the viewport). Keys in `hold` (`['Control']`) are held
 * down during the click.
 */
export async function click(el: Element, hold: string[] = []): Promise<void> {
  // Firefox may drop a scroll that races the one of a focus (the quiz focuses each new
  // screen's heading): scroll again until it holds.
  for (let i = 0; i < 10 && (!i || !inView(el)); i++) {
    el.scrollIntoView({ block: 'center' });
    await frame(el);
  }
  const r = onScreen(el);
  const position: [number, number] = [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  if (hold.length) await executeServerCommand('chord', { keys: hold, click: position });
  else await sendMouse({ type: 'click', position });
  await frame(el);
}

/**
 * Presses a key as a visitor does, `times` times, then lets the page render. `Shift+Tab` holds
 * Shift, through the `chord` command of web-test-runner.config.mjs (WebDriver cannot hold a key
 * from one command to the next); `Space` is sent as " ", the name every driver knows.
 */
export async function press(key: string, times = 1): Promise<void> {
  const keys = key.split('+').map((name) => (name === 'Space' ? ' ' : name));
  for (let i = 0; i < times; i++) {
    if (keys.length > 1) await executeServerCommand('chord', { keys });
    else await sendKeys({ press: keys[0]! });
  }
  await frame();
}

/**
 * The popover's next `toggle` (its new state, `open` or `closed`). The widget reacts to it
 * (`aria-expanded`, focus return), and Firefox may fire it later than two frames after the
 * key or click that caused it: take the promise before that key or click, await it after.
 */
export const toggled = (pop: HTMLElement) =>
  new Promise<string>((resolve) => pop.addEventListener('toggle', (e) => resolve((e as ToggleEvent).newState), { once: true }));

type Listened = 'window' | 'document' | 'visualViewport';
type Counts = Record<string, number>;
let listeners: Record<Listened, Counts> | undefined;

/**
 * The event listeners on window, document and visualViewport (where autoUpdate and the outside-tap
 * check of the popovers listen), by type: those added and not yet removed since the first call,
 * which starts counting. Any engine; in Chromium the DevTools Protocol counts them too.
 */
export function listening(): Record<Listened, Counts> {
  if (!listeners) {
    listeners = { window: {}, document: {}, visualViewport: {} };
    const targets = { window, document, visualViewport: window.visualViewport };
    for (const name of Object.keys(listeners) as Listened[]) if (targets[name]) count(targets[name], listeners[name]);
  }
  return structuredClone(listeners);
}

/** Keeps `counts` of the listeners on `target`: one per type, callback and capture, as the platform has them. */
function count(target: EventTarget, counts: Counts): void {
  const { addEventListener: add, removeEventListener: remove } = target;
  const live = new Map<EventListenerOrEventListenerObject, Set<string>>();
  const key = (type: string, options?: boolean | EventListenerOptions) =>
    `${type} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  target.addEventListener = function (this: EventTarget, type, listener, options) {
    const keys = (listener && live.get(listener)) || new Set<string>();
    if (listener && !keys.has(key(type, options))) {
      keys.add(key(type, options));
      live.set(listener, keys);
      counts[type] = (counts[type] ?? 0) + 1;
    }
    add.call(this, type, listener, options);
  };
  target.removeEventListener = function (this: EventTarget, type, listener, options) {
    const keys = listener && live.get(listener);
    if (keys && keys.delete(key(type, options))) {
      if (!--counts[type]!) delete counts[type];
      if (!keys.size) live.delete(listener!);
    }
    remove.call(this, type, listener, options);
  };
}

export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/**
 * Loads a same-origin page into a border-less iframe of `width` × `height` px, fixed at the top
 * left of this page (so the mouse reaches all of it), and waits for it. With `colorScheme` on
 * the iframe, the page inside prefers that scheme in Chromium and Firefox (not in WebKitGTK).
 */
export async function openFrame(src: string, width: number, height: number, colorScheme = 'normal'): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; left: 0; top: 0; z-index: 1; width: ${width}px; height: ${height}px; border: 0; margin: 0; color-scheme: ${colorScheme}`;
  frame.src = src;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame['win'];
  return { frame, win, doc: win.document };
}

/**
 * A window of `width` × `height` px — a phone, a short window, 200% zoom — in every engine: an
 * iframe (WebKitGTK's own window is never narrower than 447 px) whose page runs `script`, the
 * widget's source by default or the built bundle, with `html` as its body once rendered.
 */
export async function viewport(
  width: number,
  height: number,
  { html = '', script = '/src/index.ts', colorScheme = 'normal' } = {},
): Promise<Frame> {
  const opened = await openFrame('/test/browser/fixtures/frame.html', width, height, colorScheme);
  // A frame left over would cover the page for the tests after this one.
  await loadScript(script, {}, opened.doc).catch((error) => {
    opened.frame.remove();
    throw error;
  });
  opened.doc.body.innerHTML = html;
  await settled(opened.doc);
  return opened;
}

/**
 * Every rule axe runs by default (WCAG 2.0–2.2 A and AA, best practices), plus WCAG 2.2's
 * target size (2.5.8), which axe leaves off by default. AAA and experimental rules are not run.
 */
const AXE: RunOptions = { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } };

/**
 * axe's violations on `el` (its whole shadow tree, open popovers included), one line each. axe
 * checks the document it was loaded into, so it runs in `el`'s window, loaded there on first use.
 */
export async function violations(el: Element): Promise<string[]> {
  const win = el.ownerDocument.defaultView!;
  if (!win.axe) await loadScript('/node_modules/axe-core/axe.min.js', {}, el.ownerDocument);
  const { violations } = await win.axe!.run(el, AXE);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

const ink = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour as sRGB bytes, by painting one pixel. */
export function rgb(color: string): [number, number, number] {
  ink.clearRect(0, 0, 1, 1);
  ink.fillStyle = '#000';
  ink.fillStyle = color;
  ink.fillRect(0, 0, 1, 1);
  const [r, g, b] = ink.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 contrast ratio between two CSS colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every element in `el`'s shadow tree, and in the shadow trees of the elements inside it. */
export function deep(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return out;
}
