import { english, type Translation } from './translation.js';

/**
 * A language add-on carries its texts as one list, in the order of the English strings'
 * leaves, without their names: it is built for one version of the core, whose English
 * gives the names back. Row keys are names, never texts, so they are not in the list.
 */
export function flatten(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => flatten(item, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) if (key !== 'key') flatten(item, out);
  return out;
}

/** The English structure with `texts` in its leaves, in `flatten`'s order; null when the count differs. */
export function unflatten(texts: readonly unknown[]): Translation | null {
  let i = 0;
  const fill = (value: unknown): unknown =>
    typeof value === 'string'
      ? texts[i++]
      : Array.isArray(value)
        ? value.map(fill)
        : Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, key === 'key' ? item : fill(item)]));
  const out = fill(english) as Translation;
  return i === texts.length && texts.every((text) => typeof text === 'string') ? out : null;
}
