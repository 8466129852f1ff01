/**
 * What changed between two deployment snapshots, structured for the console's deployment diff:
 * resources added and removed (by path), methods added, removed and changed (by path and verb,
 * with one entry per changed field of the method, its integration, its method and integration
 * responses), models, gateway responses, authorizers (by name), binary media types and API settings. Mapping
 * templates, model schemas and policies come with unified text-diff lines. Pure: no I/O.
 */
import type { ApiSnapshot, SnapshotMethod, SnapshotResource } from "@/gateway/model/snapshot";
import { unifiedDiff } from "./text-diff";

export type ChangeKind = "added" | "removed" | "changed";

export interface FieldChange {
  /** Readable location, e.g. `integration.requestTemplates["application/json"]`. */
  field: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  /** Unified diff lines for text (templates, schemas, policies, any multi-line string). */
  diff?: string[];
}

export interface ResourceRef {
  path: string;
  id: string;
}

export interface MethodRef {
  path: string;
  httpMethod: string;
}

export interface MethodChange extends MethodRef {
  changes: FieldChange[];
}

export interface NamedChange {
  name: string;
  changes: FieldChange[];
}

export interface CollectionDiff {
  added: string[];
  removed: string[];
  changed: NamedChange[];
}

export interface SnapshotDiff {
  identical: boolean;
  summary: {
    resourcesAdded: number;
    resourcesRemoved: number;
    methodsAdded: number;
    methodsRemoved: number;
    methodsChanged: number;
    modelsChanged: number;
    gatewayResponsesChanged: number;
    authorizersChanged: number;
    binaryMediaTypesChanged: number;
    apiSettingsChanged: number;
  };
  /** API-level settings: name, description, apiKeySource, minimumCompressionSize, policy, ... */
  api: FieldChange[];
  binaryMediaTypes: { added: string[]; removed: string[] };
  resources: { added: ResourceRef[]; removed: ResourceRef[] };
  methods: { added: MethodRef[]; removed: MethodRef[]; changed: MethodChange[] };
  models: CollectionDiff;
  gatewayResponses: CollectionDiff;
  /** Authorizers by name (ids are not shown: they never change for an authorizer). */
  authorizers: CollectionDiff;
}

// ---------------------------------------------------------------- generic value diff

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function fieldName(path: string[]): string {
  let out = "";
  for (const seg of path) out += IDENT.test(seg) ? (out ? `.${seg}` : seg) : `[${JSON.stringify(seg)}]`;
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Members whose text reads better as a diff even when it is one line (JSON documents). */
const JSON_TEXT_FIELDS = new Set(["schema", "policy"]);
/** Maps whose values are mapping templates. */
const TEMPLATE_MAPS = new Set(["requestTemplates", "responseTemplates"]);
/** Maps compared entry by entry even when one side has none (absent reads as `{}`). */
const ENTRY_MAPS = new Set([
  "requestParameters",
  "requestModels",
  "requestTemplates",
  "responseParameters",
  "responseModels",
  "responseTemplates",
  "methodResponses",
  "integrationResponses",
]);

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function textDiff(path: string[], before: string, after: string): string[] | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (JSON_TEXT_FIELDS.has(last)) return unifiedDiff(prettyJson(before), prettyJson(after));
  if ((parent && TEMPLATE_MAPS.has(parent)) || before.includes("\n") || after.includes("\n")) return unifiedDiff(before, after);
  return undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Leaf-level differences between two JSON values. A member present on one side only is one
 * "added"/"removed" change carrying the whole value (templates come with their text as "+"/"-"
 * lines); objects on both sides are compared member by member.
 */
export function diffValues(before: unknown, after: unknown, path: string[] = [], out: FieldChange[] = []): FieldChange[] {
  if (sameValue(before, after)) return out;
  if (ENTRY_MAPS.has(path[path.length - 1]) && (isPlainObject(before) || isPlainObject(after))) {
    before ??= {};
    after ??= {};
  }
  const field = fieldName(path);
  if (before === undefined) {
    const change: FieldChange = { field, kind: "added", after };
    if (typeof after === "string") {
      const d = textDiff(path, "", after);
      if (d?.length) change.diff = d;
    }
    out.push(change);
    return out;
  }
  if (after === undefined) {
    const change: FieldChange = { field, kind: "removed", before };
    if (typeof before === "string") {
      const d = textDiff(path, before, "");
      if (d?.length) change.diff = d;
    }
    out.push(change);
    return out;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) diffValues(before[k], after[k], [...path, k], out);
    return out;
  }
  const change: FieldChange = { field, kind: "changed", before, after };
  if (typeof before === "string" && typeof after === "string") {
    const d = textDiff(path, before, after);
    if (d?.length) change.diff = d;
  }
  out.push(change);
  return out;
}

// ---------------------------------------------------------------- snapshots

/** A method as compared: its AWS fields with empty maps dropped, so `{}` and absent are equal. */
function comparableMethod(m: SnapshotMethod): Record<string, unknown> {
  const { httpMethod: _verb, ...rest } = m;
  return dropEmpty(rest) as Record<string, unknown>;
}

function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    const d = dropEmpty(v);
    if (isPlainObject(d) && Object.keys(d).length === 0) continue;
    if (Array.isArray(d) && d.length === 0) continue;
    out[k] = d;
  }
  return out;
}

function byPath(resources: SnapshotResource[]): Map<string, SnapshotResource> {
  return new Map(resources.map((r) => [r.path, r]));
}

function diffCollection(before: Record<string, unknown>, after: Record<string, unknown>): CollectionDiff {
  const added = Object.keys(after).filter((k) => !(k in before)).sort();
  const removed = Object.keys(before).filter((k) => !(k in after)).sort();
  const changed: NamedChange[] = [];
  for (const name of Object.keys(after).filter((k) => k in before).sort()) {
    const changes = diffValues(dropEmpty(before[name]), dropEmpty(after[name]));
    if (changes.length) changed.push({ name, changes });
  }
  return { added, removed, changed };
}

const API_FIELDS = ["name", "description", "apiKeySource", "minimumCompressionSize", "disableExecuteApiEndpoint", "policy"] as const;

export function diffSnapshots(from: ApiSnapshot, to: ApiSnapshot): SnapshotDiff {
  // API settings (binary media types are reported on their own).
  const api: FieldChange[] = [];
  for (const f of API_FIELDS) diffValues(from.api[f], to.api[f], [f], api);

  const beforeTypes = from.api.binaryMediaTypes ?? [];
  const afterTypes = to.api.binaryMediaTypes ?? [];
  const binaryMediaTypes = {
    added: afterTypes.filter((t) => !beforeTypes.includes(t)),
    removed: beforeTypes.filter((t) => !afterTypes.includes(t)),
  };

  // Resources and methods, matched by path (and verb).
  const a = byPath(from.resources);
  const b = byPath(to.resources);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const resources = { added: [] as ResourceRef[], removed: [] as ResourceRef[] };
  const methods = { added: [] as MethodRef[], removed: [] as MethodRef[], changed: [] as MethodChange[] };
  for (const path of paths) {
    const ra = a.get(path);
    const rb = b.get(path);
    if (!ra && rb) resources.added.push({ path, id: rb.id });
    if (ra && !rb) resources.removed.push({ path, id: ra.id });
    const ma = ra?.methods ?? {};
    const mb = rb?.methods ?? {};
    for (const verb of [...new Set([...Object.keys(ma), ...Object.keys(mb)])].sort()) {
      if (!ma[verb]) methods.added.push({ path, httpMethod: verb });
      else if (!mb[verb]) methods.removed.push({ path, httpMethod: verb });
      else {
        const changes = diffValues(comparableMethod(ma[verb]), comparableMethod(mb[verb]));
        if (changes.length) methods.changed.push({ path, httpMethod: verb, changes });
      }
    }
  }

  const models = diffCollection(from.models ?? {}, to.models ?? {});
  const gatewayResponses = diffCollection(from.gatewayResponses ?? {}, to.gatewayResponses ?? {});
  const authorizers = diffCollection(authorizersByName(from), authorizersByName(to));

  const count = (c: CollectionDiff) => c.added.length + c.removed.length + c.changed.length;
  const summary = {
    resourcesAdded: resources.added.length,
    resourcesRemoved: resources.removed.length,
    methodsAdded: methods.added.length,
    methodsRemoved: methods.removed.length,
    methodsChanged: methods.changed.length,
    modelsChanged: count(models),
    gatewayResponsesChanged: count(gatewayResponses),
    authorizersChanged: count(authorizers),
    binaryMediaTypesChanged: binaryMediaTypes.added.length + binaryMediaTypes.removed.length,
    apiSettingsChanged: api.length,
  };
  return {
    identical: Object.values(summary).every((n) => n === 0),
    summary,
    api,
    binaryMediaTypes,
    resources,
    methods,
    models,
    gatewayResponses,
    authorizers,
  };
}

function authorizersByName(s: ApiSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { id: _id, name, ...rest } of Object.values(s.authorizers ?? {})) out[name] = rest;
  return out;
}
