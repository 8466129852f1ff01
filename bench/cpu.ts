/**
 * CPU time a server's processes spent, from /proc (Linux). Under a shared or busy machine,
 * requests/s swings with whatever else runs; CPU time per request is the steadier measure of
 * how much work each server does. Elsewhere the numbers are simply absent.
 */
import { readFileSync } from "node:fs";

const TICK_S = 0.01; // USER_HZ is 100 on every Linux Node supports

/** `pid` and its direct children (nginx's workers under its master). */
function withChildren(pid: number): number[] {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...kids];
  } catch {
    return [pid];
  }
}

/** utime + stime of the processes (all their threads), in seconds; undefined if /proc is not there. */
export function cpuSeconds(pids: number[]): number | undefined {
  try {
    let ticks = 0;
    for (const pid of pids.flatMap(withChildren)) {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * TICK_S;
  } catch {
    return undefined;
  }
}
