import type { SourceKey } from '../content/sources.js';
import { listOf } from '../shared/attrs.js';

export const COLUMNS = ['acupuncture', 'pt', 'both'] as const;
export type Column = (typeof COLUMNS)[number];

/** The keys an attribute lists, in its order; every known key when it lists none that is known. */
export function choose<T extends string>(attr: string, value: string | undefined, known: readonly T[]): T[] {
  const list = listOf(attr, value, known);
  return list.length ? list : [...known];
}

/**
 * The studies behind each default row, the same in every language: named briefly in the
 * row's tooltip and cited in full under "Sources". Rows a page adds cite nothing.
 */
const ROW_SOURCES: Record<string, readonly SourceKey[]> = {
  pain: ['cochraneAcu2020', 'cochraneEx2021'],
  cause: ['cochraneEx2021'],
  session: ['trials'],
  recovery: ['cochraneEx2021', 'cochraneAcu2020'],
  risks: ['safety2021'],
  insurance: ['medicare'],
  evidence: ['acp2017', 'nice2016', 'cochraneAcu2020', 'cochraneEx2021'],
};

export const SHORT_NAMES: Partial<Record<SourceKey, string>> = {
  acp2017: 'ACP 2017',
  nice2016: 'NICE NG59',
  cochraneAcu2020: 'Cochrane 2020',
  cochraneEx2021: 'Cochrane 2021',
  medicare: 'Medicare NCD 30.3.3',
  trials: 'Cherkin 2009, Haake 2007',
  safety2021: 'Bäumler 2021',
};

/** A row's sources; own keys only, so a row keyed "constructor" cites nothing. */
export const sourcesOf = (row: string): readonly SourceKey[] => (Object.hasOwn(ROW_SOURCES, row) ? ROW_SOURCES[row]! : []);

/** Every source the given rows cite, once each, in the order first cited. */
export const citedSources = (rows: readonly string[]): SourceKey[] => [...new Set(rows.flatMap(sourcesOf))];
