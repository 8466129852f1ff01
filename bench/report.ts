/** The printed result: machine, settings, and one Markdown table row per target. */
import { cpus, totalmem } from "node:os";
import type { LoadResult, LoadSettings } from "./load";

export interface Row {
  target: string;
  /** The row this one is compared with (the same work without the gateway); unset for baselines. */
  baseline?: string;
  result?: LoadResult;
  /** Why the target was not measured (not installed, failed to start, wrong answer). */
  skipped?: string;
}

export function flagged(row: Row): boolean {
  const r = row.result;
  return !!r && (r.non2xx > 0 || r.errors > 0 || r.ok === 0);
}

/** Share of CPU time left idle over `ms`: other work on the machine skews every number. */
export async function idleShare(ms = 1_000): Promise<number> {
  const sum = () => cpus().reduce((acc, c) => ({ idle: acc.idle + c.times.idle, all: acc.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const a = sum();
  await new Promise((r) => setTimeout(r, ms));
  const b = sum();
  return (b.idle - a.idle) / Math.max(1, b.all - a.all);
}

export function header(s: LoadSettings, idleBefore: number): string {
  const cpu = cpus();
  const busy = idleBefore < 0.9 ? " — the machine was busy with other work: req/s and latencies are skewed, CPU µs/req much less" : "";
  return [
    `Machine: ${cpu[0]?.model.trim() ?? "unknown cpu"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}`,
    `Settings: autocannon, ${s.connections} connections, pipelining ${s.pipelining}, ${s.durationS} s per target after ${s.warmupS} s warm-up, sequential; ` +
      `every server in its own process on 127.0.0.1, load generator in the bench process`,
    `server CPU µs/req: user+system time of the server's own processes (not the upstream's, not the load generator's) over the measured run, per answered request`,
    `CPU idle just before the run: ${(idleBefore * 100).toFixed(0)}%${busy}`,
  ].join("\n");
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function table(rows: Row[]): string {
  const byName = new Map(rows.map((r) => [r.target, r]));
  const lines = [
    "| target | req/s (mean) | p50 ms | p99 ms | non-2xx / errors | vs baseline | server CPU µs/req | notes |",
    "|---|---:|---:|---:|---:|---|---:|---|",
  ];
  for (const row of rows) {
    const r = row.result;
    if (!r) {
      lines.push(`| ${row.target} | – | – | – | – | – | – | ${row.skipped ?? "not run"} |`);
      continue;
    }
    const base = row.baseline ? byName.get(row.baseline)?.result : undefined;
    const ratio = !row.baseline ? "baseline" : base ? `${(r.rps / base.rps).toFixed(2)}× ${row.baseline}` : `– (${row.baseline} not measured)`;
    const notes = flagged(row) ? `**FLAGGED**: ${fmt(r.non2xx)} non-2xx, ${fmt(r.errors)} errors, ${fmt(r.ok)} 2xx` : "all 2xx";
    const cpu = r.cpuUsPerReq === undefined ? "–" : fmt(r.cpuUsPerReq);
    lines.push(`| ${row.target} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.non2xx)} / ${fmt(r.errors)} | ${ratio} | ${cpu} | ${notes} |`);
  }
  return lines.join("\n");
}
