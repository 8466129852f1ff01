/**
 * The Lambda API through the real @aws-sdk/client-lambda, and a Lambda-backed REST API through
 * the real @aws-sdk/client-api-gateway, served by the gateway: functions, code, configuration,
 * Invoke (RequestResponse, Event, Tail logs), versions, aliases with weights, reserved
 * concurrency, and Lambda's error shapes.
 */
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  LambdaClient,
  ListAliasesCommand,
  ListFunctionsCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from "@aws-sdk/client-lambda";
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TestInvokeMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipFiles } from "../../gateway/functions/package";
import { ACCESS_KEY_ID, SECRET_ACCESS_KEY, startFunctionsServer, type FunctionsTestServer } from "./server";

let s: FunctionsTestServer;
let lambda: LambdaClient;
let apigw: APIGatewayClient;

const credentials = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY };
const zip = (files: Record<string, string>) => zipFiles(files);
const decode = (p?: Uint8Array) => new TextDecoder().decode(p);

beforeAll(async () => {
  s = await startFunctionsServer();
  lambda = new LambdaClient({ endpoint: s.url, region: "us-east-1", credentials, maxAttempts: 1 });
  apigw = new APIGatewayClient({ endpoint: s.url, region: "us-east-1", credentials, maxAttempts: 1 });
});

afterAll(async () => {
  await s?.close();
});

async function expectError(p: Promise<unknown>, name: string, status: number) {
  const err = (await p.then(
    () => null,
    (e) => e,
  )) as (Error & { $metadata?: { httpStatusCode?: number } }) | null;
  expect(err, `expected ${name}`).not.toBeNull();
  expect(err!.name).toBe(name);
  expect(err!.$metadata?.httpStatusCode).toBe(status);
  return err!;
}

describe("functions through the Lambda SDK", () => {
  it("CreateFunction answers Lambda's FunctionConfiguration", async () => {
    const res = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "hello",
        Runtime: "nodejs20.x",
        Role: "arn:aws:iam::000000000000:role/lambda",
        Handler: "index.handler",
        Code: { ZipFile: zip({ "index.mjs": "export const handler = async (event, context) => ({ hello: event.name ?? 'world', version: context.functionVersion, env: process.env.COLOR ?? null });" }) },
        Description: "says hello",
        Timeout: 5,
        MemorySize: 256,
      }),
    );
    expect(res).toMatchObject({
      FunctionName: "hello",
      FunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:hello",
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Description: "says hello",
      Timeout: 5,
      MemorySize: 256,
      Version: "$LATEST",
      State: "Active",
      LastUpdateStatus: "Successful",
      PackageType: "Zip",
    });
    expect(res.CodeSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(res.CodeSize).toBeGreaterThan(0);
    expect(res.LastModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    expect(res.RevisionId).toBeTruthy();
  });

  it("GetFunction, GetFunctionConfiguration and ListFunctions", async () => {
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: "hello" }));
    expect(fn.Configuration?.FunctionName).toBe("hello");
    expect(fn.Code?.RepositoryType).toBe("S3");
    expect(fn.Code?.Location).toMatch(/\/api\/functions\/hello\/code\?qualifier=%24LATEST$/);
    const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: "arn:aws:lambda:us-east-1:000000000000:function:hello" }));
    expect(config.Handler).toBe("index.handler");
    const list = await lambda.send(new ListFunctionsCommand({}));
    expect(list.Functions?.map((f) => f.FunctionName)).toContain("hello");
  });

  it("Invoke: RequestResponse with the payload, the executed version and the log tail", async () => {
    const res = await lambda.send(new InvokeCommand({ FunctionName: "hello", Payload: new TextEncoder().encode('{"name":"Ada"}'), LogType: "Tail" }));
    expect(res.StatusCode).toBe(200);
    expect(res.FunctionError).toBeUndefined();
    expect(res.ExecutedVersion).toBe("$LATEST");
    expect(JSON.parse(decode(res.Payload))).toEqual({ hello: "Ada", version: "$LATEST", env: null });
    const log = Buffer.from(res.LogResult!, "base64").toString("utf8");
    expect(log).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST/);
    expect(log).toMatch(/REPORT RequestId: .*\tDuration: .* ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\tMax Memory Used: \d+ MB/);
  });

  it("Invoke: Event is 202, DryRun is 204", async () => {
    const ev = await lambda.send(new InvokeCommand({ FunctionName: "hello", InvocationType: "Event", Payload: new TextEncoder().encode("{}") }));
    expect(ev.StatusCode).toBe(202);
    const dry = await lambda.send(new InvokeCommand({ FunctionName: "hello", InvocationType: "DryRun" }));
    expect(dry.StatusCode).toBe(204);
  });

  it("UpdateFunctionConfiguration and UpdateFunctionCode (TypeScript) take effect on the next Invoke", async () => {
    const cfg = await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: "hello", Environment: { Variables: { COLOR: "teal" } }, Timeout: 10 }));
    expect(cfg.Environment?.Variables).toEqual({ COLOR: "teal" });
    expect(cfg.Timeout).toBe(10);
    const before = await lambda.send(new InvokeCommand({ FunctionName: "hello", Payload: new TextEncoder().encode("{}") }));
    expect(JSON.parse(decode(before.Payload)).env).toBe("teal");

    const code = await lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: "hello",
        ZipFile: zip({ "index.ts": "export const handler = async (event: { name?: string }): Promise<string> => `typed ${event.name ?? 'x'} ${process.env.COLOR}`;" }),
      }),
    );
    expect(code.CodeSha256).not.toBe(cfg.CodeSha256);
    const after = await lambda.send(new InvokeCommand({ FunctionName: "hello", Payload: new TextEncoder().encode('{"name":"Bo"}') }));
    expect(decode(after.Payload)).toBe('"typed Bo teal"');
  });

  it("TypeScript that does not transpile is refused with InvalidParameterValueException", async () => {
    const err = await expectError(lambda.send(new UpdateFunctionCodeCommand({ FunctionName: "hello", ZipFile: zip({ "index.ts": "export const handler = async ( => 1" }) })), "InvalidParameterValueException", 400);
    expect(err.message).toMatch(/^TypeScript could not be transpiled: index\.ts:1:/);
  });

  it("a function error is FunctionError Unhandled with Lambda's error document", async () => {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "fails",
        Runtime: "nodejs22.x",
        Role: "r",
        Handler: "index.handler",
        Code: { ZipFile: zip({ "index.js": "exports.handler = async () => { throw new Error('boom'); };" }) },
      }),
    );
    const res = await lambda.send(new InvokeCommand({ FunctionName: "fails" }));
    expect(res.StatusCode).toBe(200);
    expect(res.FunctionError).toBe("Unhandled");
    const body = JSON.parse(decode(res.Payload));
    expect(body).toMatchObject({ errorType: "Error", errorMessage: "boom" });
    expect(body.trace[0]).toBe("Error: boom");
  });

  it("PublishVersion, ListVersionsByFunction; an unchanged $LATEST publishes nothing new", async () => {
    const v1 = await lambda.send(new PublishVersionCommand({ FunctionName: "hello", Description: "first" }));
    expect(v1.Version).toBe("1");
    expect(v1.FunctionArn).toBe("arn:aws:lambda:us-east-1:000000000000:function:hello:1");
    const again = await lambda.send(new PublishVersionCommand({ FunctionName: "hello" }));
    expect(again.Version).toBe("1");
    await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: "hello", ZipFile: zip({ "index.mjs": "export const handler = async () => 'second';" }) }));
    const v2 = await lambda.send(new PublishVersionCommand({ FunctionName: "hello" }));
    expect(v2.Version).toBe("2");
    const versions = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: "hello" }));
    expect(versions.Versions?.map((v) => v.Version)).toEqual(["$LATEST", "1", "2"]);
    const one = await lambda.send(new InvokeCommand({ FunctionName: "hello", Qualifier: "1", Payload: new TextEncoder().encode('{"name":"v1"}') }));
    expect(one.ExecutedVersion).toBe("1");
    expect(decode(one.Payload)).toBe('"typed v1 teal"');
  });

  it("aliases: create with a routing weight, get, update, list, delete", async () => {
    const created = await lambda.send(new CreateAliasCommand({ FunctionName: "hello", Name: "live", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } } }));
    expect(created).toMatchObject({ AliasArn: "arn:aws:lambda:us-east-1:000000000000:function:hello:live", Name: "live", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 0.5 } } });
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      seen.add((await lambda.send(new InvokeCommand({ FunctionName: "hello:live", Payload: new TextEncoder().encode("{}") }))).ExecutedVersion!);
    }
    expect([...seen].sort()).toEqual(["1", "2"]);
    const updated = await lambda.send(new UpdateAliasCommand({ FunctionName: "hello", Name: "live", FunctionVersion: "2", RoutingConfig: { AdditionalVersionWeights: {} } }));
    expect(updated.FunctionVersion).toBe("2");
    expect(updated.RoutingConfig).toBeUndefined();
    expect((await lambda.send(new GetAliasCommand({ FunctionName: "hello", Name: "live" }))).FunctionVersion).toBe("2");
    await lambda.send(new CreateAliasCommand({ FunctionName: "hello", Name: "old", FunctionVersion: "1" }));
    expect((await lambda.send(new ListAliasesCommand({ FunctionName: "hello" }))).Aliases?.map((a) => a.Name)).toEqual(["live", "old"]);
    await lambda.send(new DeleteAliasCommand({ FunctionName: "hello", Name: "old" }));
    await expectError(lambda.send(new GetAliasCommand({ FunctionName: "hello", Name: "old" })), "ResourceNotFoundException", 404);
  });

  it("reserved concurrency 0 throttles: TooManyRequestsException 429 with a Reason", async () => {
    expect((await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: "fails", ReservedConcurrentExecutions: 0 }))).ReservedConcurrentExecutions).toBe(0);
    expect((await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: "fails" }))).ReservedConcurrentExecutions).toBe(0);
    const err = (await expectError(lambda.send(new InvokeCommand({ FunctionName: "fails" })), "TooManyRequestsException", 429)) as Error & { Reason?: string };
    expect(err.Reason).toBe("ReservedFunctionConcurrentInvocationLimitExceeded");
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: "fails" }));
    expect((await lambda.send(new InvokeCommand({ FunctionName: "fails" }))).FunctionError).toBe("Unhandled");
  });

  it("Lambda's error shapes for bad requests", async () => {
    const missing = await expectError(lambda.send(new GetFunctionCommand({ FunctionName: "nope" })), "ResourceNotFoundException", 404);
    expect(missing.message).toBe("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
    await expectError(
      lambda.send(new CreateFunctionCommand({ FunctionName: "hello", Runtime: "nodejs20.x", Role: "r", Handler: "index.handler", Code: { ZipFile: zip({ "index.mjs": "" }) } })),
      "ResourceConflictException",
      409,
    );
    await expectError(
      lambda.send(new CreateFunctionCommand({ FunctionName: "toolong", Runtime: "nodejs20.x", Role: "r", Handler: "index.handler", Timeout: 901, Code: { ZipFile: zip({ "index.mjs": "" }) } })),
      "InvalidParameterValueException",
      400,
    );
    await expectError(
      lambda.send(new CreateFunctionCommand({ FunctionName: "py", Runtime: "python3.12", Role: "r", Handler: "index.handler", Code: { ZipFile: zip({ "index.py": "" }) } })),
      "InvalidParameterValueException",
      400,
    );
    await expectError(lambda.send(new InvokeCommand({ FunctionName: "hello", Payload: new TextEncoder().encode("not json") })), "InvalidRequestContentException", 400);
    await expectError(lambda.send(new DeleteFunctionCommand({ FunctionName: "hello", Qualifier: "2" })), "ResourceConflictException", 409);
  });
});

describe("a Lambda-backed REST API through the API Gateway SDK and the gateway", () => {
  it("AWS_PROXY with ${stageVariables.alias} in the URI: dev's alias points to $LATEST, prod's to a version", async () => {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "pets",
        Runtime: "nodejs20.x",
        Role: "r",
        Handler: "index.handler",
        Code: { ZipFile: zip({ "index.mjs": "export const handler = async (e) => ({ statusCode: 200, headers: { 'x-pet': e.pathParameters.id }, body: JSON.stringify({ v: 'one', stage: e.requestContext.stage }) });" }) },
      }),
    );
    await lambda.send(new PublishVersionCommand({ FunctionName: "pets" }));
    await lambda.send(new CreateAliasCommand({ FunctionName: "pets", Name: "prod", FunctionVersion: "1" }));
    // Stage variable values cannot hold "$" (AWS's rule), so dev names an alias of $LATEST.
    await lambda.send(new CreateAliasCommand({ FunctionName: "pets", Name: "dev", FunctionVersion: "$LATEST" }));
    await lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: "pets",
        ZipFile: zip({ "index.mjs": "export const handler = async (e) => ({ statusCode: 200, body: JSON.stringify({ v: 'latest', stage: e.requestContext.stage }) });" }),
      }),
    );

    const api = await apigw.send(new CreateRestApiCommand({ name: "pets" }));
    const root = (await apigw.send(new GetResourcesCommand({ restApiId: api.id! }))).items![0];
    const pets = await apigw.send(new CreateResourceCommand({ restApiId: api.id!, parentId: root.id!, pathPart: "pets" }));
    const pet = await apigw.send(new CreateResourceCommand({ restApiId: api.id!, parentId: pets.id!, pathPart: "{id}" }));
    await apigw.send(new PutMethodCommand({ restApiId: api.id!, resourceId: pet.id!, httpMethod: "GET", authorizationType: "NONE" }));
    await apigw.send(
      new PutIntegrationCommand({
        restApiId: api.id!,
        resourceId: pet.id!,
        httpMethod: "GET",
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:pets:${stageVariables.alias}/invocations",
      }),
    );
    const dep = await apigw.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: "dev", variables: { alias: "dev" } }));
    await apigw.send(new CreateStageCommand({ restApiId: api.id!, stageName: "prod", deploymentId: dep.id!, variables: { alias: "prod" } }));

    const get = async (stage: string) => {
      for (let i = 0; ; i++) {
        const res = await fetch(`${s.gatewayUrl}/restapis/${api.id}/${stage}/_user_request_/pets/7`);
        if (res.status !== 403 || i > 50) return res;
        await new Promise((r) => setTimeout(r, 50)); // the gateway picks the deployment up within its poll
      }
    };
    const dev = await get("dev");
    expect(dev.status).toBe(200);
    expect(await dev.json()).toEqual({ v: "latest", stage: "dev" });
    const prod = await get("prod");
    expect(prod.status).toBe(200);
    expect(prod.headers.get("x-pet")).toBe("7");
    expect(await prod.json()).toEqual({ v: "one", stage: "prod" });

    // TestInvokeMethod runs the same integration in the console's process, with the execution log.
    const test = await apigw.send(
      new TestInvokeMethodCommand({ restApiId: api.id!, resourceId: pet.id!, httpMethod: "GET", pathWithQueryString: "/pets/9", stageVariables: { alias: "prod" } }),
    );
    expect(test.status).toBe(200);
    expect(JSON.parse(test.body!)).toEqual({ v: "one", stage: "test-invoke-stage" });
    expect(test.headers?.["X-Pet"]).toBe("9");
    expect(test.log).toContain("Endpoint request body after transformations:");
  });
});
