/**
 * Stage execution and access logs go to SQLite in batches: responses append records to an
 * in-memory queue and a timer writes them in one transaction, so no request waits for a write.
 * Execution logs are formatted into their stored text at flush time, off the request path.
 * Retention deletes by age and caps each log group (stage × kind × base/canary) by count.
 */
import type Database from "better-sqlite3";
import { formatLogLine, truncateLogMessage } from "./log-lines";
import { redactHeaderLine } from "./redact";

export interface GatewayLogRecord {
  restApiId: string;
  stage: string;
  canary: boolean;
  kind: "execution" | "access";
  requestId: string;
  /** Epoch ms the request arrived. */
  timestamp: number;
  status: number | null;
  /** The gateway response type when the gateway refused or failed the request. */
  error: string | null;
  /** Access logs: the rendered line. */
  text?: string;
  /** Execution logs: the kept events, formatted into the stored text at flush time. */
  events?: { times: number[]; messages: string[] };
}

export interface GatewayLogSinkOptions {
  flushIntervalMs?: number;
  /** Flush early once this many records wait. */
  maxBatch?: number;
  /** Past this many waiting records (SQLite unwritable for long), the oldest are dropped. */
  maxQueued?: number;
  retentionMs?: number;
  /** Records kept per log group: stage × kind × base/canary. */
  maxPerGroup?: number;
  pruneIntervalMs?: number;
}

type GroupKey = [restApiId: string, stage: string, kind: string, canary: number];

function storedText(r: GatewayLogRecord): string {
  if (!r.events) return r.text ?? "";
  const { times, messages } = r.events;
  let text = "";
  let prefixAt = NaN;
  let prefix = "";
  for (let i = 0; i < messages.length; i++) {
    // Most of a request's events share a millisecond: format its time once.
    if (times[i] !== prefixAt) {
      prefixAt = times[i];
      prefix = formatLogLine(prefixAt, r.requestId, "");
    }
    text += (i ? "\n" : "") + prefix + truncateLogMessage(redactHeaderLine(messages[i]));
  }
  return text;
}

export class GatewayLogSink {
  private queue: GatewayLogRecord[] = [];
  /** Log groups written since the last retention pass: only those can have grown past the cap. */
  private touched = new Map<string, GroupKey>();
  private dropped = 0;
  private flushQueued = false;
  private timer?: NodeJS.Timeout;
  private lastPrune = 0;
  private lastFullPrune = 0;
  private readonly opts: Required<GatewayLogSinkOptions>;
  private readonly insert: Database.Statement;
  private readonly writeBatch: (records: GatewayLogRecord[]) => void;

  constructor(
    private readonly db: Database.Database,
    opts: GatewayLogSinkOptions = {},
  ) {
    this.opts = {
      flushIntervalMs: opts.flushIntervalMs ?? 1000,
      maxBatch: opts.maxBatch ?? 1000,
      maxQueued: opts.maxQueued ?? 50_000,
      retentionMs: opts.retentionMs ?? 7 * 24 * 3600_000,
      maxPerGroup: opts.maxPerGroup ?? 10_000,
      // Often enough that each pass deletes a few seconds' worth of rows: no long pause under load.
      pruneIntervalMs: opts.pruneIntervalMs ?? 5_000,
    };
    this.insert = db.prepare(
      "INSERT INTO GatewayLog(restApiId, stage, canary, kind, requestId, timestamp, status, error, text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.writeBatch = db.transaction((records: GatewayLogRecord[]) => {
      for (const r of records) {
        this.insert.run(r.restApiId, r.stage, r.canary ? 1 : 0, r.kind, r.requestId, r.timestamp, r.status, r.error, storedText(r));
      }
    });
  }

  start(): void {
    this.timer = setInterval(() => this.flush(), this.opts.flushIntervalMs);
    this.timer.unref();
  }

  record(records: GatewayLogRecord[]): void {
    for (const r of records) this.queue.push(r);
    if (this.queue.length > this.opts.maxQueued) {
      const over = this.queue.length - this.opts.maxQueued;
      this.queue.splice(0, over);
      this.dropped += over;
    }
    if (this.queue.length >= this.opts.maxBatch && !this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes what is queued in one transaction. Never throws: a failed batch waits for the next flush. */
  flush(): number {
    this.flushQueued = false;
    const batch = this.queue;
    if (batch.length) {
      this.queue = [];
      try {
        this.writeBatch(batch);
        for (const r of batch) {
          const canary = r.canary ? 1 : 0;
          this.touched.set(`${r.restApiId}\u0000${r.stage}\u0000${r.kind}\u0000${canary}`, [r.restApiId, r.stage, r.kind, canary]);
        }
      } catch (err) {
        console.error(`[gateway] could not write ${batch.length} log record(s); retrying with the next flush:`, (err as Error).message);
        this.queue = batch.concat(this.queue);
        return 0;
      }
    }
    if (this.dropped) {
      console.error(`[gateway] dropped ${this.dropped} log record(s): SQLite could not keep up`);
      this.dropped = 0;
    }
    if (Date.now() - this.lastPrune >= this.opts.pruneIntervalMs) this.prune();
    return batch.length;
  }

  /**
   * Retention. Each pass deletes by age and count in the groups written since the last one (cheap,
   * by index); a full pass over every group (at start, then hourly) catches groups nobody writes to.
   */
  prune(now = Date.now()): void {
    this.lastPrune = now;
    try {
      const full = now - this.lastFullPrune >= 3600_000;
      const groups = full
        ? (this.db.prepare("SELECT DISTINCT restApiId, stage, kind, canary FROM GatewayLog").all() as { restApiId: string; stage: string; kind: string; canary: number }[]).map(
            (g): GroupKey => [g.restApiId, g.stage, g.kind, g.canary],
          )
        : [...this.touched.values()];
      if (full) this.lastFullPrune = now;
      this.touched.clear();
      // Age and count both cut a group at a time: older than the retention, older than its Nth newest.
      const olderThan = this.db.prepare("DELETE FROM GatewayLog WHERE restApiId = ? AND stage = ? AND kind = ? AND canary = ? AND timestamp < ?");
      const nthNewest = this.db.prepare(
        "SELECT timestamp FROM GatewayLog WHERE restApiId = ? AND stage = ? AND kind = ? AND canary = ? ORDER BY timestamp DESC, id DESC LIMIT 1 OFFSET ?",
      );
      this.db.transaction(() => {
        for (const g of groups) {
          olderThan.run(...g, now - this.opts.retentionMs);
          if (this.opts.maxPerGroup <= 0) continue; // 0: no count cap
          const last = nthNewest.get(...g, this.opts.maxPerGroup - 1) as { timestamp: number | bigint } | undefined;
          if (last) olderThan.run(...g, last.timestamp);
        }
      })();
    } catch (err) {
      console.error("[gateway] log retention failed:", (err as Error).message);
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
