/**
 * A request path as decoded segments for the AWS-style route tables (a trailing slash is
 * ignored). `invalid` builds the API's own error for a segment that does not decode.
 */
export function pathSegments(pathname: string, invalid: (segment: string) => Error): string[] {
  const raw = pathname.split("/").slice(1);
  if (raw.length > 1 && raw[raw.length - 1] === "") raw.pop();
  return raw.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw invalid(s);
    }
  });
}
