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
}

export class StageRegistry {
  private stages = new Map<string, CompiledStage>();
  private deployments = new Map<string, { snapshot: ApiSnapshot; compiled: CompiledDeployment }>();
  private revision: string | null | undefined = undefined;
  private timer?: NodeJS.Timeout;
  private readonly revisionQuery: Database.Statement<[], { value: string }>;
  private readonly stagesQuery: Database.Statement<[], StageRow>;
  private readonly snapshotQuery: Database.Statement<[string], { snapshot: string }>;

  constructor(db: Database.Database, private readonly onReload?: (info: { stages: number; compiled: number; ms: number }) => void) {
    this.revisionQuery = db.prepare("SELECT value FROM Meta WHERE key = 'gateway_revision'");
    this.stagesQuery = db.prepare("SELECT restApiId, stageName, deploymentId, variables FROM Stage");
    this.snapshotQuery = db.prepare("SELECT snapshot FROM Deployment WHERE id = ?");
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
    for (const row of this.stagesQuery.all()) {
      try {
        let deployment = used.get(row.deploymentId) ?? this.deployments.get(row.deploymentId);
        if (!deployment) {
          const text = this.snapshotQuery.get(row.deploymentId)?.snapshot;
          if (!text) continue;
          const snapshot = JSON.parse(text) as ApiSnapshot;
          deployment = { snapshot, compiled: compileDeployment(snapshot) };
          compiled++;
          for (const p of deployment.compiled.problems) console.warn(`[gateway] ${row.restApiId}/${row.stageName}: ${p.where}: ${p.message}`);
        }
        used.set(row.deploymentId, deployment);
        const source: StageSnapshot = {
          restApiId: row.restApiId,
          stageName: row.stageName,
          deploymentId: row.deploymentId,
          variables: JSON.parse(row.variables || "{}"),
          snapshot: deployment.snapshot,
        };
        next.set(`${row.restApiId}/${row.stageName}`, compileStage(source, deployment.compiled));
      } catch (err) {
        // One bad row must not take the other stages down; keep serving what was there.
        console.error(`[gateway] could not load stage ${row.restApiId}/${row.stageName}:`, err);
        const previous = this.stages.get(`${row.restApiId}/${row.stageName}`);
        if (previous) next.set(`${row.restApiId}/${row.stageName}`, previous);
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
