import { warn } from './log.js';

/** Returns `value` when it is one of `allowed`; otherwise warns (unless it is absent) and returns `fallback`. */
export function oneOf<T extends string>(
  attr: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = value?.trim().toLowerCase();
  if (v == null || v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  warn(`${attr}="${clip(value!)}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/**
 * A space- or comma-separated list of known keys, in the order given, without repeats.
 * Unknown keys are dropped with a warning; an empty result means "use the default".
 */
export function listOf<T extends string>(attr: string, value: string | null | undefined, allowed: readonly T[]): T[] {
  const out: T[] = [];
  for (const key of (value ?? '').toLowerCase().split(/[\s,]+/)) {
    if (!key) continue;
    if ((allowed as readonly string[]).includes(key)) {
      if (!out.includes(key as T)) out.push(key as T);
    } else warn(`${attr}: unknown key "${clip(key)}" ignored (known: ${allowed.join(', ')}).`);
  }
  return out;
}

/** Keeps a hostile value from flooding the console. */
export function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
