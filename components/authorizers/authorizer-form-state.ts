/**
 * The authorizer form's state, its checks (the control API's rules, shown before saving), the
 * CreateAuthorizer body it makes and the UpdateAuthorizer patch operations for what changed.
 */
import { errorMessage } from "@/components/data/control-api";
import type { CreateAuthorizerInput } from "@/components/data/use-create-authorizer";
import type { Authorizer, AuthorizerType, PatchOperation } from "@/components/data/types";
import { identitySourceFromRows, rowsFromIdentitySource, sourceRowProblem, type SourceRow } from "./identity-source-rows";

/** AWS's authorizerResultTtlInSeconds when it is unset. */
export const DEFAULT_TTL = 300;
/** A TOKEN authorizer's identity source: one method request header. */
export const TOKEN_PREFIX = "method.request.header.";

export interface AuthorizerForm {
  name: string;
  type: AuthorizerType;
  uri: string;
  /** TOKEN: the header that carries the token. */
  tokenHeader: string;
  /** REQUEST: identity sources. */
  sources: SourceRow[];
  validation: string;
  caching: boolean;
  ttl: string;
}

export type FormProblems = Partial<Record<"name" | "uri" | "tokenHeader" | "sources" | "validation" | "ttl", string>>;

export function emptyForm(): AuthorizerForm {
  return { name: "", type: "TOKEN", uri: "", tokenHeader: "Authorization", sources: [], validation: "", caching: true, ttl: String(DEFAULT_TTL) };
}

export function formFromAuthorizer(a: Authorizer): AuthorizerForm {
  const ttl = a.authorizerResultTtlInSeconds ?? DEFAULT_TTL;
  return {
    name: a.name,
    type: a.type,
    uri: a.authorizerUri ?? "",
    tokenHeader: a.type !== "REQUEST" && a.identitySource?.startsWith(TOKEN_PREFIX) ? a.identitySource.slice(TOKEN_PREFIX.length) : "",
    sources: a.type === "REQUEST" ? rowsFromIdentitySource(a.identitySource) : [],
    validation: a.identityValidationExpression ?? "",
    caching: ttl > 0,
    ttl: String(ttl > 0 ? ttl : DEFAULT_TTL),
  };
}

function ttlOf(f: AuthorizerForm): number {
  return f.caching ? Number(f.ttl) : 0;
}

function identitySourceOf(f: AuthorizerForm): string | undefined {
  if (f.type === "REQUEST") return identitySourceFromRows(f.sources) || undefined;
  return f.tokenHeader.trim() ? `${TOKEN_PREFIX}${f.tokenHeader.trim()}` : undefined;
}

export function formProblems(f: AuthorizerForm): FormProblems {
  const p: FormProblems = {};
  if (!f.name.trim()) p.name = "Give the authorizer a name.";
  if (f.type !== "COGNITO_USER_POOLS" && !f.uri) p.uri = "Choose the Lambda function that authorizes requests.";
  if (f.type === "TOKEN" || f.type === "COGNITO_USER_POOLS") {
    if (!f.tokenHeader.trim()) p.tokenHeader = "Enter the header that carries the token.";
    else if (!/^[a-zA-Z0-9._-]+$/.test(f.tokenHeader.trim())) p.tokenHeader = "Letters, digits, . _ and - only.";
  }
  if (f.type === "REQUEST") {
    const bad = f.sources.find((r) => sourceRowProblem(r));
    if (bad) p.sources = sourceRowProblem(bad);
    else if (f.caching && !f.sources.length) p.sources = "Add an identity source: with caching on, results are cached by them.";
  }
  if (f.type === "TOKEN" && f.validation) {
    try {
      new RegExp(f.validation);
    } catch {
      p.validation = "Not a valid regular expression.";
    }
  }
  const ttl = Number(f.ttl);
  if (f.caching && (!/^\d+$/.test(f.ttl.trim()) || ttl < 1 || ttl > 3600)) p.ttl = "1 to 3600 seconds.";
  return p;
}

/**
 * The form field a CreateAuthorizer / UpdateAuthorizer refusal is about, from the control API's
 * (AWS's) message, so the message can stand next to that field; undefined when it names none.
 */
export function serverProblemField(message: string | undefined, type: AuthorizerType): keyof FormProblems | undefined {
  if (!message) return undefined;
  if (/authorizer URI/i.test(message)) return "uri";
  if (/token source expression/i.test(message)) return type === "REQUEST" ? "sources" : "tokenHeader";
  if (/identity source/i.test(message)) return type === "REQUEST" ? "sources" : "tokenHeader";
  if (/identity validation expression/i.test(message)) return "validation";
  if (/result TTL/i.test(message)) return "ttl";
  if (/\.name\b|value in name\b/.test(message)) return "name";
  return undefined;
}

/** A CreateAuthorizer / UpdateAuthorizer refusal as the problem of the field it is about; undefined when it names none. */
export function serverProblems(error: unknown, type: AuthorizerType): FormProblems | undefined {
  if (!error) return undefined;
  const message = errorMessage(error);
  const field = serverProblemField(message, type);
  return field ? { [field]: message } : undefined;
}

export function createInput(f: AuthorizerForm): CreateAuthorizerInput {
  const input: CreateAuthorizerInput = { name: f.name.trim(), type: f.type, authorizerUri: f.uri, authorizerResultTtlInSeconds: ttlOf(f) };
  const source = identitySourceOf(f);
  if (source) input.identitySource = source;
  if (f.type === "TOKEN" && f.validation) input.identityValidationExpression = f.validation;
  return input;
}

/** What changed, as UpdateAuthorizer patch operations (only members the form edits). */
export function patchOperations(a: Authorizer, f: AuthorizerForm): PatchOperation[] {
  const ops: PatchOperation[] = [];
  const replace = (path: string, before: string | undefined, after: string | undefined) => {
    if ((before ?? "") !== (after ?? "")) ops.push({ op: "replace", path, value: after ?? "" });
  };
  replace("/name", a.name, f.name.trim());
  replace("/type", a.type, f.type);
  if (f.type !== "COGNITO_USER_POOLS") replace("/authorizerUri", a.authorizerUri, f.uri);
  // Compared as lists: "a,b" and "a, b" are the same sources, and AWS keeps the text as sent.
  const list = (s: string | undefined) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean).join(",");
  if (list(a.identitySource) !== list(identitySourceOf(f))) ops.push({ op: "replace", path: "/identitySource", value: identitySourceOf(f) ?? "" });
  replace("/identityValidationExpression", a.identityValidationExpression, f.type === "TOKEN" ? f.validation : "");
  if ((a.authorizerResultTtlInSeconds ?? DEFAULT_TTL) !== ttlOf(f)) ops.push({ op: "replace", path: "/authorizerResultTtlInSeconds", value: String(ttlOf(f)) });
  return ops;
}
