/**
 * Throttling over real HTTP: a real gateway on a real SQLite file, in-memory token buckets on a
 * frozen clock (nothing refills unless a test moves the clock), so every count is exact.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testInvoke } from "../runtime/test-invoke";
import { method, mockIntegration, snapshot } from "../testing/snapshots";
import { burst, metricTotals, startStoreGateway, type StoreGateway } from "../caching/test-gateway";

const API = "thrtl00001";
const api = () =>
  snapshot(API, {
    "/": [],
    "/a": [method("GET", mockIntegration('{"at": "a"}')), method("POST", mockIntegration('{"at": "a-post"}'))],
    "/b": [method("GET", mockIntegration('{"at": "b"}'))],
  });
const limits = (rate: number, burstLimit: number) => ({ throttlingRateLimit: rate, throttlingBurstLimit: burstLimit });

let g: StoreGateway;
beforeEach(async () => {
  g = await startStoreGateway();
  g.deploy(api());
});
afterEach(() => g.close());

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe("throttle step", () => {
  it("a burst of N over the limit gets exactly the excess as AWS's 429", async () => {
    g.configure(API, "dev", { methodSettings: { "*/*": limits(1, 4) } });
    const statuses = await burst(g.url(API, "/a"), 10);
    expect(count(statuses, 200)).toBe(4);
    expect(count(statuses, 429)).toBe(6);

    const res = await fetch(g.url(API, "/a"));
    expect(res.status).toBe(429);
    expect(res.headers.get("x-amzn-errortype")).toBe("TooManyRequestsException");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(await res.json()).toEqual({ message: "Too Many Requests" });
    expect(metricTotals(g, API)).toMatchObject({ count: 11, count4xx: 7 });
  });

  it("the bucket refills at the rate", async () => {
    g.configure(API, "dev", { methodSettings: { "*/*": limits(2, 2) } });
    expect(count(await burst(g.url(API, "/a"), 3), 200)).toBe(2);
    g.clock.advance(500); // 2 tokens/s → one token
    expect(count(await burst(g.url(API, "/a"), 3), 200)).toBe(1);
    g.clock.advance(60_000); // full again: never more than the burst
    expect(count(await burst(g.url(API, "/a"), 5), 200)).toBe(2);
  });

  it("*/* gives every method its own bucket of that size (AWS applies stage limits per method)", async () => {
    g.configure(API, "dev", { methodSettings: { "*/*": limits(1, 2) } });
    expect(count(await burst(g.url(API, "/a"), 4), 200)).toBe(2);
    expect(count(await burst(g.url(API, "/b"), 4), 200)).toBe(2);
    expect(count(await burst(g.url(API, "/a"), 4, { method: "POST" }), 200)).toBe(2);
  });

  it("a method's own entry overrides the stage-wide limits for that method only", async () => {
    g.configure(API, "dev", { methodSettings: { "*/*": limits(1, 2), "~1b/GET": limits(1, 5) } });
    expect(count(await burst(g.url(API, "/a"), 8), 200)).toBe(2);
    expect(count(await burst(g.url(API, "/b"), 8), 200)).toBe(5);
  });

  it("a resource's {path}/* entry applies to each of its methods", async () => {
    g.configure(API, "dev", { methodSettings: { "*/*": limits(1, 5), "~1a/*": limits(1, 1) } });
    expect(count(await burst(g.url(API, "/a"), 3), 200)).toBe(1);
    expect(count(await burst(g.url(API, "/a"), 3, { method: "POST" }), 200)).toBe(1);
    expect(count(await burst(g.url(API, "/b"), 7), 200)).toBe(5);
  });

  it("rate 0 and burst 0 refuse every request; -1 means no stage/method limit", async () => {
    g.configure(API, "dev", { methodSettings: { "~1a/GET": limits(0, 0), "~1b/GET": limits(-1, -1) } });
    expect(await burst(g.url(API, "/a"), 3)).toEqual([429, 429, 429]);
    expect(count(await burst(g.url(API, "/b"), 50), 200)).toBe(50);
  });

  it("rate 0 with a burst passes the burst once, then never refills", async () => {
    g.configure(API, "dev", { methodSettings: { "*/*": limits(0, 3) } });
    expect(count(await burst(g.url(API, "/a"), 5), 200)).toBe(3);
    g.clock.advance(3_600_000);
    expect(await burst(g.url(API, "/a"), 2)).toEqual([429, 429]);
  });

  it("the canary and the base draw on the stage's same buckets", async () => {
    const canaryDeployment = g.deploy(api(), "other"); // any deployment of the API will do
    g.configure(API, "dev", { methodSettings: { "*/*": limits(0, 6) }, canary: { percentTraffic: 50, deploymentId: canaryDeployment } });
    const statuses = await burst(g.url(API, "/a"), 20);
    expect(count(statuses, 200)).toBe(6);
    expect(count(statuses, 429)).toBe(14);
  });

  it("stages have separate buckets", async () => {
    g.deploy(api(), "prod");
    g.configure(API, "dev", { methodSettings: { "*/*": limits(0, 1) } });
    g.configure(API, "prod", { methodSettings: { "*/*": limits(0, 1) } });
    expect(count(await burst(g.url(API, "/a", "dev"), 3), 200)).toBe(1);
    expect(count(await burst(g.url(API, "/a", "prod"), 3), 200)).toBe(1);
  });

  it("test-invoke is never throttled (as AWS's TestInvokeMethod)", async () => {
    const snap = api();
    const stage = {
      restApiId: API,
      stageName: "dev",
      deploymentId: "d",
      variables: {},
      snapshot: snap,
      methodSettings: { "*/*": limits(0, 0) },
    };
    for (let i = 0; i < 3; i++) expect((await testInvoke(stage, { resourceId: "_a", httpMethod: "GET" })).status).toBe(200);
  });
});

describe("account-level throttling", () => {
  it("one bucket across every stage and method, checked before the method's", async () => {
    await g.close();
    g = await startStoreGateway({ account: { rateLimit: 1, burstLimit: 5 } });
    g.deploy(api());
    g.deploy(api(), "prod");
    const statuses = [...(await burst(g.url(API, "/a", "dev"), 4)), ...(await burst(g.url(API, "/b", "prod"), 4))];
    expect(count(statuses, 200)).toBe(5);
    expect(count(statuses, 429)).toBe(3);
  });

  it("a method's 429 costs the account bucket nothing", async () => {
    await g.close();
    g = await startStoreGateway({ account: { rateLimit: 1, burstLimit: 3 } });
    g.deploy(api());
    g.configure(API, "dev", { methodSettings: { "~1a/GET": limits(0, 0) } });
    expect(await burst(g.url(API, "/a"), 5)).toEqual([429, 429, 429, 429, 429]);
    expect(count(await burst(g.url(API, "/b"), 5), 200)).toBe(3);
  });
});
