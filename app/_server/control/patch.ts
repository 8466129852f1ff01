/**
 * AWS `patchOperations` (a JSON-Patch dialect): parsing, the op enum check AWS reports as a
 * ValidationException, JSON-pointer unescaping (`~1` is "/", `~0` is "~") and the common errors.
 */
import "server-only";
import { z } from "zod";
import { badRequest } from "../errors";
import { parseInput, validationError } from "./http";

export const PATCH_OPS = ["add", "remove", "move", "test", "replace", "copy"] as const;
export type PatchOp = (typeof PATCH_OPS)[number];

export interface PatchOperation {
  op: PatchOp;
  path: string;
  value?: string;
  from?: string;
}

const RawPatchBody = z.object({
  patchOperations: z
    .array(
      z.object({
        op: z.string().optional(),
        path: z.string().optional(),
        value: z.string().nullish(),
        from: z.string().nullish(),
      }),
    )
    .nullish(),
});

/**
 * The patch operations of an Update* request. `inputName` is AWS's name for the request shape in
 * validation messages, e.g. "updateStageInput".
 */
export function parsePatchOperations(body: unknown, inputName: string): PatchOperation[] {
  const raw = parseInput(RawPatchBody, body).patchOperations ?? [];
  const problems = raw.flatMap((op, i) =>
    PATCH_OPS.includes(op.op as PatchOp)
      ? []
      : [
          {
            value: op.op,
            at: `${inputName}.patchOperations.${i + 1}.member.op`,
            constraint: `Member must satisfy enum value set: [${PATCH_OPS.join(", ")}]`,
          },
        ],
  );
  if (problems.length) throw validationError(problems);
  return raw.map((op) => ({
    op: op.op as PatchOp,
    path: op.path ?? "",
    value: op.value ?? undefined,
    from: op.from ?? undefined,
  }));
}

/** Decodes one JSON-pointer segment. */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export const invalidPatchPath = (path: string | undefined) => badRequest(`Invalid patch path ${path ? path : "null"}`);

export const onlyReplace = () => badRequest("Invalid patch operation specified. Must be one of: [replace]");

export const onlyReplaceOrRemove = () => badRequest("Invalid patch operation specified. Must be one of: [replace, remove]");

/**
 * AWS sends every patch value as a string; booleans are read as Java's Boolean.parseBoolean does
 * ("true" in any case is true, anything else false), which is what AWS answers.
 */
export function patchBoolean(value: string | undefined, _path?: string): boolean {
  return (value ?? "").trim().toLowerCase() === "true";
}

export function patchInteger(value: string | undefined, path: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isInteger(n)) {
    throw badRequest(`Invalid patch value specified for ${path}: expected a whole number, got ${value ?? "null"}`);
  }
  return n;
}

export function patchNumber(value: string | undefined, path: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(n)) {
    throw badRequest(`Invalid patch value specified for ${path}: expected a number, got ${value ?? "null"}`);
  }
  return n;
}

/**
 * Splits `/prefix/rest` where `rest` is one JSON-pointer segment (e.g. `/requestModels/application~1json`).
 * Returns undefined when the path does not have exactly that form.
 */
export function mapEntryPath(path: string, prefix: string): string | undefined {
  const head = `/${prefix}/`;
  if (!path.startsWith(head)) return undefined;
  const rest = path.slice(head.length);
  if (rest === "" || rest.includes("/")) return undefined;
  return unescapePointer(rest);
}

/** Applies add/replace/remove of one entry of a string-keyed map. */
export function patchMapEntry<V>(
  map: Record<string, V>,
  op: PatchOp,
  key: string,
  value: V | undefined,
  path: string,
): Record<string, V> {
  const next = { ...map };
  if (op === "add" || op === "replace") {
    if (value === undefined) throw badRequest(`Invalid null or empty value in ${path}`);
    next[key] = value;
  } else if (op === "remove") {
    delete next[key];
  } else {
    throw badRequest(`Invalid patch operation specified. Must be 'add'|'remove'|'replace'`);
  }
  return next;
}

/**
 * A list member patched as a set of strings (authorizationScopes, providerARNs): add and remove
 * take one value (remove without one clears the list); replace puts `split(value)` in its place.
 */
export function patchStringSet(
  list: string[] | undefined,
  op: PatchOp,
  value: string | undefined,
  split: (value: string) => string[] = (v) => [v],
): string[] {
  const set = new Set(list ?? []);
  if (op === "add" && value) set.add(value);
  else if (op === "remove") {
    if (value) set.delete(value);
    else set.clear();
  } else if (op === "replace" && value) {
    set.clear();
    for (const v of split(value)) set.add(v);
  } else throw badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'");
  return [...set];
}
