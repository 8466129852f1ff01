/**
 * TestInvokeAuthorizer: POST /restapis/{restapi_id}/authorizers/{authorizer_id} (200). Runs the
 * authorizer as it is now (undeployed), in this process, through the gateway's own authorizer
 * code; see gateway/authorizers/test-invoke-authorizer.ts for what it answers.
 */
import "server-only";
import { z } from "zod";
import { testInvokeAuthorizer as run, type TestInvokeAuthorizerResult } from "@/gateway/authorizers/test-invoke-authorizer";
import { toAuthorizer } from "./authorizer-shapes";
import { prisma } from "./db";
import { requireAuthorizer } from "./lookups";

export const TestInvokeAuthorizerInput = z.object({
  headers: z.record(z.string(), z.string()).optional(),
  multiValueHeaders: z.record(z.string(), z.array(z.string())).optional(),
  pathWithQueryString: z.string().optional(),
  body: z.string().optional(),
  stageVariables: z.record(z.string(), z.string()).optional(),
  additionalContext: z.record(z.string(), z.string()).optional(),
});

export async function testInvokeAuthorizer(
  restApiId: string,
  authorizerId: string,
  input: z.infer<typeof TestInvokeAuthorizerInput>,
): Promise<TestInvokeAuthorizerResult> {
  const authorizer = toAuthorizer(await requireAuthorizer(prisma, restApiId, authorizerId));
  return run(restApiId, authorizer, input);
}
