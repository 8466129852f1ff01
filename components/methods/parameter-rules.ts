/** Method request parameters: locations and the checks a new one must pass. */

export const LOCATION: Record<string, string> = {
  path: "Path",
  querystring: "Query string",
  header: "Header",
  multivaluequerystring: "Query string (multi)",
  multivalueheader: "Header (multi)",
};
export const ORDER = ["path", "querystring", "multivaluequerystring", "header", "multivalueheader"];
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Checks a new request parameter the way the server will (names unique across locations). */
export function validateParameter(location: string, name: string, declared: Record<string, boolean>): string | undefined {
  const n = name.trim();
  if (!n) return undefined;
  if (/\s/.test(n)) return "Names cannot contain spaces.";
  if (location === "header" && !HEADER_NAME.test(n)) return "Not a valid header name.";
  for (const key of Object.keys(declared)) {
    const [, , loc, ...rest] = key.split(".");
    const other = rest.join(".");
    const same = location === "header" ? other.toLowerCase() === n.toLowerCase() : other === n;
    if (same) return loc === location ? `${n} is already declared.` : `${n} is already declared as a ${LOCATION[loc]?.toLowerCase() ?? loc} parameter: names are unique across locations.`;
  }
  return undefined;
}
