import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { sqlitePath } from "../../gateway/config/settings";

/** Applies pending migrations and switches the database to WAL so readers never block the writer. */
export function prepareDatabase(root: string, env: NodeJS.ProcessEnv, databaseUrl: string) {
  const prisma = join(root, "node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("database migration failed");
  }
  const db = new Database(sqlitePath(databaseUrl));
  db.pragma("journal_mode = WAL");
  db.close();
}
