/** Checks of an HTTP integration's endpoint URL, done in the browser before saving. */
import { pathParams } from "@/components/resources/path-text";

/** `{name}` placeholders of an endpoint URL, leaving `${stageVariables.x}` alone. */
export function uriPlaceholders(uri: string): string[] {
  return [...uri.replace(/\$\{[^}]*\}/g, "").matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
}

/**
 * Checks an endpoint URL (with optional {param} placeholders and ${stageVariables.x}) against the
 * resource's path parameters and the path parameters the mappings set.
 */
export function validateEndpoint(uri: string, resourcePath: string, mappedPath: string[] = []): string | undefined {
  if (!uri.trim()) return "Enter the backend's URL, e.g. https://example.com/pets/{petId}.";
  const withoutVars = uri.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, "stagevar");
  if (/\$\{(?!stageVariables\.)/.test(uri)) return "Only ${stageVariables.name} can be substituted with ${…}.";
  if (!/^https?:\/\//i.test(withoutVars) && !/^\$\{stageVariables\./.test(uri)) return "The endpoint URL must start with http:// or https://.";
  try {
    const u = new URL(withoutVars.replace(/^stagevar/, "http://stagevar").replace(/\{[^}]*\}/g, "x"));
    if (!u.hostname) return "The endpoint URL needs a host.";
  } catch {
    return "This is not a valid URL.";
  }
  const known = new Set([...pathParams(resourcePath).map((p) => p.name), ...mappedPath]);
  for (const name of uriPlaceholders(uri)) {
    if (!known.has(name))
      return `{${name}} is not a path parameter of ${resourcePath || "this resource"}${known.size ? ` (it has ${[...known].map((k) => `{${k}}`).join(", ")})` : ""}; map integration.request.path.${name} below or use one of them.`;
  }
  return undefined;
}
