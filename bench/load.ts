/** One load run against one URL with autocannon, reduced to the numbers the report shows. */
import autocannon from "autocannon";
import { cpuSeconds } from "./cpu";

export interface LoadSettings {
  connections: number;
  pipelining: number;
  durationS: number;
  warmupS: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  /** Socket errors and timeouts (autocannon counts timeouts as errors too). */
  errors: number;
  /** CPU time the server's own processes spent per request (µs), when /proc is available. */
  cpuUsPerReq?: number;
}

export function benchSettings(env = process.env): LoadSettings {
  const num = (name: string, fallback: number) => {
    const n = Number(env[name] || fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${env[name]}"`);
    return n;
  };
  return {
    connections: num("BENCH_CONNECTIONS", 50),
    pipelining: 1,
    durationS: num("BENCH_DURATION", 10),
    warmupS: num("BENCH_WARMUP", 3),
  };
}

/** Loads `url`; `pids` are the server's processes, whose CPU time is read around the run. */
export async function runLoad(url: string, s: LoadSettings, pids: number[]): Promise<LoadResult> {
  const opts = { url, connections: s.connections, pipelining: s.pipelining, timeout: 10 };
  // Warm-up: JIT, connection pools and lazy compilation settle before anything is measured.
  await autocannon({ ...opts, duration: s.warmupS });
  // autocannon's own histogram keeps whole milliseconds, which reads "0 ms" for a fast server;
  // the per-response times it emits are hrtime floats, so percentiles come from those.
  const times = new Latencies();
  const cpuBefore = cpuSeconds(pids);
  const r = await autocannon({ ...opts, duration: s.durationS }).on("response", (_c, status, _b, ms) => {
    if (status >= 200 && status < 300) times.add(ms);
  });
  const cpuAfter = cpuSeconds(pids);
  const answered = r["2xx"] + r.non2xx;
  const cpuUsPerReq = cpuBefore !== undefined && cpuAfter !== undefined && answered > 0 ? ((cpuAfter - cpuBefore) * 1e6) / answered : undefined;
  return { rps: r.requests.mean, p50: times.percentile(50), p99: times.percentile(99), ok: r["2xx"], non2xx: r.non2xx, errors: r.errors, cpuUsPerReq };
}

/** A growable array of response times (ms); a few hundred thousand doubles per run at most. */
class Latencies {
  private values = new Float64Array(1 << 16);
  private n = 0;
  add(ms: number) {
    if (this.n === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.n++] = ms;
  }
  percentile(p: number): number {
    if (this.n === 0) return NaN;
    const sorted = this.values.subarray(0, this.n).sort();
    return sorted[Math.min(this.n - 1, Math.ceil((p / 100) * this.n) - 1)];
  }
}

/** One request before the load: the target must answer 200 with the expected JSON. */
export async function checkOnce(url: string, expected: Record<string, unknown>): Promise<string | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const text = await res.text();
    if (res.status !== 200) return `answered ${res.status}: ${text.slice(0, 200)}`;
    const body = JSON.parse(text) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) {
      if (body[k] !== v) return `unexpected body: ${text.slice(0, 200)}`;
    }
    return undefined;
  } catch (err) {
    return `request failed: ${(err as Error).message}`;
  }
}
