/** Integration response selection patterns, checked and tried in the browser. */

/** A selection pattern must be a regular expression (matched against the whole status or message). */
export function patternError(pattern: string): string | undefined {
  if (!pattern) return undefined;
  try {
    new RegExp(`^(?:${pattern})$`);
    return undefined;
  } catch (err) {
    return `Not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, "")}`;
  }
}

export function patternMatches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, "s").test(value);
  } catch {
    return false;
  }
}
