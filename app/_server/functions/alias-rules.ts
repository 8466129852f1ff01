/** What Lambda checks in CreateAlias / UpdateAlias: the name, the version, the routing weights. */
import "server-only";
import { z } from "zod";
import { ALIAS_NAME } from "@/gateway/functions/arn";
import { invalidParameter } from "@/gateway/functions/errors";
import type { Db } from "../control/db";
import { arnOf } from "./shapes";
import { requireVersion } from "./store";

export const RoutingConfig = z.object({ AdditionalVersionWeights: z.record(z.string(), z.number()).optional() });

export function validateAliasName(name: string): void {
  if (!ALIAS_NAME.test(name)) {
    throw invalidParameter(`1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`);
  }
}

/** Checks the target version and the routing weights; returns the stored routingConfig JSON. */
export async function checkAliasTarget(
  db: Db,
  functionName: string,
  functionVersion: string,
  routing: z.infer<typeof RoutingConfig> | undefined,
): Promise<string> {
  await requireVersion(db, { name: functionName, qualifier: functionVersion });
  const weights = routing?.AdditionalVersionWeights ?? {};
  const entries = Object.entries(weights);
  if (entries.length > 1) throw invalidParameter("Number of items in AdditionalVersionWeights cannot be greater than 1");
  for (const [version, weight] of entries) {
    if (!(weight >= 0 && weight <= 1)) throw invalidParameter(`Invalid weight ${weight} for version ${version}: must be between 0.0 and 1.0`);
    if (functionVersion === "$LATEST" || version === "$LATEST") throw invalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
    if (version === functionVersion) throw invalidParameter(`Primary and additional version cannot be the same: ${version}`);
    await requireVersion(db, { name: functionName, qualifier: version }).catch(() => {
      throw invalidParameter(`Version ${version} of function ${arnOf(functionName)} does not exist`);
    });
  }
  return JSON.stringify(entries.length ? { AdditionalVersionWeights: weights } : {});
}
