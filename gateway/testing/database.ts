/**
 * Test support: a real SQLite file in a temp dir with the project's migrations applied, and
 * helpers to store a deployment snapshot behind a stage exactly as the control API does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { AccessLogSettings, MethodSetting } from "../model/api-types";
import type { ApiSnapshot } from "../model/snapshot";

const MIGRATIONS = join(import.meta.dirname, "../../prisma/migrations");

export interface TestDatabase {
  db: Database.Database;
  path: string;
  dir: string;
  close(): void;
}

export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "archway-test-"));
  const path = join(dir, "archway.db");
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  for (const name of readdirSync(MIGRATIONS).filter((n) => !n.endsWith(".toml")).sort()) {
    db.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  return {
    db,
    path,
    dir,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function bumpRevision(db: Database.Database) {
  db.prepare(
    "INSERT INTO Meta(key, value) VALUES('gateway_revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
  ).run();
}

let counter = 0;

/** Stores `snapshot` as a new deployment and points stage `stageName` at it. Returns the deployment id. */
export function deploySnapshot(db: Database.Database, snapshot: ApiSnapshot, stageName: string, variables: Record<string, string> = {}): string {
  const apiId = snapshot.api.id;
  const deploymentId = `dep${String(++counter).padStart(3, "0")}`;
  db.transaction(() => {
    db.prepare("INSERT OR IGNORE INTO RestApi(id, name, rootResourceId) VALUES(?, ?, ?)").run(apiId, snapshot.api.name, snapshot.resources[0]?.id ?? "root");
    db.prepare("INSERT INTO Deployment(id, restApiId, snapshot) VALUES(?, ?, ?)").run(deploymentId, apiId, JSON.stringify(snapshot));
    db.prepare(
      `INSERT INTO Stage(restApiId, stageName, deploymentId, variables, lastUpdatedDate) VALUES(?, ?, ?, ?, CURRENT_TIMESTAMP)
       ON CONFLICT(restApiId, stageName) DO UPDATE SET deploymentId = excluded.deploymentId, variables = excluded.variables`,
    ).run(apiId, stageName, deploymentId, JSON.stringify(variables));
    bumpRevision(db);
  })();
  return deploymentId;
}

export interface StageSettings {
  methodSettings?: Record<string, MethodSetting>;
  /** null removes them. */
  accessLogSettings?: AccessLogSettings | null;
  /** On: a 0.5 GB cache cluster, as CreateStage / UpdateStage record it. */
  cacheClusterEnabled?: boolean;
  /** null removes the canary. */
  canary?: { percentTraffic: number; deploymentId?: string; stageVariableOverrides?: Record<string, string>; useStageCache?: boolean } | null;
}

/** Writes the given stage settings (the others stay as they are) and bumps the revision, as UpdateStage does. */
export function setStageSettings(db: Database.Database, apiId: string, stageName: string, s: StageSettings) {
  const update = (columns: string, ...values: unknown[]) =>
    db.prepare(`UPDATE Stage SET ${columns} WHERE restApiId = ? AND stageName = ?`).run(...values, apiId, stageName);
  db.transaction(() => {
    if (s.methodSettings) update("methodSettings = ?", JSON.stringify(s.methodSettings));
    if (s.accessLogSettings !== undefined) update("accessLogSettings = ?", s.accessLogSettings ? JSON.stringify(s.accessLogSettings) : null);
    if (s.cacheClusterEnabled !== undefined) update("cacheClusterEnabled = ?, cacheClusterSize = ?", s.cacheClusterEnabled ? 1 : 0, s.cacheClusterEnabled ? "0.5" : null);
    if (s.canary !== undefined) update("canarySettings = ?", s.canary ? JSON.stringify(s.canary) : null);
    bumpRevision(db);
  })();
}

/** Sets (or with null, removes) a stage's canary settings, as UpdateStage does. */
export function setCanary(db: Database.Database, apiId: string, stageName: string, canary: NonNullable<StageSettings["canary"]> | null) {
  setStageSettings(db, apiId, stageName, { canary });
}

/** Exactly what FlushStageCache / FlushStageAuthorizersCache write: the cache's epoch, then the revision. */
export function bumpCacheEpoch(db: Database.Database, kind: "stage" | "authorizer", apiId: string, stageName: string) {
  db.transaction(() => {
    db.prepare(
      "INSERT INTO Meta(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
    ).run(`cache_epoch:${kind}:${apiId}/${stageName}`);
    bumpRevision(db);
  })();
}

/** Points a stage at an existing deployment (UpdateStage /deploymentId: a rollback). */
export function pointStage(db: Database.Database, apiId: string, stageName: string, deploymentId: string) {
  db.transaction(() => {
    db.prepare("UPDATE Stage SET deploymentId = ? WHERE restApiId = ? AND stageName = ?").run(deploymentId, apiId, stageName);
    bumpRevision(db);
  })();
}
