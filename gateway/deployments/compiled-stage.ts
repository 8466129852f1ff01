/**
 * A stage compiled for serving: its router, and per method everything that can be prepared
 * once per deployment (templates parsed, selection patterns as RegExps, sorted responses).
 * Requests then only look things up.
 */
import type { Integration, IntegrationResponse } from "../model/api-types";
import type { ApiSnapshot, SnapshotMethod, SnapshotResource, StageSnapshot } from "../model/snapshot";
import { compileTemplate, type CompiledTemplate } from "../mapping/vtl";
import { ResourceRouter } from "../router/resource-router";
import { binaryTypeMatcher, type BinaryTypeMatcher } from "../mapping/content-handling";
import { compileMappings, type CompiledMapping } from "../mapping/parameters";
import { compileUriTemplate, type UriTemplate } from "../mapping/uri-template";
import { methodSettingsResolver, stageWideSettings, type EffectiveMethodSettings } from "./method-settings";
import { compileAuthorizers, type CompiledAuthorizer } from "../authorizers/compile-authorizer";

export interface CompiledIntegrationResponse {
  response: IntegrationResponse;
  /** null for the default response (no selection pattern). */
  pattern: RegExp | null;
  templates: Map<string, CompiledTemplate>;
  mappings: CompiledMapping[];
}

export interface CompiledIntegration {
  definition: Integration;
  requestTemplates: Map<string, CompiledTemplate>;
  requestMappings: CompiledMapping[];
  uri: UriTemplate;
  /** Set when part of the integration could not be compiled: requests to it fail with a 500. */
  configError?: string;
  /** Responses with a selection pattern, in a stable order, then the default one. */
  responses: CompiledIntegrationResponse[];
  defaultResponse?: CompiledIntegrationResponse;
}

export interface CompiledMethod {
  resource: SnapshotResource;
  method: SnapshotMethod;
  integration?: CompiledIntegration;
}

export interface CompiledResource {
  resource: SnapshotResource;
  /** Verb → method; "ANY" is the fallback. */
  methods: Map<string, CompiledMethod>;
}

/** Everything compiled from one deployment snapshot; shared by every stage that serves it. */
export interface CompiledGatewayResponse {
  statusCode?: number;
  mappings: CompiledMapping[];
  templates: Map<string, CompiledTemplate>;
}

export interface CompiledDeployment {
  isBinaryType: BinaryTypeMatcher;
  /** Customized gateway responses by type (DEFAULT_4XX/DEFAULT_5XX apply to their family). */
  gatewayResponses: Map<string, CompiledGatewayResponse>;
  router: ResourceRouter<CompiledResource>;
  resourcesById: Map<string, CompiledResource>;
  /** The deployment's authorizers by id (identity sources parsed, validation compiled). */
  authorizers: Map<string, CompiledAuthorizer>;
  problems: StageCompileProblem[];
}

export interface CompiledStage extends CompiledDeployment {
  source: StageSnapshot;
  /** The stage's method settings for a method (every method resolved at stage load). */
  settingsFor(method: CompiledMethod): EffectiveMethodSettings;
  /** The stage-wide settings: a request that matches no method is logged under them. */
  stageWideSettings: EffectiveMethodSettings;
  /** The canary: its own compiled deployment and variables (stage's plus overrides). */
  canary?: { percentTraffic: number; stage: CompiledStage };
}

/** Problems found while compiling (e.g. a template that does not parse); served as 500s. */
export class StageCompileProblem {
  constructor(readonly where: string, readonly message: string) {}
}

function brokenTemplate(source: string, error: Error): CompiledTemplate {
  return {
    source,
    render() {
      throw error;
    },
  };
}

function compileTemplates(templates: Record<string, string> | undefined, where: string, problems: StageCompileProblem[]) {
  const out = new Map<string, CompiledTemplate>();
  for (const [contentType, source] of Object.entries(templates ?? {})) {
    try {
      out.set(contentType.toLowerCase(), compileTemplate(source ?? ""));
    } catch (err) {
      // Served as AWS serves a template that fails: a 500 for this method only, with the
      // error in the execution log. The rest of the stage keeps working.
      problems.push(new StageCompileProblem(`${where} template ${contentType}`, (err as Error).message));
      out.set(contentType.toLowerCase(), brokenTemplate(source ?? "", err as Error));
    }
  }
  return out;
}

function mappingsOf(params: Record<string, string> | undefined, kind: "request" | "response" | "gateway", where: string, problems: StageCompileProblem[]): CompiledMapping[] {
  try {
    return compileMappings(params, kind);
  } catch (err) {
    problems.push(new StageCompileProblem(where, (err as Error).message));
    return [];
  }
}

function compileIntegration(integration: Integration, where: string, problems: StageCompileProblem[]): CompiledIntegration {
  const before = problems.length;
  const responses: CompiledIntegrationResponse[] = [];
  let defaultResponse: CompiledIntegrationResponse | undefined;
  const entries = Object.values(integration.integrationResponses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode));
  for (const response of entries) {
    const templates = compileTemplates(response.responseTemplates, `${where} integration response ${response.statusCode}`, problems);
    const mappings = mappingsOf(response.responseParameters, "response", `${where} integration response ${response.statusCode}`, problems);
    if (!response.selectionPattern) {
      defaultResponse = { response, pattern: null, templates, mappings };
      continue;
    }
    let pattern: RegExp;
    try {
      // AWS matches the whole string (Java's Pattern.matches), with `.` not matching newlines.
      pattern = new RegExp(`^(?:${response.selectionPattern})$`);
    } catch (err) {
      problems.push(new StageCompileProblem(`${where} selection pattern ${response.selectionPattern}`, (err as Error).message));
      continue;
    }
    responses.push({ response, pattern, templates, mappings });
  }
  const requestTemplates = compileTemplates(integration.requestTemplates, `${where} integration request`, problems);
  const requestMappings = mappingsOf(integration.requestParameters, "request", `${where} integration request`, problems);
  const mine = problems.slice(before).filter((p) => !p.where.includes(" template "));
  return {
    definition: integration,
    requestTemplates,
    requestMappings,
    uri: compileUriTemplate(integration.uri ?? ""),
    responses,
    defaultResponse,
    configError: mine.length ? mine.map((p) => `${p.where}: ${p.message}`).join("; ") : undefined,
  };
}

export function compileDeployment(snapshot: ApiSnapshot): CompiledDeployment {
  const problems: StageCompileProblem[] = [];
  const resourcesById = new Map<string, CompiledResource>();
  for (const resource of snapshot.resources) {
    const methods = new Map<string, CompiledMethod>();
    for (const [verb, method] of Object.entries(resource.methods)) {
      const where = `${verb} ${resource.path}`;
      methods.set(verb, {
        resource,
        method,
        integration: method.integration ? compileIntegration(method.integration, where, problems) : undefined,
      });
    }
    resourcesById.set(resource.id, { resource, methods });
  }
  const router = new ResourceRouter([...resourcesById.values()].map((r) => ({ path: r.resource.path, value: r })));
  const gatewayResponses = new Map<string, CompiledGatewayResponse>();
  for (const [type, r] of Object.entries(snapshot.gatewayResponses ?? {})) {
    gatewayResponses.set(type, {
      statusCode: r.statusCode ? Number(r.statusCode) : undefined,
      mappings: mappingsOf(r.responseParameters, "gateway", `gateway response ${type}`, problems),
      templates: compileTemplates(r.responseTemplates, `gateway response ${type}`, problems),
    });
  }
  const authorizers = compileAuthorizers(snapshot.authorizers);
  for (const [id, a] of authorizers) if (a.configError) problems.push(new StageCompileProblem(`authorizer ${id}`, a.configError));
  return { router, resourcesById, authorizers, problems, gatewayResponses, isBinaryType: binaryTypeMatcher(snapshot.api.binaryMediaTypes ?? []) };
}

export function compileStage(source: StageSnapshot, deployment = compileDeployment(source.snapshot)): CompiledStage {
  const resolve = methodSettingsResolver(source.methodSettings);
  const resolveMethod = (m: CompiledMethod) => resolve(m.resource.path, m.method.httpMethod);
  // Resolved here, at stage load: a request's lookup is one Map.get by the routed method.
  const settings = new Map<CompiledMethod, EffectiveMethodSettings>();
  for (const r of deployment.resourcesById.values()) for (const m of r.methods.values()) settings.set(m, resolveMethod(m));
  return {
    ...deployment,
    source,
    settingsFor: (m) => settings.get(m) ?? resolveMethod(m),
    stageWideSettings: stageWideSettings(source.methodSettings),
  };
}

/** The method serving `verb` on a resource: the exact verb, else ANY. */
export function methodFor(resource: CompiledResource, verb: string): CompiledMethod | undefined {
  return resource.methods.get(verb) ?? resource.methods.get("ANY");
}
