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

/** Adds a classic `<script src>` as a site would, resolving once it ran. */
export function loadScript(src: string, data: Record<string, string> = {}): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
    script.onload = () => resolve(script);
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

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
