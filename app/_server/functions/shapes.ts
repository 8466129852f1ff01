/** Function rows → Lambda's wire shapes (field names as in @aws-sdk/client-lambda). */
import "server-only";
import type { FunctionAlias, FunctionVersion } from "@/generated/prisma/client";
import { functionArn } from "@/gateway/functions/arn";
import { settings } from "../settings";
import { lambdaTimestamp } from "./http";

export const arnOf = (name: string, qualifier?: string) => functionArn(settings().region, settings().accountId, name, qualifier);

export interface FunctionConfiguration {
  FunctionName: string;
  FunctionArn: string;
  Runtime: string;
  Role: string;
  Handler: string;
  CodeSize: number;
  Description: string;
  Timeout: number;
  MemorySize: number;
  LastModified: string;
  CodeSha256: string;
  Version: string;
  Environment?: { Variables: Record<string, string> };
  TracingConfig: { Mode: string };
  RevisionId: string;
  State: string;
  LastUpdateStatus: string;
  PackageType: string;
  Architectures: string[];
  EphemeralStorage: { Size: number };
  SnapStart: { ApplyOn: string; OptimizationStatus: string };
  LoggingConfig: { LogFormat: string; LogGroup: string };
}

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

export interface AliasConfiguration {
  AliasArn: string;
  Name: string;
  FunctionVersion: string;
  Description: string;
  RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
  RevisionId: string;
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
