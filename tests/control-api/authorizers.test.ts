/**
 * Authorizers through the real SDK: Create / Get / GetAll (paging) / Update / Delete with AWS's
 * shapes and messages, the checks AWS makes (types, identity sources, TTL, Lambda URIs, Cognito
 * provider ARNs), PutMethod / UpdateMethod with CUSTOM, DeleteAuthorizer refused while a method
 * uses it, TestInvokeAuthorizer against a real function, FlushStageAuthorizersCache moving the
 * stage's epoch, authorizers frozen into deployments and shown by the deployment diff, and
 * DeleteRestApi taking them along.
 */
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  DeleteAuthorizerCommand,
  DeleteRestApiCommand,
  FlushStageAuthorizersCacheCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TestInvokeAuthorizerCommand,
  UpdateAuthorizerCommand,
  UpdateMethodCommand,
  type CreateAuthorizerCommandInput,
} from "@aws-sdk/client-api-gateway";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFunctionRuntime } from "@/gateway/functions/index";
import type { FunctionRuntime } from "@/gateway/functions/runtime";
import { createTestRuntime, putFunction } from "@/gateway/functions/testing";
import { client, deploymentSnapshot, expectAwsError, gatewayRevision, raw } from "./helpers";

const sdk = client();
const fnUri = (fn: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${fn}/invocations`;
const TOKEN = { type: "TOKEN", authorizerUri: fnUri("auth"), identitySource: "method.request.header.Authorization" } as const;

let restApiId = "";
let rootId = "";
let runtime: FunctionRuntime;
let db: Database.Database;
let dir: string;

beforeAll(async () => {
  const api = await sdk.send(new CreateRestApiCommand({ name: "authorizers" }));
  restApiId = api.id!;
  rootId = api.rootResourceId!;
  // A real function in the suite's database, run by a runtime registered for this process (the
  // console's TestInvokeAuthorizer calls functions through it).
  dir = mkdtempSync(join(tmpdir(), "archway-authorizer-fn-"));
  db = new Database(globalThis.controlApi.databaseFile);
  db.pragma("busy_timeout = 5000");
  await putFunction(db, {
    name: "auth",
    files: {
      "index.mjs": `export const handler = async (e) => {
        if (e.authorizationToken === "nope") throw new Error("Unauthorized");
        return { principalId: "p-" + e.authorizationToken, context: { plan: "pro" },
          policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: e.methodArn }] } };
      };`,
    },
  });
  runtime = createTestRuntime(db, dir, { sinkOptions: { flushIntervalMs: 60_000 } });
  setFunctionRuntime(runtime);
});

afterAll(async () => {
  setFunctionRuntime(undefined);
  await runtime?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const create = (input: Omit<CreateAuthorizerCommandInput, "restApiId">, apiId = restApiId) =>
  sdk.send(new CreateAuthorizerCommand({ restApiId: apiId, ...input } as CreateAuthorizerCommandInput));

describe("CreateAuthorizer, GetAuthorizer, GetAuthorizers", () => {
  it("creates a TOKEN authorizer with AWS's shape (201, authType custom, no TTL unless set)", async () => {
    const res = await create({ name: "tok", ...TOKEN });
    expect(res.$metadata.httpStatusCode).toBe(201);
    const { $metadata: _m, ...shape } = res;
    expect(shape).toEqual({ id: expect.stringMatching(/^[a-z0-9]{6}$/), name: "tok", type: "TOKEN", authType: "custom", authorizerUri: TOKEN.authorizerUri, identitySource: TOKEN.identitySource });
    const got = await sdk.send(new GetAuthorizerCommand({ restApiId, authorizerId: res.id! }));
    expect(got).toMatchObject(shape);
  });

  it("keeps every member it is given, REQUEST identity sources as written", async () => {
    const res = await create({
      name: "req",
      type: "REQUEST",
      authorizerUri: fnUri("auth"),
      identitySource: "method.request.header.X-User, method.request.querystring.tenant,stageVariables.realm, context.httpMethod",
      authorizerResultTtlInSeconds: 60,
      authorizerCredentials: "arn:aws:iam::000000000000:role/invoker",
      authType: "my-scheme",
    });
    expect(res).toMatchObject({
      type: "REQUEST",
      identitySource: "method.request.header.X-User, method.request.querystring.tenant,stageVariables.realm, context.httpMethod",
      authorizerResultTtlInSeconds: 60,
      authorizerCredentials: "arn:aws:iam::000000000000:role/invoker",
      authType: "my-scheme",
    });
  });

  it("accepts stage variables in the authorizer URI and a Cognito authorizer with provider ARNs", async () => {
    expect((await create({ name: "sv", ...TOKEN, authorizerUri: fnUri("${stageVariables.authFn}") })).authorizerUri).toContain("${stageVariables.authFn}");
    const cognito = await create({
      name: "pool",
      type: "COGNITO_USER_POOLS",
      providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc"],
      identitySource: "method.request.header.Authorization",
    });
    expect(cognito).toMatchObject({ type: "COGNITO_USER_POOLS", authType: "cognito_user_pools", providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc"] });
  });

  it("lists them as {item:[...]} with AWS paging", async () => {
    const all = await sdk.send(new GetAuthorizersCommand({ restApiId }));
    expect(all.items!.map((a) => a.name)).toEqual(["pool", "req", "sv", "tok"]);
    const first = await sdk.send(new GetAuthorizersCommand({ restApiId, limit: 3 }));
    expect(first.items).toHaveLength(3);
    const rest = await sdk.send(new GetAuthorizersCommand({ restApiId, limit: 3, position: first.position }));
    expect(rest.items!.map((a) => a.name)).toEqual(["tok"]);
    expect(rest.position).toBeUndefined();
    const wire = await raw("GET", `/restapis/${restApiId}/authorizers`);
    expect(Object.keys(wire.json!)).toEqual(["item"]);
  });

  it("answers an unknown authorizer or API with AWS's NotFoundException", async () => {
    const e = await expectAwsError(() => sdk.send(new GetAuthorizerCommand({ restApiId, authorizerId: "nope00" })), "NotFoundException", 404);
    expect(e.message).toBe("Invalid Authorizer identifier specified");
    await expectAwsError(() => sdk.send(new GetAuthorizersCommand({ restApiId: "missing000" })), "NotFoundException", 404);
  });
});

describe("what CreateAuthorizer refuses", () => {
  it.each([
    ["a missing name", { ...TOKEN }, "ValidationException", /Value null at 'createAuthorizerInput.name' failed to satisfy constraint: Member must not be null/],
    ["an unknown type", { name: "x", ...TOKEN, type: "JWT" }, "ValidationException", /Member must satisfy enum value set: \[TOKEN, REQUEST, COGNITO_USER_POOLS\]/],
    ["a token source that is not a header", { name: "x", ...TOKEN, identitySource: "method.request.querystring.t" }, "BadRequestException", /^Invalid token source expression: method.request.querystring.t. The source must be a method request header, matching 'method.request.header.\[a-zA-Z0-9._-\]\+'.$/],
    ["two token sources", { name: "x", ...TOKEN, identitySource: "method.request.header.A,method.request.header.B" }, "BadRequestException", /^Invalid token source expression/],
    ["a REQUEST source AWS does not read", { name: "x", ...TOKEN, type: "REQUEST", identitySource: "method.request.body.user" }, "BadRequestException", /^Invalid identity source expression: method.request.body.user/],
    ["a cached REQUEST authorizer without sources", { name: "x", type: "REQUEST", authorizerUri: fnUri("auth") }, "BadRequestException", /^Identity source must be set if authorizer caching is enabled/],
    ["a TTL above 3600", { name: "x", ...TOKEN, authorizerResultTtlInSeconds: 3601 }, "BadRequestException", /between 0 and 3600/],
    ["a negative TTL", { name: "x", ...TOKEN, authorizerResultTtlInSeconds: -1 }, "BadRequestException", /between 0 and 3600/],
    ["a URI that is not a Lambda invocation", { name: "x", ...TOKEN, authorizerUri: "https://example.com/auth" }, "BadRequestException", /^Invalid Authorizer URI: https:\/\/example.com\/auth. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.$/],
    ["a URI without a real region", { name: "x", ...TOKEN, authorizerUri: fnUri("auth").replace("us-east-1:lambda", "region:lambda") }, "BadRequestException", /^Invalid Authorizer URI/],
    ["a missing URI", { name: "x", type: "TOKEN", identitySource: TOKEN.identitySource }, "BadRequestException", /^Invalid Authorizer URI: null/],
    ["a bad validation expression", { name: "x", ...TOKEN, identityValidationExpression: "([a-z" }, "BadRequestException", /^Invalid identity validation expression specified/],
    ["Cognito without provider ARNs", { name: "x", type: "COGNITO_USER_POOLS", identitySource: TOKEN.identitySource }, "BadRequestException", /provider ARN/],
  ])("refuses %s", async (_what, input, type, message) => {
    const e = await expectAwsError(() => create(input as Omit<CreateAuthorizerCommandInput, "restApiId">), type, 400);
    expect(e.message).toMatch(message);
  });

  it("accepts a REQUEST authorizer without sources when it does not cache", async () => {
    expect((await create({ name: "nocache", type: "REQUEST", authorizerUri: fnUri("auth"), authorizerResultTtlInSeconds: 0 })).identitySource).toBeUndefined();
  });
});

describe("UpdateAuthorizer", () => {
  it("applies AWS's patch paths and checks the result", async () => {
    const a = await create({ name: "upd", ...TOKEN });
    const res = await sdk.send(
      new UpdateAuthorizerCommand({
        restApiId,
        authorizerId: a.id!,
        patchOperations: [
          { op: "replace", path: "/name", value: "updated" },
          { op: "replace", path: "/authorizerResultTtlInSeconds", value: "120" },
          { op: "replace", path: "/identityValidationExpression", value: "Bearer .+" },
          { op: "replace", path: "/identitySource", value: "method.request.header.X-Token" },
        ],
      }),
    );
    expect(res).toMatchObject({ name: "updated", authorizerResultTtlInSeconds: 120, identityValidationExpression: "Bearer .+", identitySource: "method.request.header.X-Token" });
    const cleared = await sdk.send(
      new UpdateAuthorizerCommand({ restApiId, authorizerId: a.id!, patchOperations: [{ op: "replace", path: "/identityValidationExpression", value: "" }] }),
    );
    expect(cleared.identityValidationExpression).toBeUndefined();
    const bad = await expectAwsError(
      () => sdk.send(new UpdateAuthorizerCommand({ restApiId, authorizerId: a.id!, patchOperations: [{ op: "replace", path: "/authorizerResultTtlInSeconds", value: "7200" }] })),
      "BadRequestException",
      400,
    );
    expect(bad.message).toMatch(/between 0 and 3600/);
    await expectAwsError(
      () => sdk.send(new UpdateAuthorizerCommand({ restApiId, authorizerId: a.id!, patchOperations: [{ op: "replace", path: "/nope", value: "1" }] })),
      "BadRequestException",
      400,
    );
    expect((await sdk.send(new GetAuthorizerCommand({ restApiId, authorizerId: a.id! }))).authorizerResultTtlInSeconds).toBe(120);
  });

  it("adds and removes Cognito provider ARNs one at a time, as Terraform patches them", async () => {
    const arn = (n: string) => `arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_${n}`;
    const pool = await create({ name: "pool2", type: "COGNITO_USER_POOLS", providerARNs: [arn("a")], identitySource: TOKEN.identitySource });
    const patched = await sdk.send(
      new UpdateAuthorizerCommand({
        restApiId,
        authorizerId: pool.id!,
        patchOperations: [
          { op: "add", path: "/providerARNs", value: arn("b") },
          { op: "remove", path: "/providerARNs", value: arn("a") },
        ],
      }),
    );
    expect(patched.providerARNs).toEqual([arn("b")]);
  });
});

describe("methods with a custom authorizer", () => {
  it("PutMethod and UpdateMethod take CUSTOM with an existing authorizer id, and refuse others as AWS does", async () => {
    const a = await create({ name: "for-methods", ...TOKEN });
    const put = await sdk.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: a.id! }));
    expect(put).toMatchObject({ authorizationType: "CUSTOM", authorizerId: a.id });
    const message = "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.";
    for (const authorizerId of [undefined, "zzzzzz"]) {
      const e = await expectAwsError(
        () => sdk.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: "POST", authorizationType: "CUSTOM", authorizerId })),
        "BadRequestException",
        400,
      );
      expect(e.message).toBe(message);
    }
    const pool = (await sdk.send(new GetAuthorizersCommand({ restApiId }))).items!.find((x) => x.name === "pool")!;
    await expectAwsError(
      () => sdk.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: "PUT", authorizationType: "CUSTOM", authorizerId: pool.id })),
      "BadRequestException",
    );
    const none = await sdk.send(
      new UpdateMethodCommand({ restApiId, resourceId: rootId, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/authorizationType", value: "NONE" }] }),
    );
    expect(none.authorizerId).toBeUndefined();
    const custom = await sdk.send(
      new UpdateMethodCommand({
        restApiId,
        resourceId: rootId,
        httpMethod: "GET",
        patchOperations: [
          { op: "replace", path: "/authorizationType", value: "CUSTOM" },
          { op: "replace", path: "/authorizerId", value: a.id! },
        ],
      }),
    );
    expect(custom).toMatchObject({ authorizationType: "CUSTOM", authorizerId: a.id });
  });

  it("refuses DeleteAuthorizer while a method uses it (409, AWS's message), then deletes (202)", async () => {
    const a = (await sdk.send(new GetAuthorizersCommand({ restApiId }))).items!.find((x) => x.name === "for-methods")!;
    const e = await expectAwsError(() => sdk.send(new DeleteAuthorizerCommand({ restApiId, authorizerId: a.id })), "ConflictException", 409);
    expect(e.message).toBe("Cannot delete authorizer 'for-methods', is referenced in method: GET//");
    await sdk.send(new UpdateMethodCommand({ restApiId, resourceId: rootId, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/authorizationType", value: "NONE" }] }));
    const res = await raw("DELETE", `/restapis/${restApiId}/authorizers/${a.id}`);
    expect(res.status).toBe(202);
    await expectAwsError(() => sdk.send(new GetAuthorizerCommand({ restApiId, authorizerId: a.id })), "NotFoundException");
  });
});

describe("TestInvokeAuthorizer", () => {
  it("runs the authorizer's function and answers AWS's members", async () => {
    const a = await create({ name: "testable", ...TOKEN });
    const ok = await sdk.send(new TestInvokeAuthorizerCommand({ restApiId, authorizerId: a.id!, headers: { Authorization: "abc" } }));
    expect(ok).toMatchObject({ clientStatus: 0, principalId: "p-abc", authorization: { plan: ["pro"] } });
    expect(JSON.parse(ok.policy!).Statement[0].Resource).toBe(`arn:aws:execute-api:us-east-1:000000000000:${restApiId}/ESTestInvoke-stage/GET/`);
    expect(ok.log).toContain(`Starting authorizer: ${a.id} for request:`);
    const denied = await sdk.send(new TestInvokeAuthorizerCommand({ restApiId, authorizerId: a.id!, headers: { Authorization: "nope" } }));
    expect(denied.clientStatus).toBe(401);
    const missing = await sdk.send(new TestInvokeAuthorizerCommand({ restApiId, authorizerId: a.id! }));
    expect(missing.clientStatus).toBe(401);
  });
});

describe("deployments and stages", () => {
  it("freezes authorizers into the snapshot and the deployment diff shows changes", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "frozen" }));
    const a = await create({ name: "frozen-auth", ...TOKEN, authorizerResultTtlInSeconds: 30 }, api.id!);
    await sdk.send(new PutMethodCommand({ restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: a.id! }));
    await sdk.send(new PutIntegrationCommand({ restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));
    const dep = await sdk.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: "dev" }));
    const snapshot = deploymentSnapshot(dep.id!);
    expect(snapshot.authorizers[a.id!]).toMatchObject({ id: a.id, name: "frozen-auth", type: "TOKEN", authorizerResultTtlInSeconds: 30 });
    expect(snapshot.resources[0].methods.GET).toMatchObject({ authorizationType: "CUSTOM", authorizerId: a.id });

    await sdk.send(new UpdateAuthorizerCommand({ restApiId: api.id!, authorizerId: a.id!, patchOperations: [{ op: "replace", path: "/authorizerResultTtlInSeconds", value: "0" }] }));
    const diff = await raw("GET", `/api/restapis/${api.id}/deployments/${dep.id}/diff?to=current`);
    expect(diff.status, diff.text).toBe(200);
    const d = (diff.json as { diff: Record<string, any> }).diff;
    expect(d.summary.authorizersChanged).toBe(1);
    expect(d.authorizers.changed).toEqual([{ name: "frozen-auth", changes: [{ field: "authorizerResultTtlInSeconds", kind: "changed", before: 30, after: 0 }] }]);

    // FlushStageAuthorizersCache: 202, and the gateway has something new to see.
    const before = gatewayRevision();
    const flush = await sdk.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id!, stageName: "dev" }));
    expect(flush.$metadata.httpStatusCode).toBe(202);
    expect(gatewayRevision()).toBeGreaterThan(before);
    await expectAwsError(() => sdk.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id!, stageName: "nope" })), "NotFoundException", 404);

    await sdk.send(new DeleteRestApiCommand({ restApiId: api.id! }));
    const left = new Database(globalThis.controlApi.databaseFile, { readonly: true }).prepare("SELECT COUNT(*) AS n FROM Authorizer WHERE restApiId = ?").get(api.id!) as { n: number };
    expect(left.n).toBe(0);
  });
});
