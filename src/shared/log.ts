const said = new Set<string>();

/**
 * Warns in the console once per distinct message, so fifty tables sharing one bad
 * page-wide setting print one line, not fifty.
 */
export function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[acupt-widget] ${message}`);
}
