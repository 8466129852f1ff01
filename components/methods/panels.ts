export const PANELS = ["method-request", "integration-request", "integration-response", "method-response", "test", "playground"] as const;
export type Panel = (typeof PANELS)[number];

export const PANEL_TITLES: Record<Panel, string> = {
  "method-request": "Method request",
  "integration-request": "Integration request",
  "integration-response": "Integration response",
  "method-response": "Method response",
  test: "Test",
  playground: "Template playground",
};

export function isPanel(v: string | null | undefined): v is Panel {
  return !!v && (PANELS as readonly string[]).includes(v);
}
