/**
 * Integration URIs: `${stageVariables.name}` and `{param}` placeholders, split into literal and
 * placeholder pieces once per deployment so a request only concatenates.
 */
type Piece = { literal: string } | { stageVariable: string } | { param: string };

export type UriTemplate = (values: { stageVariables: Record<string, string>; params: Record<string, string> }) => string;

/** Path-parameter values are percent-encoded per segment; `/` inside a greedy value survives. */
export function encodePathValue(value: string): string {
  return value.split("/").map(encodeURIComponent).join("/");
}

export function compileUriTemplate(uri: string): UriTemplate {
  const pieces: Piece[] = [];
  const re = /\$\{stageVariables\.([A-Za-z0-9_]+)\}|\{([^{}]+?)\+?\}/g;
  let last = 0;
  for (let m = re.exec(uri); m; m = re.exec(uri)) {
    if (m.index > last) pieces.push({ literal: uri.slice(last, m.index) });
    pieces.push(m[1] ? { stageVariable: m[1] } : { param: m[2] });
    last = m.index + m[0].length;
  }
  if (last < uri.length) pieces.push({ literal: uri.slice(last) });
  return ({ stageVariables, params }) => {
    let out = "";
    for (const p of pieces) {
      if ("literal" in p) out += p.literal;
      else if ("stageVariable" in p) out += stageVariables[p.stageVariable] ?? "";
      else out += encodePathValue(params[p.param] ?? "");
    }
    return out;
  };
}
