/** How the console names authorizer types and the function an authorizer calls. */
import type { AuthorizerType } from "@/components/data/types";
import { parseLambdaUri } from "@/components/functions/function-target-picker";

export const TYPE_LABELS: Record<AuthorizerType, string> = {
  TOKEN: "Lambda · Token",
  REQUEST: "Lambda · Request",
  COGNITO_USER_POOLS: "Cognito user pool",
};

/** `name[:qualifier]` of the function an authorizer URI names, or the URI itself. */
export function functionLabel(uri: string | undefined): string {
  if (!uri) return "—";
  const t = parseLambdaUri(uri);
  return t ? `${t.functionName}${t.qualifier ? `:${t.qualifier}` : ""}` : uri;
}
