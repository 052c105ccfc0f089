type Report = (message: string) => void;
type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The same shape as `template` with every text emptied (row keys kept): a new keyed item starts so, and missing texts are counted so. */
export function blank<T>(template: T): T {
  if (typeof template === 'string') return '' as T;
  if (Array.isArray(template)) return template.map(blank) as T;
  if (isPlain(template)) return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, k === 'key' ? v : blank(v)])) as T;
  return template;
}

/**
 * Returns `base` with the valid parts of `patch` laid over it. The defaults are the schema:
 * a key they lack or a value of another type is reported with its path and ignored.
 * Arrays of `{ key }` items merge by key, and a new key adds an item.
 */
export function merge<T>(base: T, patch: unknown, path: string, report: Report): T {
  if (patch === undefined) return base;
  if (typeof base === 'string') {
    if (typeof patch === 'string') return patch as T;
  } else if (Array.isArray(base)) {
    if (Array.isArray(patch)) return mergeList(base, patch, path, report) as T;
  } else if (isPlain(base)) {
    if (isPlain(patch)) {
      const out: Plain = { ...base };
      for (const [key, value] of Object.entries(patch)) {
        if (Object.hasOwn(base, key)) out[key] = merge(base[key], value, join(path, key), report);
        else report(`${join(path, key)}: unknown key`);
      }
      return out as T;
    }
  }
  report(`${path || 'overrides'}: expected ${Array.isArray(base) ? 'array' : isPlain(base) ? 'object' : typeof base}`);
  return base;
}

function mergeList(base: unknown[], patch: unknown[], path: string, report: Report): unknown[] {
  const [first] = base;
  if (!isPlain(first)) {
    const ok = patch.every((item, i) => typeof item === 'string' || (report(`${path}[${i}]: expected string`), false));
    return ok ? patch : base;
  }
  const out = [...base] as Plain[];
  patch.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isPlain(item) || typeof item.key !== 'string' || !item.key) {
      report(`${at}.key: expected string`);
      return;
    }
    const index = out.findIndex((existing) => existing.key === item.key);
    const merged = merge(index < 0 ? { ...blank(first), key: item.key } : out[index], item, at, report);
    if (index < 0) out.push(merged);
    else out[index] = merged;
  });
  return out;
}

/**
 * A top-level key of an override document that holds an object where the texts hold none
 * (`"es": {…}`, `"pl": {…}`, even `"pt": {…}` beside the string `pt`) is a language section.
 */
export const sectionsOf = (doc: unknown, texts: object): [string, Plain][] =>
  isPlain(doc) ? (Object.entries(doc).filter(([key, value]) => isPlain(value) && !isPlain((texts as Plain)[key])) as [string, Plain][]) : [];

/**
 * Applies a content-override document to `texts`, the element's texts in `lang`: keys at the
 * top level apply to every language, a language section to the languages it names
 * (`applies`). Every section is checked against the same schema, so a mistake in a language
 * not shown is still reported.
 */
export function applyOverrides<T extends object>(texts: T, doc: unknown, applies: (section: string) => boolean, report: Report): T {
  if (doc === undefined) return texts;
  if (!isPlain(doc)) {
    report('overrides: expected object');
    return texts;
  }
  const sections = sectionsOf(doc, texts);
  // Own keys only, `__proto__` included, so that one too is reported as unknown.
  const shared = Object.fromEntries(Object.entries(doc).filter(([key]) => !sections.some(([name]) => name === key)));
  let out = merge(texts, shared, '', report);
  for (const [name, section] of sections) {
    const merged = merge(applies(name) ? out : texts, section, name, report);
    if (applies(name)) out = merged;
  }
  return out;
}
