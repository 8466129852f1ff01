/**
 * Every Archway setting in one table: its env var, type, default and what it does.
 * Read once at start; both processes (console and gateway) use this module.
 */
import { resolve } from "node:path";

interface SettingSpec<T> {
  env: string;
  description: string;
  default: T;
  parse: (raw: string) => T;
}

const int = (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${raw}"`);
  return n;
};
const str = (raw: string) => raw;

export const settingSpecs = {
  dataDir: {
    env: "ARCHWAY_DATA_DIR",
    description: "Directory for the SQLite database and the generated root credentials.",
    default: "./data",
    parse: str,
  },
  databaseUrl: {
    env: "DATABASE_URL",
    description: "SQLite URL (file:...). Defaults to file:<dataDir>/archway.db.",
    default: "",
    parse: str,
  },
  consolePort: {
    env: "PORT",
    description: "Port of the console and the control API.",
    default: 3000,
    parse: int,
  },
  gatewayPort: {
    env: "ARCHWAY_GATEWAY_PORT",
    description: "Port of the gateway (the data plane serving deployed stages).",
    default: 8080,
    parse: int,
  },
  host: {
    env: "ARCHWAY_HOST",
    description: "Interface both servers listen on.",
    default: "127.0.0.1",
    parse: str,
  },
  publicGatewayUrl: {
    env: "ARCHWAY_GATEWAY_URL",
    description: "Base URL the console shows for invoke URLs. Defaults to http://localhost:<gatewayPort>.",
    default: "",
    parse: str,
  },
  region: {
    env: "ARCHWAY_REGION",
    description: "Region shown in ARNs and accepted in SigV4 credential scopes.",
    default: "us-east-1",
    parse: str,
  },
  accountId: {
    env: "ARCHWAY_ACCOUNT_ID",
    description: "Twelve-digit account id used in ARNs and request contexts.",
    default: "000000000000",
    parse: str,
  },
  rootAccessKeyId: {
    env: "ARCHWAY_ROOT_ACCESS_KEY_ID",
    description: "Root access key id; generated at first start when unset.",
    default: "",
    parse: str,
  },
  rootSecretAccessKey: {
    env: "ARCHWAY_ROOT_SECRET_ACCESS_KEY",
    description: "Root secret access key; generated at first start when unset.",
    default: "",
    parse: str,
  },
  reloadIntervalMs: {
    env: "ARCHWAY_RELOAD_INTERVAL_MS",
    description: "How often the gateway polls the revision counter for new deployments.",
    default: 200,
    parse: int,
  },
  metricsFlushIntervalMs: {
    env: "ARCHWAY_METRICS_FLUSH_MS",
    description: "How often the gateway merges its in-memory request metrics into SQLite.",
    default: 5000,
    parse: int,
  },
  functionsDir: {
    env: "ARCHWAY_FUNCTIONS_DIR",
    description: "Where function code is unpacked for running (one directory per code hash). Defaults to <dataDir>/functions.",
    default: "",
    parse: str,
  },
  functionConcurrency: {
    env: "ARCHWAY_FUNCTION_CONCURRENCY",
    description: "Concurrent function executions per process (Lambda's account concurrency); over it, invocations are throttled.",
    default: 100,
    parse: int,
  },
  functionIdleMs: {
    env: "ARCHWAY_FUNCTION_IDLE_MS",
    description: "How long a warm function instance is kept without invocations before it is stopped.",
    default: 600_000,
    parse: int,
  },
  functionLogRetentionHours: {
    env: "ARCHWAY_FUNCTION_LOG_RETENTION_HOURS",
    description: "Function invocation logs older than this are deleted.",
    default: 168,
    parse: int,
  },
  functionLogMaxPerFunction: {
    env: "ARCHWAY_FUNCTION_LOG_MAX_PER_FUNCTION",
    description: "At most this many invocation logs are kept per function (oldest deleted first).",
    default: 10_000,
    parse: int,
  },
  // Stage execution and access logs (gateway/logging): batching and retention.
  gatewayLogFlushIntervalMs: {
    env: "ARCHWAY_GATEWAY_LOG_FLUSH_MS",
    description: "How often the gateway writes queued stage execution and access log lines to SQLite (one transaction per flush).",
    default: 1000,
    parse: int,
  },
  gatewayLogRetentionHours: {
    env: "ARCHWAY_GATEWAY_LOG_RETENTION_HOURS",
    description: "Stage execution and access logs older than this are deleted.",
    default: 168,
    parse: int,
  },
  gatewayLogMaxPerStage: {
    env: "ARCHWAY_GATEWAY_LOG_MAX_PER_STAGE",
    description: "At most this many requests are kept per stage log group (execution or access, base or canary), oldest deleted first; 0 for no limit.",
    default: 10_000,
    parse: int,
  },
  // Throttling and caching state (gateway/stores): where it lives and how much of it.
  redisUrl: {
    env: "REDIS_URL",
    description:
      "Redis for throttle buckets and the stage/authorizer caches, shared by every gateway process using it (redis://host:6379/0). Unset: kept in each process's memory.",
    default: "",
    parse: str,
  },
  accountThrottleRateLimit: {
    env: "ARCHWAY_THROTTLE_RATE_LIMIT",
    description: "Account-level steady-state rate (requests/s) across all APIs and stages, as AWS's per-Region account limit. 0 turns the account-level bucket off.",
    default: 10_000,
    parse: int,
  },
  accountThrottleBurstLimit: {
    env: "ARCHWAY_THROTTLE_BURST_LIMIT",
    description: "Account-level burst (token bucket size) across all APIs and stages. 0 turns the account-level bucket off.",
    default: 5_000,
    parse: int,
  },
  cacheMaxMb: {
    env: "ARCHWAY_CACHE_MAX_MB",
    description: "Memory bound (MB) of each in-process cache (stage responses, authorizer results); least recently used entries go first. Not used with REDIS_URL.",
    default: 256,
    parse: int,
  },
} satisfies Record<string, SettingSpec<unknown>>;

type Specs = typeof settingSpecs;
export type Settings = { [K in keyof Specs]: Specs[K]["default"] };

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(settingSpecs) as [string, SettingSpec<unknown>][]) {
    const raw = env[spec.env];
    try {
      out[key] = raw === undefined || raw === "" ? spec.default : spec.parse(raw);
    } catch (err) {
      throw new Error(`${spec.env}: ${(err as Error).message}`);
    }
  }
  const s = out as Settings;
  s.dataDir = resolve(s.dataDir);
  if (!s.databaseUrl) s.databaseUrl = `file:${resolve(s.dataDir, "archway.db")}`;
  s.functionsDir = resolve(/*turbopackIgnore: true*/ s.functionsDir || `${s.dataDir}/functions`);
  if (!s.publicGatewayUrl) s.publicGatewayUrl = `http://localhost:${s.gatewayPort}`;
  return s;
}

/** Filesystem path of a `file:` SQLite URL. */
export function sqlitePath(databaseUrl: string): string {
  return resolve(databaseUrl.replace(/^file:/, ""));
}
