/**
 * Shapes of the console-only endpoints behind the stage screens: deployment history
 * (`/api/restapis/{id}/deployments`), deployment diffs (`.../deployments/{a}/diff?to=`) and
 * request metrics (`/api/metrics`). Type-only re-exports of the server modules that build them.
 */
export type { DeploymentHistoryEntry } from "@/app/_server/control/deployment-history";
export type { DeploymentDiff, DiffSide } from "@/app/_server/snapshot/deployment-diff";
export type {
  ChangeKind,
  CollectionDiff,
  FieldChange,
  MethodChange,
  MethodRef,
  ResourceRef,
  SnapshotDiff,
} from "@/app/_server/snapshot/diff-snapshots";
export type { MetricsPoint, MetricsSeries } from "@/app/_server/metrics/query-metrics";
export type { CanarySettings, MethodSetting } from "@/gateway/model/api-types";

import type { MetricsSeries } from "@/app/_server/metrics/query-metrics";

export interface MetricsResponse {
  from: number;
  to: number;
  stepMinutes: number;
  series: MetricsSeries[];
}
