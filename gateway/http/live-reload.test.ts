/**
 * Live reload under load: keep-alive clients send a bounded number of requests while
 * deployments, a rollback and canary changes land through the real polling loop. Every
 * response is counted: none may fail, and every one comes from a deployment that was live.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, request } from "undici";
import { deploySnapshot, pointStage, setCanary } from "../testing/database";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { method, mockIntegration, snapshot } from "../testing/snapshots";

const API = "reloadapi1";
let h: GatewayHarness;
const version = (v: number) => snapshot(API, { "/": [], "/v": [method("GET", mockIntegration(`{"v": ${v}}`))] });

beforeAll(async () => {
  h = await startGatewayHarness();
  h.registry.start(20); // the production poll loop, fast
});
afterAll(async () => {
  h?.registry.stop();
  await h?.close();
});

describe("deploying under steady load", () => {
  it("fails no request and drops no connection", async () => {
    const first = h.deploy(version(1), "prod");
    const agent = new Agent({ connections: 16, keepAliveTimeout: 10_000 });
    const statuses: Record<number, number> = {};
    const versions: Record<number, number> = {};
    let errors = 0;
    let sent = 0;
    const TOTAL = 4000;

    async function client() {
      while (sent < TOTAL) {
        sent++;
        try {
          const res = await request(h.url(API, "/v", "prod"), { dispatcher: agent });
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          const body = (await res.body.json()) as { v: number };
          versions[body.v] = (versions[body.v] ?? 0) + 1;
        } catch {
          errors++;
        }
      }
    }

    // The control plane's side: changes land while the clients run, paced by requests sent.
    async function operator() {
      const waitFor = async (n: number) => {
        while (sent < n) await new Promise((r) => setTimeout(r, 5));
      };
      await waitFor(500);
      const second = deploySnapshot(h.tdb.db, version(2), "prod");
      await waitFor(1200);
      const third = deploySnapshot(h.tdb.db, version(3), "prod");
      await waitFor(1900);
      pointStage(h.tdb.db, API, "prod", first); // rollback
      await waitFor(2600);
      setCanary(h.tdb.db, API, "prod", { percentTraffic: 50, deploymentId: third });
      await waitFor(3300);
      setCanary(h.tdb.db, API, "prod", null);
      pointStage(h.tdb.db, API, "prod", second);
    }

    await Promise.all([operator(), ...Array.from({ length: 16 }, client)]);
    await agent.close();

    const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
    console.log(`live reload under load: ${answered} responses, statuses ${JSON.stringify(statuses)}, versions ${JSON.stringify(versions)}, errors ${errors}`);
    expect(errors).toBe(0);
    expect(statuses).toEqual({ 200: answered });
    expect(answered).toBeGreaterThanOrEqual(TOTAL);
    // Every deployment that was live at some point served traffic, and nothing else did.
    expect(Object.keys(versions).sort()).toEqual(["1", "2", "3"]);
  });
});
