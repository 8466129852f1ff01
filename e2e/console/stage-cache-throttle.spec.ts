/**
 * Throttling and caching from the console, seen at the gateway: a low rate limit set on one
 * method in the stage's Settings gives 429s; the stage cache turned on answers the upstream's
 * GET once; "Flush cache" (with its confirmation) sends the next request to the upstream again;
 * the dashboard shows the 4XX and CacheHitCount / CacheMissCount. A cache key parameter is
 * checked on the method's integration request.
 */
import { expect, ok, putMockMethod, test, uniqueName } from "../fixtures";

test("stage throttling and caching: 429s, one upstream call, flush", async ({ signedInPage: page, api, createApi, archway, upstream }) => {
  test.setTimeout(180_000);
  const restApi = await createApi(uniqueName("cache-throttle"));
  const base = `/restapis/${restApi.id}/resources`;
  // /pets: GET proxied to the test's upstream; /limited: a MOCK GET to throttle.
  const pets = await ok(await api.post(`${base}/${restApi.rootResourceId}`, { data: { pathPart: "pets" } }));
  await ok(await api.put(`${base}/${pets.id}/methods/GET`, { data: { authorizationType: "NONE", requestParameters: { "method.request.querystring.type": false } } }));
  await ok(await api.put(`${base}/${pets.id}/methods/GET/integration`, { data: { type: "HTTP_PROXY", httpMethod: "GET", uri: `${upstream.url}/pets` } }));
  const limited = await ok(await api.post(`${base}/${restApi.rootResourceId}`, { data: { pathPart: "limited" } }));
  await putMockMethod(api, `${base}/${limited.id}/methods/GET`, '{"ok": true}');

  // A cache key on the integration request: the "cache key" checkbox next to the parameter.
  await page.goto(`/apis/${restApi.id}/resources/${pets.id}/methods/GET?panel=integration-request`);
  const keys = page.getByTestId("cache-key-parameters");
  await expect(keys).toBeVisible();
  await keys.getByRole("checkbox", { name: "cache key method.request.querystring.type" }).check();
  await expect(page.getByTestId("integration-changes")).toHaveText("Unsaved changes: cache keys");
  await page.getByRole("button", { name: "Save integration" }).click();
  await expect(page.getByTestId("integration-changes")).toHaveText("No unsaved changes");
  const integration = await ok(await api.get(`${base}/${pets.id}/methods/GET/integration`));
  expect(integration.cacheKeyParameters).toEqual(["method.request.querystring.type"]);

  await ok(await api.post(`/restapis/${restApi.id}/deployments`, { data: { stageName: "prod" } }));
  const gw = (path: string) => `${archway.gatewayUrl}/restapis/${restApi.id}/prod/_user_request_${path}`;
  await expect.poll(async () => (await fetch(gw("/limited"))).status, { timeout: 15_000 }).toBe(200);

  // Throttle GET /limited through a per-method override: rate 1/s, burst 1.
  await page.goto(`/apis/${restApi.id}/stages/prod?view=settings`);
  await page.getByRole("button", { name: "Add override" }).click();
  const pick = page.getByRole("dialog", { name: "Override a method" });
  await pick.getByRole("combobox", { name: "Method" }).click();
  await page.getByRole("option", { name: /\/limited/ }).click();
  await pick.getByRole("button", { name: "Continue" }).click();
  const override = page.getByTestId("override-editor");
  await override.getByLabel("Rate (requests/s)").fill("1");
  await override.getByLabel("Burst (requests)").fill("1");
  await override.getByRole("button", { name: "Create override" }).click();
  const limitedRow = page.getByTestId("in-effect-GET-/limited");
  await expect(limitedRow.getByTestId("in-effect-throttle")).toHaveText("1/s · burst 1");
  await expect(limitedRow.getByTestId("in-effect-source")).toHaveText("~1limited/GET");
  await expect(page.getByTestId("in-effect-GET-/pets").getByTestId("in-effect-source")).toHaveText("AWS defaults");

  // Past the burst, the gateway answers AWS's 429.
  await expect
    .poll(async () => {
      const statuses = await Promise.all(Array.from({ length: 8 }, async () => (await fetch(gw("/limited"))).status));
      return statuses.filter((s) => s === 429).length;
    }, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const throttled = await fetch(gw("/limited"));
  if (throttled.status === 429) {
    expect(throttled.headers.get("x-amzn-errortype")).toBe("TooManyRequestsException");
    expect(await throttled.json()).toEqual({ message: "Too Many Requests" });
  }

  // The stage cache on, then caching for every method (GET by default).
  const general = page.getByRole("form", { name: "General settings" });
  await general.getByRole("switch", { name: "Stage cache" }).click();
  await general.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("stage-cache-status")).toContainText("AVAILABLE");
  const stageWide = page.getByRole("form", { name: "Stage-wide method settings" });
  await stageWide.getByRole("switch", { name: "Cache responses" }).click();
  await expect(stageWide.getByTestId("caching-hint")).toContainText("GET methods only");
  await stageWide.getByRole("button", { name: "Save settings" }).click();
  await expect(stageWide.getByText("No unsaved changes")).toBeVisible();
  await expect(page.getByTestId("in-effect-GET-/pets").getByTestId("in-effect-caching")).toContainText("TTL 300 s");

  // Once the gateway has the new settings, the upstream is called once for repeated GETs.
  const upstreamCalls = () => upstream.requests.filter((r) => r.url.startsWith("/pets")).length;
  const twice = async () => {
    const before = upstreamCalls();
    for (let i = 0; i < 2; i++) expect((await fetch(gw("/pets?type=cat"))).status).toBe(200);
    return upstreamCalls() - before;
  };
  await expect.poll(twice, { timeout: 15_000 }).toBe(1);
  const cached = upstreamCalls();
  for (let i = 0; i < 3; i++) await fetch(gw("/pets?type=cat"));
  expect(upstreamCalls()).toBe(cached);
  await fetch(gw("/pets?type=dog")); // another cache key value: its own entry
  expect(upstreamCalls()).toBe(cached + 1);

  // Flush from the console: the next GET goes to the upstream again.
  await page.getByRole("button", { name: "Flush cache" }).click();
  const confirm = page.getByRole("dialog", { name: "Flush the cache of stage prod?" });
  await confirm.getByRole("button", { name: "Flush cache" }).click();
  await expect(page.getByText("Stage cache flushed")).toBeVisible();
  const afterFlush = upstreamCalls();
  await expect
    .poll(async () => {
      await fetch(gw("/pets?type=cat"));
      return upstreamCalls() - afterFlush;
    }, { timeout: 15_000 })
    .toBe(1);

  // The dashboard: 4XX from the throttled calls, cache hits and misses (metrics flush every 5 s).
  await page.goto(`/apis/${restApi.id}/stages/prod?view=dashboard`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("stat-4xx")).not.toHaveText("0", { timeout: 2_000 });
    await expect(page.getByTestId("cache-totals")).toContainText(/CacheHitCount [1-9]/, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByTestId("cache-totals")).toContainText(/CacheMissCount [1-9]/);
});
