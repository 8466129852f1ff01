/**
 * Canary releases: the split over many requests lands inside a binomial band (six standard
 * deviations, so a correct implementation fails about once in a billion runs), canary requests
 * see the overrides and `$context.isCanaryRequest`, and 0 % / 100 % are exact.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setCanary } from "../testing/database";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { method, mockIntegration, snapshot } from "../testing/snapshots";

const API = "canaryapi1";
let h: GatewayHarness;
let canaryDeployment: string;

const version = (v: string) =>
  snapshot(API, { "/": [], "/v": [method("GET", mockIntegration(`{"v": "${v}", "canary": $context.isCanaryRequest, "color": "$stageVariables.color"}`))] });

async function tally(n: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(Array.from({ length: 50 }, () => fetch(h.url(API, "/v", "prod")).then((r) => r.json())));
    for (const b of batch) counts[`${b.v}/${b.canary}/${b.color}`] = (counts[`${b.v}/${b.canary}/${b.color}`] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  h = await startGatewayHarness();
  canaryDeployment = h.deploy(version("2"), "scratch");
  h.deploy(version("1"), "prod", { color: "blue" });
});
afterAll(async () => h?.close());

describe("canary release", () => {
  it("splits traffic by percentTraffic within a binomial band", async () => {
    setCanary(h.tdb.db, API, "prod", { percentTraffic: 30, deploymentId: canaryDeployment, stageVariableOverrides: { color: "green" } });
    h.registry.refresh();
    const n = 2000;
    const counts = await tally(n);
    const canary = counts["2/true/green"] ?? 0;
    const base = counts["1/false/blue"] ?? 0;
    expect(canary + base).toBe(n); // nothing else: overrides and flags always travel together
    const sd = Math.sqrt(n * 0.3 * 0.7);
    expect(Math.abs(canary - n * 0.3)).toBeLessThan(6 * sd);
  });

  it.each([
    [0, { "1/false/blue": 200 }],
    [100, { "2/true/green": 200 }],
  ])("sends exactly the expected share at %i %%", async (percentTraffic, expected) => {
    setCanary(h.tdb.db, API, "prod", { percentTraffic, deploymentId: canaryDeployment, stageVariableOverrides: { color: "green" } });
    h.registry.refresh();
    expect(await tally(200)).toEqual(expected);
  });

  it("stops splitting when the canary is removed", async () => {
    setCanary(h.tdb.db, API, "prod", null);
    h.registry.refresh();
    expect(await tally(100)).toEqual({ "1/false/blue": 100 });
  });
});
