import type { Integration } from "@/components/data/types";

export const INTEGRATION_LABELS: Record<string, string> = {
  MOCK: "Mock",
  HTTP: "HTTP",
  HTTP_PROXY: "HTTP proxy",
  AWS: "AWS service",
  AWS_PROXY: "Lambda proxy",
};

/** One line describing an integration: "Mock", "HTTP proxy · GET http://…". */
export function integrationSummary(i: Integration | undefined): string {
  if (!i) return "Not configured";
  const label = INTEGRATION_LABELS[i.type] ?? i.type;
  if (i.type === "HTTP" || i.type === "HTTP_PROXY") return `${label} · ${i.httpMethod ?? "ANY"} ${i.uri ?? ""}`.trim();
  if (i.uri) return `${label} · ${i.uri}`;
  return label;
}
