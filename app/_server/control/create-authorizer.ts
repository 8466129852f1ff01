/** CreateAuthorizer: POST /restapis/{restapi_id}/authorizers (201). */
import "server-only";
import { z } from "zod";
import type { Authorizer, AuthorizerType } from "@/gateway/model/api-types";
import { checkAuthorizer } from "./authorizer-rules";
import { authorizerColumns, toAuthorizer } from "./authorizer-shapes";
import { write } from "./db";
import { compact } from "./http";
import { randomId, uniqueId } from "./ids";
import { requireRestApi } from "./lookups";

export const CreateAuthorizerInput = z.object({
  name: z.string().optional(),
  type: z.string().optional(),
  providerARNs: z.array(z.string()).optional(),
  authType: z.string().optional(),
  authorizerUri: z.string().optional(),
  authorizerCredentials: z.string().optional(),
  identitySource: z.string().optional(),
  identityValidationExpression: z.string().optional(),
  authorizerResultTtlInSeconds: z.number().optional(),
});

export async function createAuthorizer(restApiId: string, input: z.infer<typeof CreateAuthorizerInput>): Promise<Authorizer> {
  const row = await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    const authorizer = checkAuthorizer(
      compact({ ...input, id: "", name: input.name ?? "", type: (input.type ?? "") as AuthorizerType }),
      "createAuthorizerInput",
    );
    // Authorizer ids look like resource ids: six lowercase letters and digits.
    const id = await uniqueId(
      () => randomId(6),
      async (candidate) => !!(await tx.authorizer.findUnique({ where: { id: candidate } })),
    );
    return tx.authorizer.create({ data: { id, restApiId, ...authorizerColumns(authorizer) } });
  });
  return toAuthorizer(row);
}
