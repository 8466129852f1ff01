/**
 * The policy matcher, as one table: Allow / Deny / implicit deny for a method ARN, with `*` and
 * `?` in Resource, NotResource, Action / NotAction, single statements and lists, conditions.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, InvalidPolicyError, type PolicyDecision } from "./policy";

const API = "arn:aws:execute-api:us-east-1:123456789012:abc123";
const GET_PET = `${API}/dev/GET/pets/42`;

const allow = (Resource: unknown, extra: Record<string, unknown> = {}) => ({ Effect: "Allow", Action: "execute-api:Invoke", Resource, ...extra });
const deny = (Resource: unknown, extra: Record<string, unknown> = {}) => ({ Effect: "Deny", Action: "execute-api:Invoke", Resource, ...extra });

const cases: [string, unknown[], string, PolicyDecision][] = [
  ["exact method ARN", [allow(GET_PET)], GET_PET, "allow"],
  ["another path is an implicit deny", [allow(GET_PET)], `${API}/dev/GET/pets/43`, "implicit-deny"],
  ["* spans stage, verb and path", [allow(`${API}/*`)], `${API}/prod/DELETE/a/b/c`, "allow"],
  ["*/*/* per segment", [allow(`${API}/*/*/*`)], GET_PET, "allow"],
  ["verb wildcard", [allow(`${API}/dev/*/pets/42`)], `${API}/dev/POST/pets/42`, "allow"],
  ["path prefix wildcard", [allow(`${API}/dev/GET/pets/*`)], GET_PET, "allow"],
  ["prefix wildcard does not match the parent", [allow(`${API}/dev/GET/pets/*`)], `${API}/dev/GET/pets`, "implicit-deny"],
  ["? is one character", [allow(`${API}/dev/GET/pets/4?`)], GET_PET, "allow"],
  ["? is exactly one character", [allow(`${API}/dev/GET/pets/4?`)], `${API}/dev/GET/pets/421`, "implicit-deny"],
  ["the root resource ends in a slash", [allow(`${API}/dev/GET/`)], `${API}/dev/GET/`, "allow"],
  ["matching is case-sensitive", [allow(`${API}/dev/get/pets/42`)], GET_PET, "implicit-deny"],
  ["a list of resources", [allow([`${API}/dev/GET/cats`, GET_PET])], GET_PET, "allow"],
  ["regex characters are literal", [allow(`${API}/dev/GET/pets/4.`)], GET_PET, "implicit-deny"],
  ["an explicit deny wins over an allow", [allow(`${API}/*`), deny(`${API}/*/DELETE/*`)], `${API}/dev/DELETE/pets/42`, "explicit-deny"],
  ["the deny does not touch other verbs", [allow(`${API}/*`), deny(`${API}/*/DELETE/*`)], GET_PET, "allow"],
  ["a deny alone", [deny("*")], GET_PET, "explicit-deny"],
  ["Resource * matches anything", [allow("*")], GET_PET, "allow"],
  ["NotResource allows everything else", [{ Effect: "Allow", Action: "execute-api:Invoke", NotResource: `${API}/*/DELETE/*` }], GET_PET, "allow"],
  ["NotResource excludes its match", [{ Effect: "Allow", Action: "execute-api:Invoke", NotResource: `${API}/*/GET/*` }], GET_PET, "implicit-deny"],
  ["Action wildcard execute-api:*", [allow(GET_PET, { Action: "execute-api:*" })], GET_PET, "allow"],
  ["Action is case-insensitive", [allow(GET_PET, { Action: "EXECUTE-API:invoke" })], GET_PET, "allow"],
  ["another action does not apply", [allow(GET_PET, { Action: "execute-api:ManageConnections" })], GET_PET, "implicit-deny"],
  ["NotAction of another action applies", [{ Effect: "Allow", NotAction: "s3:*", Resource: GET_PET }], GET_PET, "allow"],
  ["an Allow with a Condition does not grant", [allow(GET_PET, { Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } })], GET_PET, "implicit-deny"],
  ["a Deny with a Condition still denies", [allow("*"), deny(GET_PET, { Condition: { Bool: { x: "true" } } })], GET_PET, "explicit-deny"],
  ["no statements", [], GET_PET, "implicit-deny"],
];

describe("policy evaluation", () => {
  it.each(cases)("%s", (_name, statements, arn, expected) => {
    expect(compilePolicy({ Version: "2012-10-17", Statement: statements }).decide(arn)).toBe(expected);
  });

  it("takes a single statement object as well as a list", () => {
    expect(compilePolicy({ Version: "2012-10-17", Statement: allow(GET_PET) }).decide(GET_PET)).toBe("allow");
  });

  it.each([
    ["not an object", "Allow everything"],
    ["no Statement", { Version: "2012-10-17" }],
    ["bad Effect", { Statement: [{ Effect: "allow", Action: "execute-api:Invoke", Resource: "*" }] }],
    ["no Resource", { Statement: [{ Effect: "Allow", Action: "execute-api:Invoke" }] }],
    ["no Action", { Statement: [{ Effect: "Allow", Resource: "*" }] }],
    ["Resource not a string", { Statement: [{ Effect: "Allow", Action: "execute-api:Invoke", Resource: [1] }] }],
  ])("rejects a policy with %s", (_name, doc) => {
    expect(() => compilePolicy(doc)).toThrow(InvalidPolicyError);
  });
});
