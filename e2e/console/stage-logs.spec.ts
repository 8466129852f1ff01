/**
 * A stage's logs in the browser: turn execution logging on from the empty Logs view, call the
 * gateway and find the failed request with its status and why, open its lines; switch to the
 * canary log group and see the canary's request there only; configure an access log format and
 * see the request's access line.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, ok, putMockMethod, test, uniqueName } from "../fixtures";

/** GET /pets → MOCK 200; GET /broken → a MOCK whose request template is not JSON: a 500. */
async function petsApi(api: APIRequestContext, restApiId: string, rootId: string) {
  for (const [part, requestTemplate] of [
    ["pets", '{"statusCode": 200}'],
    ["broken", "not json"],
  ]) {
    const resource = await ok(await api.post(`/restapis/${restApiId}/resources/${rootId}`, { data: { pathPart: part } }));
    await putMockMethod(api, `/restapis/${restApiId}/resources/${resource.id}/methods/GET`, '[{"id": 1}]', requestTemplate);
  }
}

async function call(url: string): Promise<{ status: number; requestId: string }> {
  const res = await fetch(url);
  await res.arrayBuffer();
  return { status: res.status, requestId: res.headers.get("x-amzn-requestid") ?? "" };
}

/** The newest entries of a stage log through the console's endpoint. */
async function newest(api: APIRequestContext, restApiId: string, query: string): Promise<{ requestId: string; status: number }[]> {
  return (await ok(await api.get(`/api/restapis/${restApiId}/stages/prod/logs?${query}`))).entries;
}

/**
 * Calls `path` until the gateway, having seen the new settings, logs it to `query`'s log group
 * (the sink writes every second); returns the newest logged request.
 */
async function callUntilLogged(api: APIRequestContext, restApiId: string, url: string, query: string) {
  await expect.poll(async () => (await call(url), (await newest(api, restApiId, query)).length), { timeout: 20_000 }).toBeGreaterThan(0);
  return (await newest(api, restApiId, query))[0];
}

/** The request row of `requestId` in the open log (execution or access). */
const row = (page: Page, requestId: string) => page.locator(`[data-request-id="${requestId}"]`);

test("stage logs: enable logging, find why a request failed, canary group, access log", async ({ signedInPage: page, api, createApi, archway }) => {
  test.setTimeout(180_000);
  const restApi = await createApi(uniqueName("logs"));
  await petsApi(api, restApi.id, restApi.rootResourceId);
  await ok(await api.post(`/restapis/${restApi.id}/deployments`, { data: { stageName: "prod" } }));
  const invoke = (path: string) => `${archway.gatewayUrl}/restapis/${restApi.id}/prod/_user_request_${path}`;
  await expect.poll(async () => (await call(invoke("/pets"))).status, { timeout: 15_000 }).toBe(200);

  // Logging is off: the empty state says so and turns INFO on for the whole stage.
  await page.goto(`/apis/${restApi.id}/stages/prod?view=logs`);
  const logs = page.getByTestId("stage-logs");
  await expect(logs.getByText("Execution logging is off")).toBeVisible();
  await logs.getByRole("button", { name: "Enable INFO logging" }).click();
  await expect(logs.getByTestId("logging-level")).toHaveText("INFO for all methods");
  await expect(logs.getByText(`API-Gateway-Execution-Logs_${restApi.id}/prod`, { exact: true })).toBeVisible();
  const stage = await ok(await api.get(`/restapis/${restApi.id}/stages/prod`));
  expect(stage.methodSettings["*/*"].loggingLevel).toBe("INFO");

  // A failing request shows up, live, with its status and why; it opens to its lines.
  await callUntilLogged(api, restApi.id, invoke("/pets"), "kind=execution");
  const broken = await call(invoke("/broken"));
  expect(broken.status).toBe(500);
  const failed = row(page, broken.requestId);
  await expect(failed.getByTestId("log-status")).toHaveText("500");
  await expect(failed.getByTestId("log-why")).toContainText("API_CONFIGURATION_ERROR");
  await expect(failed.getByTestId("log-why")).toContainText("Execution failed due to configuration error: MOCK request template did not produce JSON");
  await failed.getByRole("button", { name: `Request ${broken.requestId}` }).click();
  await expect(page).toHaveURL(new RegExp(`open=${broken.requestId}`));
  await expect(failed.getByTestId("log-lines")).toContainText("HTTP Method: GET, Resource Path: /broken");
  await expect(failed.getByTestId("log-lines")).toContainText("Method completed with status: 500");

  // Filter to errors: the failed request stays, a successful one does not show.
  const good = await call(invoke("/pets"));
  await expect(row(page, good.requestId).getByTestId("log-status")).toHaveText("200");
  await logs.getByRole("combobox", { name: "Filter by status" }).selectOption("error");
  await expect(page).toHaveURL(/status=error/);
  await expect(row(page, broken.requestId)).toBeVisible();
  await expect(row(page, good.requestId)).toHaveCount(0);
  await logs.getByRole("combobox", { name: "Filter by status" }).selectOption("");

  // A canary taking all traffic: its requests are in the canary log group only.
  await ok(await api.patch(`/restapis/${restApi.id}/stages/prod`, { data: { patchOperations: [{ op: "replace", path: "/canarySettings/percentTraffic", value: "100" }] } }));
  const canary = await callUntilLogged(api, restApi.id, invoke("/pets"), "canary=1");
  await page.reload();
  await logs.getByRole("radiogroup", { name: "Log group" }).getByRole("radio", { name: "Canary" }).click();
  await expect(page).toHaveURL(/group=canary/);
  await expect(logs.getByText(`API-Gateway-Execution-Logs_${restApi.id}/prod/Canary`, { exact: true })).toBeVisible();
  await expect(row(page, canary.requestId).getByTestId("log-status")).toHaveText("200");
  await expect(row(page, broken.requestId)).toHaveCount(0);
  await logs.getByRole("radiogroup", { name: "Log group" }).getByRole("radio", { name: "Stage" }).click();
  await expect(row(page, broken.requestId)).toBeVisible();
  await expect(row(page, canary.requestId)).toHaveCount(0);
  await ok(await api.patch(`/restapis/${restApi.id}/stages/prod`, { data: { patchOperations: [{ op: "remove", path: "/canarySettings" }] } }));

  // Access logging: configure the JSON preset, call, see the line in the access log.
  await logs.getByRole("radiogroup", { name: "Log kind" }).getByRole("radio", { name: "Access log" }).click();
  await expect(logs.getByText("Access logging is not configured")).toBeVisible();
  await logs.getByRole("button", { name: "Configure access logging" }).last().click();
  const editor = page.getByRole("form", { name: "Access logging" });
  await editor.getByLabel("Log format").fill("$context.status");
  await expect(editor.getByText(/must include either \$context.requestId or \$context.extendedRequestId/)).toBeVisible();
  await editor.getByRole("group", { name: "Format presets" }).getByRole("button", { name: "JSON" }).click();
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toBeHidden();
  const saved = await ok(await api.get(`/restapis/${restApi.id}/stages/prod`));
  expect(saved.accessLogSettings.format).toContain('"requestId":"$context.requestId"');
  expect(saved.accessLogSettings.destinationArn).toMatch(/^arn:aws:logs:/);
  const accessed = await callUntilLogged(api, restApi.id, invoke("/pets"), "kind=access");
  const line = row(page, accessed.requestId).getByTestId("log-access-text");
  await expect(line).toContainText(`"requestId":"${accessed.requestId}"`);
  await expect(line).toContainText('"status":"200"');
  await expect(line).toContainText('"resourcePath":"/pets"');
  // From the access line to the request's execution log.
  await row(page, accessed.requestId).getByRole("button", { name: `Execution log of ${accessed.requestId}` }).click();
  await expect(page).toHaveURL(new RegExp(`request=${accessed.requestId}`));
  await expect(row(page, accessed.requestId).getByTestId("log-lines")).toContainText("Successfully completed execution");
});
