/**
 * The stages the gateway serves, loaded from SQLite. A poll of one revision row (bumped by the
 * control API on every deployment or stage change) decides when to reload; the new map of
 * compiled stages replaces the old one in a single assignment, so requests in flight finish on
 * the stage they started with. Compiled deployments are cached by id: a reload recompiles only
 * snapshots it has not seen.
 */
import type Database from "better-sqlite3";
import type { ApiSnapshot, StageSnapshot } from "../model/snapshot";
import { compileDeployment, compileStage, type CompiledDeployment, type CompiledStage } from "./compiled-stage";

interface StageRow {
  restApiId: string;
  stageName: string;
  deploymentId: string;
  variables: string;
  canarySettings: string | null;
  methodSettings: string;
  accessLogSettings: string | null;
  cacheClusterEnabled: number;
  cacheClusterSize: string | null;
  tracingEnabled: number;
}

interface CanaryRow {
  percentTraffic?: number;
  deploymentId?: string;
  stageVariableOverrides?: Record<string, string>;
  useStageCache?: boolean;
}

export class StageRegistry {
  private stages = new Map<string, CompiledStage>();
  private deployments = new Map<string, { snapshot: ApiSnapshot; compiled: CompiledDeployment }>();
  private revision: string | null | undefined = undefined;
  private timer?: NodeJS.Timeout;
  private readonly revisionQuery: Database.Statement<[], { value: string }>;
  private readonly stagesQuery: Database.Statement<[], StageRow>;
  private readonly snapshotQuery: Database.Statement<[string], { snapshot: string }>;
  private readonly epochsQuery: Database.Statement<[], { key: string; value: string }>;

  constructor(db: Database.Database, private readonly onReload?: (info: { stages: number; compiled: number; ms: number }) => void) {
    this.revisionQuery = db.prepare("SELECT value FROM Meta WHERE key = 'gateway_revision'");
    this.stagesQuery = db.prepare(`SELECT restApiId, stageName, deploymentId, variables, canarySettings, methodSettings, accessLogSettings,
              cacheClusterEnabled, cacheClusterSize, tracingEnabled FROM Stage`);
    this.snapshotQuery = db.prepare("SELECT snapshot FROM Deployment WHERE id = ?");
    this.epochsQuery = db.prepare("SELECT key, value FROM Meta WHERE key LIKE 'cache_epoch:%'");
  }

  get(restApiId: string, stageName: string): CompiledStage | undefined {
    return this.stages.get(`${restApiId}/${stageName}`);
  }

  get size(): number {
    return this.stages.size;
  }

  /** Reloads when the revision moved; returns whether it did. */
  refresh(): boolean {
    const revision = this.revisionQuery.get()?.value ?? null;
    if (revision === this.revision) return false;
    this.reload();
    this.revision = revision;
    return true;
  }

  private reload() {
    const started = performance.now();
    const next = new Map<string, CompiledStage>();
    const used = new Map<string, { snapshot: ApiSnapshot; compiled: CompiledDeployment }>();
    let compiled = 0;
    const deploymentOf = (id: string, where: string) => {
      let deployment = used.get(id) ?? this.deployments.get(id);
      if (!deployment) {
        const text = this.snapshotQuery.get(id)?.snapshot;
        if (!text) return undefined;
        const snapshot = JSON.parse(text) as ApiSnapshot;
        deployment = { snapshot, compiled: compileDeployment(snapshot) };
        compiled++;
        for (const p of deployment.compiled.problems) console.warn(`[gateway] ${where}: ${p.where}: ${p.message}`);
      }
      used.set(id, deployment);
      return deployment;
    };
    const epochs = new Map(this.epochsQuery.all().map((r) => [r.key, Number(r.value) || 0]));
    for (const row of this.stagesQuery.all()) {
      const key = `${row.restApiId}/${row.stageName}`;
      try {
        const deployment = deploymentOf(row.deploymentId, key);
        if (!deployment) continue;
        const variables: Record<string, string> = JSON.parse(row.variables || "{}");
        const methodSettings = JSON.parse(row.methodSettings || "{}") as StageSnapshot["methodSettings"];
        const accessLogSettings = row.accessLogSettings ? (JSON.parse(row.accessLogSettings) as StageSnapshot["accessLogSettings"]) : undefined;
        const source = (deploymentId: string, snapshot: ApiSnapshot, vars: Record<string, string>): StageSnapshot => ({
          restApiId: row.restApiId,
          stageName: row.stageName,
          deploymentId,
          variables: vars,
          snapshot,
          methodSettings,
          accessLogSettings,
          cacheClusterEnabled: !!row.cacheClusterEnabled,
          cacheClusterSize: row.cacheClusterSize ?? undefined,
          tracingEnabled: !!row.tracingEnabled,
          cacheEpochs: {
            stage: epochs.get(`cache_epoch:stage:${key}`) ?? 0,
            authorizer: epochs.get(`cache_epoch:authorizer:${key}`) ?? 0,
          },
        });
        const stage = compileStage(source(row.deploymentId, deployment.snapshot, variables), deployment.compiled);
        const canary = row.canarySettings ? (JSON.parse(row.canarySettings) as CanaryRow) : null;
        if (canary) {
          // A canary without its own deployment serves the stage's deployment with the overrides.
          const canaryDeploymentId = canary.deploymentId ?? row.deploymentId;
          const canaryDeployment = deploymentOf(canaryDeploymentId, `${key} (canary)`);
          if (canaryDeployment) {
            const vars = { ...variables, ...(canary.stageVariableOverrides ?? {}) };
            stage.canary = {
              percentTraffic: canary.percentTraffic ?? 0,
              stage: compileStage(
                { ...source(canaryDeploymentId, canaryDeployment.snapshot, vars), useStageCache: !!canary.useStageCache },
                canaryDeployment.compiled,
              ),
            };
          }
        }
        next.set(key, stage);
      } catch (err) {
        // One bad row must not take the other stages down; keep serving what was there.
        console.error(`[gateway] could not load stage ${key}:`, err);
        const previous = this.stages.get(key);
        if (previous) next.set(key, previous);
      }
    }
    this.stages = next;
    this.deployments = used;
    this.onReload?.({ stages: next.size, compiled, ms: performance.now() - started });
  }

  start(intervalMs: number) {
    this.refresh();
    this.timer = setInterval(() => {
      try {
        this.refresh();
      } catch (err) {
        console.error("[gateway] reload failed; still serving the previous stages:", err);
      }
    }, intervalMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }
}
