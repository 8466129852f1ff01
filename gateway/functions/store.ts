/**
 * Reads functions from SQLite for the runtime: a version's configuration (aliases resolved,
 * routing weights applied) and its code. Lookups are cached per version and dropped as a whole
 * when `Meta.functions_revision` moves (every write of the Lambda API bumps it), so a request
 * costs one primary-key read of that row.
 */
import type Database from "better-sqlite3";
import { functionArn, type FunctionRef } from "./arn";
import { functionNotFound, LambdaError } from "./errors";
import type { FunctionVersionConfig, ResolvedFunction, StoredCode } from "./types";

interface VersionRow {
  functionName: string;
  version: string;
  handler: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  environment: string;
  codeSha256: string;
  revisionId: string;
}

interface AliasEntry {
  functionVersion: string;
  /** Other versions and their weights (0..1); the rest goes to functionVersion. */
  weights: [string, number][];
}

interface FunctionEntry {
  reservedConcurrency: number | null;
  versions: Map<string, FunctionVersionConfig | null>;
  aliases: Map<string, AliasEntry | null>;
}

export const FUNCTIONS_REVISION_KEY = "functions_revision";

export class FunctionStore {
  private revision: string | undefined | null = undefined;
  private functions = new Map<string, FunctionEntry | null>();
  private readonly q: {
    revision: Database.Statement<[], { value: string }>;
    fn: Database.Statement<[string], { reservedConcurrency: number | null }>;
    version: Database.Statement<[string, string], VersionRow>;
    alias: Database.Statement<[string, string], { functionVersion: string; routingConfig: string }>;
    code: Database.Statement<[string], { zip: Buffer; build: string }>;
  };

  constructor(
    db: Database.Database,
    private readonly arn: { region: string; accountId: string } = { region: "us-east-1", accountId: "000000000000" },
    private readonly random: () => number = Math.random,
  ) {
    this.q = {
      revision: db.prepare(`SELECT value FROM Meta WHERE key = '${FUNCTIONS_REVISION_KEY}'`),
      fn: db.prepare("SELECT reservedConcurrency FROM LambdaFunction WHERE name = ?"),
      version: db.prepare(
        "SELECT functionName, version, handler, runtime, timeout, memorySize, environment, codeSha256, revisionId FROM FunctionVersion WHERE functionName = ? AND version = ?",
      ),
      alias: db.prepare("SELECT functionVersion, routingConfig FROM FunctionAlias WHERE functionName = ? AND name = ?"),
      code: db.prepare("SELECT zip, build FROM FunctionCode WHERE sha256 = ?"),
    };
  }

  /** Drops every cached lookup if the functions revision moved since the last call. */
  private checkRevision() {
    const revision = this.q.revision.get()?.value ?? null;
    if (revision !== this.revision) {
      this.functions.clear();
      this.revision = revision;
    }
  }

  /** Forgets everything cached (the console calls this right after its own writes). */
  invalidate() {
    this.revision = undefined;
    this.functions.clear();
  }

  private entry(name: string): FunctionEntry | null {
    let entry = this.functions.get(name);
    if (entry === undefined) {
      const row = this.q.fn.get(name);
      entry = row ? { reservedConcurrency: row.reservedConcurrency, versions: new Map(), aliases: new Map() } : null;
      this.functions.set(name, entry);
    }
    return entry;
  }

  private version(entry: FunctionEntry, name: string, version: string): FunctionVersionConfig | null {
    let config = entry.versions.get(version);
    if (config === undefined) {
      const row = this.q.version.get(name, version);
      config = row
        ? {
            functionName: row.functionName,
            version: row.version,
            handler: row.handler,
            runtime: row.runtime,
            timeout: row.timeout,
            memorySize: row.memorySize,
            environment: JSON.parse(row.environment || "{}"),
            codeSha256: row.codeSha256,
            revisionId: row.revisionId,
          }
        : null;
      entry.versions.set(version, config);
    }
    return config;
  }

  private alias(entry: FunctionEntry, name: string, alias: string): AliasEntry | null {
    let a = entry.aliases.get(alias);
    if (a === undefined) {
      const row = this.q.alias.get(name, alias);
      if (row) {
        const routing = JSON.parse(row.routingConfig || "{}") as { AdditionalVersionWeights?: Record<string, number> };
        a = { functionVersion: row.functionVersion, weights: Object.entries(routing.AdditionalVersionWeights ?? {}) };
      } else a = null;
      entry.aliases.set(alias, a);
    }
    return a;
  }

  /** The version a call runs: $LATEST, a version number, or an alias (weights applied). */
  resolve(ref: FunctionRef): ResolvedFunction {
    this.checkRevision();
    const invokedArn = functionArn(this.arn.region, this.arn.accountId, ref.name, ref.qualifier);
    const entry = this.entry(ref.name);
    if (!entry) throw functionNotFound(invokedArn);
    const qualifier = ref.qualifier ?? "$LATEST";
    let version = qualifier;
    if (qualifier !== "$LATEST" && !/^\d+$/.test(qualifier)) {
      const alias = this.alias(entry, ref.name, qualifier);
      if (!alias) throw functionNotFound(invokedArn);
      version = alias.functionVersion;
      let roll = this.random();
      for (const [other, weight] of alias.weights) {
        if (roll < weight) {
          version = other;
          break;
        }
        roll -= weight;
      }
    }
    const config = this.version(entry, ref.name, version);
    if (!config) throw functionNotFound(invokedArn);
    return { config, reservedConcurrency: entry.reservedConcurrency, executedVersion: version, invokedArn };
  }

  /** The stored deployment package (read once per code hash; the runtime caches it on disk). */
  code(sha256: string): StoredCode {
    const row = this.q.code.get(sha256);
    if (!row) throw new LambdaError("ServiceException", `The code of this function (${sha256}) is missing.`);
    return { zip: row.zip, build: JSON.parse(row.build || "{}") };
  }
}
