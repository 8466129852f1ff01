/**
 * Access log settings through the real SDK: UpdateStage's /accessLogSettings/format and
 * /accessLogSettings/destinationArn (replace) and remove /accessLogSettings with AWS's rules and
 * messages, GetStage/GetStages showing them, CreateStage having no such member; and the console's
 * logs endpoint reading a stage's log groups newest first, filtered and paged.
 */
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetStageCommand,
  GetStagesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
  type PatchOperation,
} from "@aws-sdk/client-api-gateway";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_LOG_PRESETS } from "../../gateway/logging/access-log-format";
import { client, expectAwsError, gatewayRevision, raw } from "./helpers";

const sdk = client();
const ARN = "arn:aws:logs:us-east-1:123456789012:log-group:petstore-access";
let restApiId = "";

const update = (patchOperations: PatchOperation[]) => sdk.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations }));
const getStage = () => sdk.send(new GetStageCommand({ restApiId, stageName: "dev" }));

beforeAll(async () => {
  const api = await sdk.send(new CreateRestApiCommand({ name: "access-logs" }));
  restApiId = api.id!;
  await sdk.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
  await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));
  await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
});

describe("accessLogSettings", () => {
  it("is absent on a new stage, and CreateStage has no such member", async () => {
    expect((await getStage()).accessLogSettings).toBeUndefined();
    const deploymentId = (await getStage()).deploymentId!;
    const created = await raw("POST", `/restapis/${restApiId}/stages`, JSON.stringify({ stageName: "other", deploymentId, accessLogSettings: { format: "$context.requestId", destinationArn: ARN } }));
    expect(created.status).toBe(201);
    expect(created.json).not.toHaveProperty("accessLogSettings");
  });

  it("sets the format and destination with replace, shows them in GetStage and GetStages, and tells the gateway", async () => {
    const before = gatewayRevision();
    const updated = await update([
      { op: "replace", path: "/accessLogSettings/destinationArn", value: ARN },
      { op: "replace", path: "/accessLogSettings/format", value: ACCESS_LOG_PRESETS.CLF },
    ]);
    expect(updated.accessLogSettings).toEqual({ destinationArn: ARN, format: ACCESS_LOG_PRESETS.CLF });
    expect((await getStage()).accessLogSettings).toEqual({ destinationArn: ARN, format: ACCESS_LOG_PRESETS.CLF });
    const { item } = await sdk.send(new GetStagesCommand({ restApiId }));
    expect(item?.find((s) => s.stageName === "dev")?.accessLogSettings).toEqual({ destinationArn: ARN, format: ACCESS_LOG_PRESETS.CLF });
    expect(gatewayRevision()).toBeGreaterThan(before);

    // Changing one keeps the other; a trailing newline and ${context.extendedRequestId} are fine.
    const json = await update([{ op: "replace", path: "/accessLogSettings/format", value: "${context.extendedRequestId} $context.status\n" }]);
    expect(json.accessLogSettings).toEqual({ destinationArn: ARN, format: "${context.extendedRequestId} $context.status\n" });
    const firehose = "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-logs";
    expect((await update([{ op: "replace", path: "/accessLogSettings/destinationArn", value: firehose }])).accessLogSettings?.destinationArn).toBe(firehose);
    await update([{ op: "replace", path: "/accessLogSettings/destinationArn", value: `${ARN}:*` }]);
  });

  it("refuses formats and ARNs AWS refuses, with its messages, changing nothing", async () => {
    const before = await getStage();
    const cases: [PatchOperation, string][] = [
      [{ op: "replace", path: "/accessLogSettings/format", value: "$context.status $context.httpMethod" }, "Access Log format must include either $context.requestId or $context.extendedRequestId : '$context.status $context.httpMethod'"],
      [{ op: "replace", path: "/accessLogSettings/format", value: "$context.requestId\n$context.status" }, "Access Log format must be single line, new line character is allowed only at end of the format: '$context.requestId\n$context.status'"],
      [{ op: "replace", path: "/accessLogSettings/destinationArn", value: "petstore-access" }, "Invalid ARN specified in the request. ARNs must start with 'arn:': petstore-access"],
      [{ op: "replace", path: "/accessLogSettings/destinationArn", value: "arn:aws:s3:::my-bucket" }, "Invalid ARN specified in the request. The ARN must be a valid CloudWatch Logs log group or Kinesis Data Firehose delivery stream ARN."],
      [{ op: "replace", path: "/accessLogSettings/destinationArn", value: "arn:aws:firehose:us-east-1:123456789012:deliverystream/my-stream" }, "Invalid ARN specified in the request. The ARN must be a valid CloudWatch Logs log group or Kinesis Data Firehose delivery stream ARN."],
      [{ op: "add", path: "/accessLogSettings/format", value: "$context.requestId" }, "Invalid patch operation specified. Must be one of: [replace]"],
    ];
    for (const [op, message] of cases) {
      const err = await expectAwsError(() => update([op]), "BadRequestException", 400);
      expect(err.message).toBe(message);
    }
    expect((await getStage()).accessLogSettings).toEqual(before.accessLogSettings);
  });

  it("removes the settings with remove /accessLogSettings", async () => {
    const updated = await update([{ op: "remove", path: "/accessLogSettings" }]);
    expect(updated.accessLogSettings).toBeUndefined();
    expect((await getStage()).accessLogSettings).toBeUndefined();
  });
});

/** The console's logs endpoint, with a SigV4-signed request. */
async function logs(stageName: string, query: Record<string, string> = {}) {
  const res = await raw("GET", `/api/restapis/${restApiId}/stages/${stageName}/logs?${new URLSearchParams(query)}`);
  return { status: res.status, body: res.json as Record<string, any> };
}

describe("the console's stage logs endpoint", () => {
  beforeAll(() => {
    const db = new Database(globalThis.controlApi.databaseFile);
    const insert = db.prepare("INSERT INTO GatewayLog(restApiId, stage, canary, kind, requestId, timestamp, status, error, text) VALUES(?, 'dev', ?, ?, ?, ?, ?, ?, ?)");
    const t0 = Date.UTC(2026, 10, 21, 6);
    insert.run(restApiId, 0, "execution", "req-1", t0 + 1000, 200, null, "(req-1) Method completed with status: 200");
    insert.run(restApiId, 0, "execution", "req-2", t0 + 2000, 429, "THROTTLED", "(req-2) Request throttled: the stage rate limit was exceeded");
    insert.run(restApiId, 0, "execution", "req-3", t0 + 3000, 500, "API_CONFIGURATION_ERROR", "(req-3) Execution failed due to configuration error: boom");
    insert.run(restApiId, 1, "execution", "req-4", t0 + 4000, 200, null, "(req-4) canary");
    insert.run(restApiId, 0, "access", "req-1", t0 + 1000, 200, null, "req-1 200");
    db.close();
  });

  it("lists the base execution log group newest first, with the canary group's existence", async () => {
    const { status, body } = await logs("dev");
    expect(status).toBe(200);
    expect(body.logGroup).toBe(`API-Gateway-Execution-Logs_${restApiId}/dev`);
    expect(body.entries.map((e: { requestId: string }) => e.requestId)).toEqual(["req-3", "req-2", "req-1"]);
    expect(body.entries[0]).toMatchObject({ status: 500, error: "API_CONFIGURATION_ERROR", timestamp: Date.UTC(2026, 10, 21, 6) + 3000 });
    expect(body.canaryLogsExist).toBe(true);
  });

  it("keeps the canary group apart and names it as CloudWatch does", async () => {
    const { body } = await logs("dev", { canary: "1" });
    expect(body.logGroup).toBe(`API-Gateway-Execution-Logs_${restApiId}/dev/Canary`);
    expect(body.entries.map((e: { requestId: string }) => e.requestId)).toEqual(["req-4"]);
  });

  it("filters by status class, request id and text, reads access logs, and pages with a cursor", async () => {
    const ids = async (q: Record<string, string>) => (await logs("dev", q)).body.entries.map((e: { requestId: string }) => e.requestId);
    expect(await ids({ status: "4xx" })).toEqual(["req-2"]);
    expect(await ids({ status: "error" })).toEqual(["req-3", "req-2"]);
    expect(await ids({ status: "500" })).toEqual(["req-3"]);
    expect(await ids({ requestId: "req-1" })).toEqual(["req-1"]);
    expect(await ids({ q: "configuration error" })).toEqual(["req-3"]);
    expect(await ids({ kind: "access" })).toEqual(["req-1"]);
    const first = (await logs("dev", { limit: "2" })).body;
    expect(first.entries.map((e: { requestId: string }) => e.requestId)).toEqual(["req-3", "req-2"]);
    const second = (await logs("dev", { limit: "2", cursor: first.nextCursor })).body;
    expect(second.entries.map((e: { requestId: string }) => e.requestId)).toEqual(["req-1"]);
    expect(second.nextCursor).toBeUndefined();
  });

  it("answers 400 for bad parameters and 404 for a stage that does not exist", async () => {
    expect((await logs("dev", { status: "teapot" })).status).toBe(400);
    expect((await logs("dev", { kind: "debug" })).status).toBe(400);
    const missing = await logs("nope");
    expect(missing.status).toBe(404);
  });
});
