/**
 * Child processes of a bench run: every server under test runs in its own process so none of
 * them shares an event loop with the load generator. All of them are tracked here so they are
 * stopped on every way out (normal end, error, Ctrl-C).
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");

export interface Child {
  name: string;
  proc: ChildProcess;
  /** The last lines the process printed, for error messages. */
  output(): string;
}

const running = new Set<Child>();

/** Spawns a tracked process; its output is kept (not printed) so the report stays readable. */
export function spawnChild(name: string, command: string, args: string[], options: SpawnOptions = {}): Child {
  const proc = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], ...options });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  // Always drain the pipes: a child blocked on a full stdout would distort the measurement.
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  const child: Child = { name, proc, output: () => lines.join("\n") };
  running.add(child);
  proc.on("exit", () => running.delete(child));
  return child;
}

/** Starts `bench/targets/<file>.ts` and resolves with the port it reports over IPC. */
export function startTarget(file: string, env: Record<string, string> = {}): Promise<{ child: Child; port: number }> {
  const child = spawnChild(file, process.execPath, ["--import", "tsx", join(ROOT, "bench/targets", `${file}.ts`)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file}: no port after 20 s\n${child.output()}`)), 20_000);
    child.proc.once("message", (msg: { port: number }) => {
      clearTimeout(timer);
      resolve({ child, port: msg.port });
    });
    child.proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with code ${code}\n${child.output()}`));
    });
  });
}

export { freePort } from "../gateway/testing/servers";

/** Polls `url` until `ok(status, body)` holds; fails early if `child` dies meanwhile. */
export async function waitForHttp(child: Child, url: string, ok: (status: number, body: string) => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
      throw new Error(`${child.name} exited (${child.proc.exitCode ?? child.proc.signalCode}) before ${url} answered\n${child.output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      const body = await res.text();
      if (ok(res.status, body)) return;
      last = `${res.status} ${body.slice(0, 200)}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s (last: ${last})\n${child.output()}`);
}

/** SIGTERM every child, then SIGKILL whatever is still alive after a grace period. */
export async function stopAll(graceMs = 3_000): Promise<void> {
  const exits = [...running].map(
    (c) =>
      new Promise<void>((resolve) => {
        if (c.proc.exitCode !== null || c.proc.signalCode !== null) return resolve();
        const timer = setTimeout(() => {
          c.proc.kill("SIGKILL");
          resolve();
        }, graceMs);
        c.proc.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        c.proc.kill("SIGTERM");
      }),
  );
  await Promise.all(exits);
}

/** Last resort from a synchronous `exit` handler: nothing may survive the bench. */
export function killAllNow() {
  for (const c of running) c.proc.kill("SIGKILL");
}
