import { describe, expect, it } from "vitest";
import type { Authorizer } from "@/components/data/types";
import { createInput, emptyForm, formFromAuthorizer, formProblems, patchOperations, serverProblemField } from "./authorizer-form-state";
import { identitySourceFromRows, newSourceRow, rowsFromIdentitySource, sourceRowProblem } from "./identity-source-rows";

const URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations";

describe("identity source rows", () => {
  it("round-trips AWS's comma list", () => {
    const rows = rowsFromIdentitySource("method.request.header.X-User,method.request.querystring.tenant, stageVariables.realm, context.identity.sourceIp");
    expect(rows.map((r) => [r.kind, r.name])).toEqual([
      ["header", "X-User"],
      ["querystring", "tenant"],
      ["stageVariable", "realm"],
      ["context", "identity.sourceIp"],
    ]);
    expect(identitySourceFromRows(rows)).toBe("method.request.header.X-User, method.request.querystring.tenant, stageVariables.realm, context.identity.sourceIp");
  });

  it("checks names as the control API does", () => {
    expect(sourceRowProblem(newSourceRow("header", "X User"))).toBeDefined();
    expect(sourceRowProblem(newSourceRow("stageVariable", "a-b"))).toBeDefined();
    expect(sourceRowProblem(newSourceRow("header", "X-Token"))).toBeUndefined();
  });
});

describe("the authorizer form", () => {
  it("makes AWS's CreateAuthorizer body", () => {
    const f = { ...emptyForm(), name: " tok ", uri: URI, validation: "Bearer .+" };
    expect(formProblems(f)).toEqual({});
    expect(createInput(f)).toEqual({
      name: "tok",
      type: "TOKEN",
      authorizerUri: URI,
      authorizerResultTtlInSeconds: 300,
      identitySource: "method.request.header.Authorization",
      identityValidationExpression: "Bearer .+",
    });
    expect(createInput({ ...f, caching: false }).authorizerResultTtlInSeconds).toBe(0);
  });

  it("asks for what is missing before the server does", () => {
    expect(Object.keys(formProblems(emptyForm())).sort()).toEqual(["name", "uri"]);
    const request = { ...emptyForm(), name: "r", uri: URI, type: "REQUEST" as const };
    expect(formProblems(request).sources).toMatch(/identity source/);
    expect(formProblems({ ...request, caching: false })).toEqual({});
    expect(formProblems({ ...request, ttl: "4000" }).ttl).toBeDefined();
  });

  it("patches only what changed, and an unset TTL is AWS's 300", () => {
    const a: Authorizer = { id: "abc123", name: "r", type: "REQUEST", authorizerUri: URI, identitySource: "method.request.header.A,method.request.querystring.b" };
    const f = formFromAuthorizer(a);
    expect(f.caching).toBe(true);
    expect(patchOperations(a, f)).toEqual([]);
    expect(patchOperations(a, { ...f, caching: false })).toEqual([{ op: "replace", path: "/authorizerResultTtlInSeconds", value: "0" }]);
    expect(patchOperations(a, { ...f, name: "renamed", sources: f.sources.slice(0, 1) })).toEqual([
      { op: "replace", path: "/name", value: "renamed" },
      { op: "replace", path: "/identitySource", value: "method.request.header.A" },
    ]);
  });

  it("puts the control API's refusals on the field they are about", () => {
    expect(serverProblemField("Invalid Authorizer URI: x. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.", "TOKEN")).toBe("uri");
    expect(serverProblemField("Invalid token source expression: method.request.header.a b. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.", "TOKEN")).toBe("tokenHeader");
    expect(serverProblemField("Invalid identity source expression: context.foo. The source must be ...", "REQUEST")).toBe("sources");
    expect(serverProblemField("Identity source must be set if authorizer caching is enabled (TTL is greater than 0)", "REQUEST")).toBe("sources");
    expect(serverProblemField("Invalid identity validation expression specified: Unterminated group", "TOKEN")).toBe("validation");
    expect(serverProblemField("Invalid authorizer result TTL specified: 4000. It must be between 0 and 3600 seconds.", "TOKEN")).toBe("ttl");
    expect(serverProblemField("Invalid null or empty value in name", "TOKEN")).toBe("name");
    expect(serverProblemField("Too many authorizers", "TOKEN")).toBeUndefined();
  });
});
