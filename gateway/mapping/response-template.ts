import type { CompiledTemplate } from "./vtl";

/**
 * The response template for a client's Accept header: an exact media-type match, else
 * application/json, else the first one defined (AWS's documented fallback order).
 */
export function selectResponseTemplate(templates: Map<string, CompiledTemplate>, accept: string | undefined): [string, CompiledTemplate] | undefined {
  if (templates.size === 0) return undefined;
  for (const part of (accept ?? "").split(",")) {
    const type = part.split(";")[0].trim().toLowerCase();
    const t = type && templates.get(type);
    if (t) return [type, t];
  }
  const json = templates.get("application/json");
  if (json) return ["application/json", json];
  return templates.entries().next().value;
}
