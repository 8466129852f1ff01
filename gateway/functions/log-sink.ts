/**
 * Function logs and metrics go to SQLite in batches: invocations append to an in-memory queue
 * and a timer flushes it in one transaction (logs inserted, per-minute metric rows merged), so no
 * invocation ever waits for a write. Retention prunes logs by age and by count per function.
 */
import type Database from "better-sqlite3";
import { bucketOf, mergeHistograms, type Histogram } from "../metrics/histogram";

export interface InvocationRecord {
  functionName: string;
  version: string;
  requestId: string;
  timestamp: number;
  durationMs: number;
  initMs?: number;
  /** errorType when the invocation failed. */
  error?: string;
  text: string;
}

interface MetricDelta {
  invocations: number;
  errors: number;
  throttles: number;
  coldStarts: number;
  durationSum: number;
  durationMax: number;
  histogram: Histogram;
}

export interface LogSinkOptions {
  flushIntervalMs?: number;
  /** Flush early once this many invocations wait. */
  maxBatch?: number;
  retentionMs?: number;
  maxLogsPerFunction?: number;
  /** How often retention runs. */
  pruneIntervalMs?: number;
  /** Metrics older than this are dropped. */
  metricRetentionMs?: number;
}

export class FunctionLogSink {
  private logs: InvocationRecord[] = [];
  private metrics = new Map<string, MetricDelta>();
  private timer: NodeJS.Timeout;
  private lastPrune = 0;
  private readonly opts: Required<LogSinkOptions>;
  private readonly insertLog: Database.Statement;
  private readonly getMetric: Database.Statement<[string, number], { histogram: string }>;
  private readonly upsertMetric: Database.Statement;
  private readonly writeBatch: (logs: InvocationRecord[], metrics: [string, MetricDelta][]) => void;
  private closed = false;

  constructor(
    private readonly db: Database.Database,
    opts: LogSinkOptions = {},
  ) {
    this.opts = {
      flushIntervalMs: opts.flushIntervalMs ?? 1000,
      maxBatch: opts.maxBatch ?? 500,
      retentionMs: opts.retentionMs ?? 7 * 24 * 3600_000,
      maxLogsPerFunction: opts.maxLogsPerFunction ?? 10_000,
      pruneIntervalMs: opts.pruneIntervalMs ?? 60_000,
      metricRetentionMs: opts.metricRetentionMs ?? 14 * 24 * 3600_000,
    };
    this.insertLog = db.prepare(
      "INSERT INTO FunctionLog(functionName, version, requestId, timestamp, durationMs, initMs, error, text) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.getMetric = db.prepare("SELECT histogram FROM FunctionMetric WHERE functionName = ? AND minute = ?");
    this.upsertMetric = db.prepare(
      `INSERT INTO FunctionMetric(functionName, minute, invocations, errors, throttles, coldStarts, durationSum, durationMax, histogram)
       VALUES(@functionName, @minute, @invocations, @errors, @throttles, @coldStarts, @durationSum, @durationMax, @histogram)
       ON CONFLICT(functionName, minute) DO UPDATE SET
         invocations = invocations + excluded.invocations, errors = errors + excluded.errors,
         throttles = throttles + excluded.throttles, coldStarts = coldStarts + excluded.coldStarts,
         durationSum = durationSum + excluded.durationSum, durationMax = MAX(durationMax, excluded.durationMax),
         histogram = excluded.histogram`,
    );
    this.writeBatch = db.transaction((logs: InvocationRecord[], metrics: [string, MetricDelta][]) => {
      for (const l of logs) {
        this.insertLog.run(l.functionName, l.version, l.requestId, l.timestamp, l.durationMs, l.initMs ?? null, l.error ?? null, l.text);
      }
      for (const [key, m] of metrics) {
        const sep = key.lastIndexOf("\u0000");
        const functionName = key.slice(0, sep);
        const minute = Number(key.slice(sep + 1));
        const existing = this.getMetric.get(functionName, minute);
        const histogram = existing ? mergeHistograms(JSON.parse(existing.histogram || "{}"), m.histogram) : m.histogram;
        this.upsertMetric.run({ functionName, minute, ...m, histogram: JSON.stringify(histogram) });
      }
    });
    this.timer = setInterval(() => this.flush(), this.opts.flushIntervalMs);
    this.timer.unref();
  }

  private metric(functionName: string, at: number): MetricDelta {
    const key = `${functionName}\u0000${Math.floor(at / 60_000)}`;
    let m = this.metrics.get(key);
    if (!m) {
      m = { invocations: 0, errors: 0, throttles: 0, coldStarts: 0, durationSum: 0, durationMax: 0, histogram: {} };
      this.metrics.set(key, m);
    }
    return m;
  }

  record(r: InvocationRecord): void {
    if (this.closed) return;
    this.logs.push(r);
    const m = this.metric(r.functionName, r.timestamp);
    m.invocations++;
    if (r.error) m.errors++;
    if (r.initMs !== undefined) m.coldStarts++;
    m.durationSum += r.durationMs;
    m.durationMax = Math.max(m.durationMax, r.durationMs);
    const b = bucketOf(r.durationMs);
    m.histogram[b] = (m.histogram[b] ?? 0) + 1;
    if (this.logs.length >= this.opts.maxBatch) queueMicrotask(() => this.flush());
  }

  recordThrottle(functionName: string, at = Date.now()): void {
    if (this.closed) return;
    this.metric(functionName, at).throttles++;
  }

  /** Writes what is queued (one transaction). Never throws: a failed batch is logged and dropped. */
  flush(): void {
    if (this.logs.length || this.metrics.size) {
      const logs = this.logs;
      const metrics = [...this.metrics];
      this.logs = [];
      this.metrics = new Map();
      try {
        this.writeBatch(logs, metrics);
      } catch (err) {
        console.error(`[functions] could not write ${logs.length} log record(s):`, (err as Error).message);
      }
    }
    if (Date.now() - this.lastPrune >= this.opts.pruneIntervalMs) this.prune();
  }

  /** Retention: logs older than the limit, logs past the per-function count, old metrics. */
  prune(now = Date.now()): void {
    this.lastPrune = now;
    try {
      this.db.prepare("DELETE FROM FunctionLog WHERE timestamp < ?").run(now - this.opts.retentionMs);
      const over = this.db
        .prepare("SELECT functionName FROM FunctionLog GROUP BY functionName HAVING COUNT(*) > ?")
        .all(this.opts.maxLogsPerFunction) as { functionName: string }[];
      const cut = this.db.prepare(
        "DELETE FROM FunctionLog WHERE functionName = ? AND id <= (SELECT id FROM FunctionLog WHERE functionName = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
      );
      for (const { functionName } of over) cut.run(functionName, functionName, this.opts.maxLogsPerFunction);
      this.db.prepare("DELETE FROM FunctionMetric WHERE minute < ?").run(Math.floor((now - this.opts.metricRetentionMs) / 60_000));
    } catch (err) {
      console.error("[functions] log retention failed:", (err as Error).message);
    }
  }

  close(): void {
    if (this.closed) return;
    clearInterval(this.timer);
    this.flush();
    this.closed = true;
  }
}
