/**
 * Request metrics, aggregated in memory per minute × method × canary flag and merged into
 * SQLite in one transaction per flush interval: the request path only adds to a Map.
 */
import type Database from "better-sqlite3";
import { addSample, mergeHistograms, parseHistogram, type Histogram } from "./histogram";

export interface RequestSample {
  restApiId: string;
  stage: string;
  resourcePath: string;
  httpMethod: string;
  canary: boolean;
  status: number;
  latencyMs: number;
  integrationLatencyMs?: number;
  cache?: "hit" | "miss";
  /** Epoch ms the request arrived. */
  at: number;
}

interface Bucket {
  minute: number;
  restApiId: string;
  stage: string;
  resourcePath: string;
  httpMethod: string;
  canary: number;
  count: number;
  count4xx: number;
  count5xx: number;
  latencySum: number;
  integrationLatencySum: number;
  hist: Histogram;
  cacheHits: number;
  cacheMisses: number;
}

function addBucket(a: Bucket, b: Bucket): Bucket {
  a.count += b.count;
  a.count4xx += b.count4xx;
  a.count5xx += b.count5xx;
  a.latencySum += b.latencySum;
  a.integrationLatencySum += b.integrationLatencySum;
  a.hist = mergeHistograms(a.hist, b.hist);
  a.cacheHits += b.cacheHits;
  a.cacheMisses += b.cacheMisses;
  return a;
}

export class MetricsAggregator {
  private pending = new Map<string, Bucket>();
  private timer?: NodeJS.Timeout;
  private readonly select: Database.Statement<unknown[], { latencyHist: string }>;
  private readonly upsert: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.select = db.prepare(
      "SELECT latencyHist FROM MetricBucket WHERE minute = ? AND restApiId = ? AND stage = ? AND resourcePath = ? AND httpMethod = ? AND canary = ?",
    );
    this.upsert = db.prepare(`
      INSERT INTO MetricBucket (minute, restApiId, stage, resourcePath, httpMethod, canary, count, count4xx, count5xx, latencySum, integrationLatencySum, latencyHist, cacheHits, cacheMisses)
      VALUES (@minute, @restApiId, @stage, @resourcePath, @httpMethod, @canary, @count, @count4xx, @count5xx, @latencySum, @integrationLatencySum, @latencyHist, @cacheHits, @cacheMisses)
      ON CONFLICT (minute, restApiId, stage, resourcePath, httpMethod, canary) DO UPDATE SET
        count = count + excluded.count, count4xx = count4xx + excluded.count4xx, count5xx = count5xx + excluded.count5xx,
        latencySum = latencySum + excluded.latencySum, integrationLatencySum = integrationLatencySum + excluded.integrationLatencySum,
        latencyHist = excluded.latencyHist, cacheHits = cacheHits + excluded.cacheHits, cacheMisses = cacheMisses + excluded.cacheMisses`);
  }

  record(s: RequestSample): void {
    const minute = Math.floor(s.at / 60_000);
    const canary = s.canary ? 1 : 0;
    const key = `${minute}\u0000${s.restApiId}\u0000${s.stage}\u0000${s.resourcePath}\u0000${s.httpMethod}\u0000${canary}`;
    let b = this.pending.get(key);
    if (!b) {
      b = {
        minute, restApiId: s.restApiId, stage: s.stage, resourcePath: s.resourcePath, httpMethod: s.httpMethod, canary,
        count: 0, count4xx: 0, count5xx: 0, latencySum: 0, integrationLatencySum: 0, hist: {}, cacheHits: 0, cacheMisses: 0,
      };
      this.pending.set(key, b);
    }
    b.count++;
    if (s.status >= 500) b.count5xx++;
    else if (s.status >= 400) b.count4xx++;
    b.latencySum += s.latencyMs;
    b.integrationLatencySum += s.integrationLatencyMs ?? 0;
    addSample(b.hist, s.latencyMs);
    if (s.cache === "hit") b.cacheHits++;
    else if (s.cache === "miss") b.cacheMisses++;
  }

  /** Merges everything pending into SQLite in one transaction; on failure the batch is kept. */
  flush(): number {
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    try {
      this.write([...batch.values()]);
    } catch (err) {
      for (const [key, b] of batch) {
        const cur = this.pending.get(key);
        this.pending.set(key, cur ? addBucket(cur, b) : b);
      }
      throw err;
    }
    return batch.size;
  }

  private write(batch: Bucket[]) {
    this.db.transaction(() => {
      for (const b of batch) {
        const existing = this.select.get(b.minute, b.restApiId, b.stage, b.resourcePath, b.httpMethod, b.canary);
        const hist = existing ? mergeHistograms(parseHistogram(existing.latencyHist), b.hist) : b.hist;
        const { hist: _h, ...row } = b;
        this.upsert.run({ ...row, latencyHist: JSON.stringify(hist) });
      }
    })();
  }

  start(intervalMs: number) {
    this.timer = setInterval(() => {
      try {
        this.flush();
      } catch (err) {
        console.error("[gateway] metrics flush failed; will retry with the next batch:", err);
      }
    }, intervalMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
    this.flush();
  }
}
