/**
 * Invoke: POST /2015-03-31/functions/{FunctionName}/invocations?Qualifier= — RequestResponse
 * (200 with the function's payload; X-Amz-Function-Error when it failed; X-Amz-Log-Result with
 * the last 4 KB of the log for X-Amz-Log-Type: Tail), Event (202) or DryRun (204). Runs in this
 * process's function runtime.
 */
import "server-only";
import { LambdaError } from "@/gateway/functions/errors";
import { getFunctionRuntime } from "@/gateway/functions/index";
import { logTail } from "@/gateway/functions/log-format";
import { refOf } from "./store";

export async function invoke(functionName: string, qualifier: string | null, headers: Headers, payload: string): Promise<Response> {
  const ref = refOf(functionName, qualifier);
  const type = headers.get("x-amz-invocation-type") ?? "RequestResponse";
  if (type !== "RequestResponse" && type !== "Event" && type !== "DryRun") {
    throw new LambdaError("InvalidParameterValueException", `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`);
  }
  if (payload.trim() !== "") {
    try {
      JSON.parse(payload);
    } catch (err) {
      throw new LambdaError("InvalidRequestContentException", `Could not parse request body into json: Could not parse payload into json: ${(err as Error).message}`);
    }
  }
  const clientContext = headers.get("x-amz-client-context") ?? undefined;
  const result = await getFunctionRuntime().invoke(ref, payload, { invocationType: type, clientContext, traceId: headers.get("x-amzn-trace-id") ?? undefined });
  const out: Record<string, string> = { "content-type": "application/json", "x-amzn-RequestId": result.requestId };
  if (type === "RequestResponse") {
    out["X-Amz-Executed-Version"] = result.executedVersion;
    if (result.functionError) out["X-Amz-Function-Error"] = result.functionError;
    if (headers.get("x-amz-log-type") === "Tail") out["X-Amz-Log-Result"] = logTail(result.log);
    return new Response(result.payload, { status: 200, headers: out });
  }
  return new Response(null, { status: result.statusCode, headers: out });
}
