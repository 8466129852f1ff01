/**
 * TestInvokeMethod: POST /restapis/{restapi_id}/resources/{resource_id}/methods/{http_method} (200).
 * Runs the method of the current, undeployed API through the gateway's own pipeline, in this
 * process, as the stage "test-invoke-stage".
 */
import "server-only";
import { z } from "zod";
import type { StageSnapshot } from "@/gateway/model/snapshot";
import { testInvoke, type TestInvokeResult } from "@/gateway/runtime/test-invoke";
import { buildApiSnapshot } from "../snapshot/build-snapshot";
import { prisma } from "./db";
import { requireMethod } from "./lookups";

export const TestInvokeMethodInput = z.object({
  pathWithQueryString: z.string().optional(),
  body: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  multiValueHeaders: z.record(z.string(), z.array(z.string())).optional(),
  clientCertificateId: z.string().optional(),
  stageVariables: z.record(z.string(), z.string()).optional(),
});

/** AWS's TestInvokeMethod response is exactly what the gateway's test-invoke returns. */
export type TestInvokeMethodResponse = TestInvokeResult;

export const TEST_INVOKE_STAGE = "test-invoke-stage";
export const TEST_INVOKE_DEPLOYMENT = "test-invoke-deployment";

export async function testInvokeMethod(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  input: z.infer<typeof TestInvokeMethodInput>,
): Promise<TestInvokeMethodResponse> {
  const { method } = await requireMethod(prisma, restApiId, resourceId, httpMethod);
  const stage: StageSnapshot = {
    restApiId,
    stageName: TEST_INVOKE_STAGE,
    deploymentId: TEST_INVOKE_DEPLOYMENT,
    variables: input.stageVariables ?? {},
    snapshot: await buildApiSnapshot(prisma, restApiId),
  };
  const result = await testInvoke(stage, {
    resourceId: method.resourceId,
    httpMethod: method.httpMethod,
    pathWithQueryString: input.pathWithQueryString,
    body: input.body,
    headers: input.headers,
    multiValueHeaders: input.multiValueHeaders,
    stageVariables: input.stageVariables,
  });
  return {
    status: result.status,
    body: result.body,
    headers: result.headers,
    multiValueHeaders: result.multiValueHeaders,
    log: result.log,
    latency: result.latency,
  };
}
