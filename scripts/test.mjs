// `npm test`: every suite, then one line `N passed, N failed` summed over all of them.
// Vitest (unit + integration) and Playwright (e2e in Debian Chromium) each write a JSON report
// to .test-output/; this script runs both even if the first fails, and sums the reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const out = join(root, ".test-output");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", npm_config_nodedir: "/usr" };
const only = process.argv[2]; // optional: "unit" or "e2e"

function run(label, args) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  return r.status ?? 1;
}

const totals = { passed: 0, failed: 0 };
let runnerFailed = false;

if (!only || only === "unit") {
  const code = run("vitest", ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${join(out, "vitest.json")}`]);
  const file = join(out, "vitest.json");
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    if (code !== 0 && r.numFailedTests === 0) runnerFailed = true; // e.g. a suite failed to load
  } else runnerFailed = true;
}

if (!only || only === "e2e") {
  const code = run("playwright", ["node_modules/@playwright/test/cli.js", "test"]);
  const file = join(out, "playwright.json");
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, "utf8")).stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    if (code !== 0 && s.unexpected === 0) runnerFailed = true;
  } else runnerFailed = true;
}

if (runnerFailed) totals.failed += 1; // a runner that crashed counts as a failure, never as silence
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
