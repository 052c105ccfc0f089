import { listOf } from '../shared/attrs.js';

export const COLUMNS = ['acupuncture', 'pt', 'both'] as const;
export type Column = (typeof COLUMNS)[number];

/** The keys an attribute lists, in its order; every known key when it lists none that is known. */
export function choose<T extends string>(attr: string, value: string | undefined, known: readonly T[]): T[] {
  const list = listOf(attr, value, known);
  return list.length ? list : [...known];
}
