/** The sub-views of a stage page, each at `?view=`. */
export const STAGE_VIEWS = ["overview", "deployments", "variables", "canary", "settings", "dashboard", "logs"] as const;
export type StageView = (typeof STAGE_VIEWS)[number];

export const STAGE_VIEW_LABELS: Record<StageView, string> = {
  overview: "Overview",
  deployments: "Deployments",
  variables: "Stage variables",
  canary: "Canary",
  settings: "Settings",
  dashboard: "Dashboard",
  logs: "Logs",
};

export const isStageView = (v: string | null | undefined): v is StageView => !!v && (STAGE_VIEWS as readonly string[]).includes(v);
