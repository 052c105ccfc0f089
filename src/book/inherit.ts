/** The part of an element a book reads its inherited settings from. */
export interface SettingSource {
  localName: string;
  getAttribute(name: string): string | null;
}

/**
 * The `<acupt-quiz>` whose shadow root holds `node` (the quiz renders a book in its
 * result), else null. Only the quiz's own attributes are inherited: a book placed in
 * any other component's shadow root stays independent of it.
 */
export function enclosingQuiz(node: { getRootNode(): object }): SettingSource | null {
  const host = (node.getRootNode() as { host?: SettingSource }).host;
  return host?.localName === 'acupt-quiz' ? host : null;
}
