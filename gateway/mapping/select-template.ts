/**
 * Chooses the request template by the request's Content-Type, applying the integration's
 * passthroughBehavior as AWS documents it ("Integration passthrough behaviors").
 */
import type { CompiledIntegration } from "../deployments/compiled-stage";
import { GatewayError } from "../runtime/errors";
import type { CompiledTemplate } from "./vtl";

export type TemplateChoice = { kind: "template"; contentType: string; template: CompiledTemplate } | { kind: "passthrough" };

const unsupported = () => new GatewayError("UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type");

/** The media type of a Content-Type header, lower-cased and without parameters; JSON when absent. */
export function mediaType(contentType: string | undefined): string {
  const t = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return t || "application/json";
}

export function selectRequestTemplate(integration: CompiledIntegration, contentType: string | undefined): TemplateChoice {
  const type = mediaType(contentType);
  const template = integration.requestTemplates.get(type);
  if (template) return { kind: "template", contentType: type, template };
  switch (integration.definition.passthroughBehavior ?? "WHEN_NO_MATCH") {
    case "NEVER":
      throw unsupported();
    case "WHEN_NO_TEMPLATES":
      if (integration.requestTemplates.size > 0) throw unsupported();
      return { kind: "passthrough" };
    default:
      return { kind: "passthrough" };
  }
}
