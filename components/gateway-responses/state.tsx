import type { GatewayResponse } from "@/components/data/use-gateway-responses";
import { Badge } from "@/components/ui/badge";
import { RESPONSE_TYPE_INFO } from "./response-types";

export type ResponseState = "customized" | "inherited" | "default";

/** Customized, showing its DEFAULT_4XX / DEFAULT_5XX family's customization, or AWS's default. */
export function stateOf(r: GatewayResponse | undefined, all: GatewayResponse[]): ResponseState {
  if (!r) return "default";
  if (!r.defaultResponse) return "customized";
  const info = RESPONSE_TYPE_INFO[r.responseType];
  if (r.responseType !== "DEFAULT_4XX" && r.responseType !== "DEFAULT_5XX") {
    const family = all.find((x) => x.responseType === (info.family === "5XX" ? "DEFAULT_5XX" : "DEFAULT_4XX"));
    if (family && !family.defaultResponse) return "inherited";
  }
  return "default";
}

export function StateBadge({ state, family }: { state: ResponseState; family: string }) {
  if (state === "customized") return <Badge tone="primary">Customized</Badge>;
  if (state === "inherited") return <Badge tone="outline">From DEFAULT_{family}</Badge>;
  return <Badge>Default</Badge>;
}

