/**
 * Test support: a real SQLite file in a temp dir with the project's migrations applied, and
 * helpers to store a deployment snapshot behind a stage exactly as the control API does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
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

/** Sets (or with null, removes) a stage's canary settings, as UpdateStage does. */
export function setCanary(
  db: Database.Database,
  apiId: string,
  stageName: string,
  canary: { percentTraffic: number; deploymentId?: string; stageVariableOverrides?: Record<string, string> } | null,
) {
  db.transaction(() => {
    db.prepare("UPDATE Stage SET canarySettings = ? WHERE restApiId = ? AND stageName = ?").run(canary ? JSON.stringify(canary) : null, apiId, stageName);
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
