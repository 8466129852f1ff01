/** Function rows → Lambda's wire shapes (field names as in @aws-sdk/client-lambda). */
import "server-only";
import type { FunctionAlias, FunctionVersion } from "@/generated/prisma/client";
import { functionArn } from "@/gateway/functions/arn";
import { settings } from "../settings";
import { lambdaTimestamp } from "./http";
import type { AliasConfiguration, FunctionConfiguration } from "@/gateway/model/lambda-types";

export type { AliasConfiguration, FunctionConfiguration };

export const arnOf = (name: string, qualifier?: string) => functionArn(settings().region, settings().accountId, name, qualifier);


export function toFunctionConfiguration(v: FunctionVersion): FunctionConfiguration {
  const env = JSON.parse(v.environment || "{}") as Record<string, string>;
  return {
    FunctionName: v.functionName,
    FunctionArn: arnOf(v.functionName, v.version === "$LATEST" ? undefined : v.version),
    Runtime: v.runtime,
    Role: v.role,
    Handler: v.handler,
    CodeSize: v.codeSize,
    Description: v.description,
    Timeout: v.timeout,
    MemorySize: v.memorySize,
    LastModified: lambdaTimestamp(v.lastModified),
    CodeSha256: v.codeSha256,
    Version: v.version,
    ...(Object.keys(env).length ? { Environment: { Variables: env } } : {}),
    TracingConfig: { Mode: "PassThrough" },
    RevisionId: v.revisionId,
    State: "Active",
    LastUpdateStatus: "Successful",
    PackageType: "Zip",
    Architectures: ["x86_64"],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: { LogFormat: "Text", LogGroup: `/aws/lambda/${v.functionName}` },
  };
}


export function toAliasConfiguration(a: FunctionAlias): AliasConfiguration {
  const routing = JSON.parse(a.routingConfig || "{}") as { AdditionalVersionWeights?: Record<string, number> };
  return {
    AliasArn: arnOf(a.functionName, a.name),
    Name: a.name,
    FunctionVersion: a.functionVersion,
    Description: a.description,
    ...(routing.AdditionalVersionWeights && Object.keys(routing.AdditionalVersionWeights).length
      ? { RoutingConfig: { AdditionalVersionWeights: routing.AdditionalVersionWeights } }
      : {}),
    RevisionId: a.revisionId,
  };
}
