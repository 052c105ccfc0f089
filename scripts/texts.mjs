import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url).pathname;

/**
 * A translation module's texts, in the order of the English strings (src/i18n/pack.ts):
 * what the core's Spanish and each language add-on ship instead of named objects.
 */
export async function texts(file) {
  const { flatten } = (await runnerImport(`${root}src/i18n/pack.ts`)).module;
  return flatten((await runnerImport(file)).module.default);
}
