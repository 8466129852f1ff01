/**
 * Lambda API wire shapes (field names as in @aws-sdk/client-lambda), shared by the Lambda API
 * handlers and the console. Pure types.
 */
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

export interface AliasConfiguration {
  AliasArn: string;
  Name: string;
  FunctionVersion: string;
  Description: string;
  RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
  RevisionId: string;
}
