/**
 * The four-box method editor, end to end: an HTTP (non-proxy) integration built entirely in the
 * method page — a query string parameter on the method request, the endpoint with a path
 * mapping, a query string mapping and a static header, a request template, a method response
 * with a header, and an integration response mapping that header and transforming the body —
 * then deployed and called. The real upstream on 127.0.0.1 shows the request the gateway built.
 */
import { expect, setEditorText, test, uniqueName } from "../fixtures";
import type { Page } from "@playwright/test";

async function deploy(page: Page, stage: string): Promise<string> {
  await page.getByRole("button", { name: "Deploy" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Deploy API" });
  await expect(dialog.getByRole("combobox", { name: "Stage" })).toHaveText("New stage…");
  await dialog.getByLabel("Stage name").fill(stage);
  await dialog.getByRole("button", { name: "Deploy" }).click();
  const done = page.getByRole("dialog", { name: "Deployed" });
  await expect(done).toBeVisible();
  const url = ((await done.getByTestId("invoke-url-path").textContent()) ?? "").trim();
  await page.keyboard.press("Escape");
  await expect(done).toBeHidden();
  return url;
}

test("build an HTTP integration through the four boxes, deploy it and call it", async ({ signedInPage: page, api, createApi, upstream }) => {
  test.setTimeout(180_000);
  const restApi = await createApi(uniqueName("four-boxes"));
  const items = await (await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "items" } })).json();
  const item = await (await api.post(`/restapis/${restApi.id}/resources/${items.id}`, { data: { pathPart: "{itemId}" } })).json();
  await api.put(`/restapis/${restApi.id}/resources/${item.id}/methods/GET`, { data: { authorizationType: "NONE" } });

  await page.goto(`/apis/${restApi.id}/resources/${item.id}/methods/GET`);
  await expect(page.getByTestId("flow-integration-request")).toContainText("Not configured");

  // 1. Method request: declare the query string parameter q.
  await page.getByTestId("flow-method-request").click();
  await expect(page).toHaveURL(/panel=method-request/);
  await page.getByLabel("New parameter location").selectOption("querystring");
  await page.getByLabel("New parameter name").fill("q");
  await page.getByRole("button", { name: "Add parameter" }).click();
  await expect(page.getByTestId("request-parameter-querystring-q")).toBeVisible();
  await expect(page.getByTestId("flow-method-request")).toContainText("q");

  // 2. Integration request: HTTP POST to the upstream, three mappings and a request template.
  await page.getByTestId("flow-integration-request").click();
  await expect(page).toHaveURL(/panel=integration-request/);
  const form = page.getByRole("form", { name: "Integration request" });
  await form.getByRole("radio", { name: "HTTP", exact: true }).check();
  await form.getByRole("combobox", { name: "Integration HTTP method" }).click();
  await page.getByRole("option", { name: "POST", exact: true }).click();
  await form.getByLabel("Endpoint URL").fill(`${upstream.url}/pets/{id}`);
  await expect(form.getByText(/\{id\} is not a path parameter/)).toBeVisible();

  const mappings = form.getByRole("group", { name: "Parameter mappings" });
  await mappings.getByRole("button", { name: "Add parameter mapping" }).click();
  await mappings.getByLabel("Integration request parameter 1 location").selectOption("path");
  await mappings.getByLabel("Integration request parameter 1 name").fill("id");
  await mappings.getByLabel("Integration request parameter 1 source").fill("method.request.path.itemId");
  await expect(form.getByText(/\{id\} is not a path parameter/)).toHaveCount(0);
  await mappings.getByRole("button", { name: "Add parameter mapping" }).click();
  await mappings.getByLabel("Integration request parameter 2 location").selectOption("querystring");
  await mappings.getByLabel("Integration request parameter 2 name").fill("search");
  await mappings.getByLabel("Integration request parameter 2 source").fill("method.request.querystring");
  await expect(mappings.getByText(/Use method\.request\.path\|querystring\|header\.NAME/)).toBeVisible();
  await mappings.getByLabel("Integration request parameter 2 source").fill("method.request.querystring.q");
  await mappings.getByRole("button", { name: "Add parameter mapping" }).click();
  await mappings.getByLabel("Integration request parameter 3 location").selectOption("header");
  await mappings.getByLabel("Integration request parameter 3 name").fill("x-static");
  await mappings.getByLabel("Integration request parameter 3 kind").selectOption("literal");
  await mappings.getByLabel("Integration request parameter 3 source").fill("archway");

  await form.getByLabel("New request template content type").fill("application/json");
  await form.getByRole("button", { name: "Add content type" }).click();
  await setEditorText(page, "request-template-application/json", `{"item": "$input.params('itemId')", "q": "$input.params('q')", "stage": "$context.stage"}`);
  await expect(form.getByTestId("integration-changes")).toContainText("Unsaved changes: type, HTTP method, endpoint URL, parameter mappings, request templates");

  // The timeout is validated before anything is sent.
  await form.getByRole("button", { name: /Advanced settings/ }).click();
  await form.getByLabel("Timeout (ms)").fill("10");
  await expect(form.getByText("Between 50 and 29000 milliseconds.")).toBeVisible();
  await form.getByLabel("Timeout (ms)").fill("5000");

  await form.getByRole("button", { name: "Save integration" }).click();
  await expect(form.getByTestId("integration-changes")).toHaveText("No unsaved changes");
  await expect(page.getByTestId("flow-integration")).toContainText("HTTP");
  await expect(page.getByTestId("flow-integration-request")).toContainText("5000 ms");
  await expect(page.getByTestId("flow-integration-response")).toContainText("No integration responses");

  // 3. Method response 200 with the X-Backend header.
  await page.getByTestId("flow-method-response").click();
  await expect(page).toHaveURL(/panel=method-response/);
  await expect(page.getByRole("region", { name: "Method response" })).toBeVisible();
  await page.getByRole("button", { name: "Add response" }).click();
  await page.getByLabel("New status code").fill("200");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page).toHaveURL(/panel=method-response&status=200/);
  const mr = page.getByRole("form", { name: "Method response 200" });
  await mr.getByRole("button", { name: "Add header" }).click();
  await mr.getByLabel("Response header 1 name").fill("X-Backend");
  await mr.getByRole("button", { name: "Save response" }).click();
  await expect(mr.getByTestId("method-response-changes")).toHaveText("No unsaved changes");
  await expect(page.getByTestId("method-responses-200")).toContainText("1 header");

  // 4. Integration response 200 (default): map the header and transform the body.
  await page.getByTestId("flow-integration-response").click();
  await expect(page).toHaveURL(/panel=integration-response/);
  await expect(page.getByRole("region", { name: "Integration response" })).toBeVisible();
  await page.getByRole("button", { name: "Add response" }).click();
  await page.getByLabel("New status code").fill("200");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page).toHaveURL(/panel=integration-response&status=200/);
  const ir = page.getByRole("form", { name: "Integration response 200" });
  await expect(ir.getByText("default", { exact: true })).toBeVisible();
  await ir.getByLabel("Selection pattern").fill("(2\\d{2}");
  await expect(ir.getByText(/Not a valid regular expression/)).toBeVisible();
  await ir.getByLabel("Selection pattern").fill("");
  const headers = ir.getByRole("group", { name: "Header mappings" });
  await headers.getByRole("button", { name: "Add header mapping" }).click();
  await headers.getByLabel("Header 1 name").fill("X-Backend");
  await headers.getByLabel("Header 1 source").fill("integration.response.header.x-upstream");
  await ir.getByLabel("New response-200 template content type").fill("application/json");
  await ir.getByRole("button", { name: "Add content type" }).click();
  await setEditorText(page, "response-template-200-application/json", `{"petName": "$input.path('$.pet.name')", "mapped": true}`);
  await ir.getByRole("button", { name: "Save response" }).click();
  await expect(ir.getByTestId("integration-response-changes")).toHaveText("No unsaved changes");
  await expect(page.getByTestId("flow-integration-response")).toContainText(/200:\s*default/);

  // Deploy and call the invoke URL.
  const invokeUrl = await deploy(page, "e2e");
  await expect.poll(async () => (await fetch(`${invokeUrl}/items/42?q=hello`)).status, { timeout: 15_000 }).toBe(200);
  const res = await fetch(`${invokeUrl}/items/42?q=hello`);
  expect(res.status).toBe(200);
  expect(res.headers.get("x-backend")).toBe("archway-e2e");
  expect(await res.json()).toEqual({ petName: "pet-42", mapped: true });

  // What the upstream saw: the mapped path, query string and header, and the rendered template.
  const seen = upstream.requests.at(-1)!;
  expect(seen.method).toBe("POST");
  expect(seen.url).toBe("/pets/42?search=hello");
  expect(seen.headers["x-static"]).toBe("archway");
  expect(seen.headers["content-type"]).toContain("application/json");
  expect(JSON.parse(seen.body)).toEqual({ item: "42", q: "hello", stage: "e2e" });
});

test("server-side template errors show at the template with their line", async ({ signedInPage: page, api, createApi }) => {
  const restApi = await createApi(uniqueName("tpl-error"));
  const r = await (await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "t" } })).json();
  await api.put(`/restapis/${restApi.id}/resources/${r.id}/methods/POST`, { data: { authorizationType: "NONE" } });
  await page.goto(`/apis/${restApi.id}/resources/${r.id}/methods/POST?panel=integration-request`);
  const form = page.getByRole("form", { name: "Integration request" });
  await form.getByRole("radio", { name: "Mock" }).check();
  await setEditorText(page, "request-template-application/json", `{"statusCode": 200} #end`);
  await form.getByRole("button", { name: "Save integration" }).click();
  await expect(form.getByTestId("request-template-problem")).toContainText("Line 1");
  await expect(form.getByTestId("request-template-problem")).toContainText("#end without a matching");
  await expect(page.getByTestId("request-template-application/json").locator(".archway-error-line")).toHaveCount(1);
  await expect(form.getByTestId("integration-changes")).toContainText("Unsaved changes");
});

test("responses are added and deleted from their lists", async ({ signedInPage: page, api, createApi }) => {
  const restApi = await createApi(uniqueName("responses"));
  const r = await (await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "r" } })).json();
  const base = `/restapis/${restApi.id}/resources/${r.id}/methods/GET`;
  await api.put(base, { data: { authorizationType: "NONE" } });
  await api.put(`${base}/integration`, { data: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } } });
  await api.put(`${base}/responses/200`, { data: {} });
  await api.put(`${base}/integration/responses/200`, { data: {} });

  await page.goto(`/apis/${restApi.id}/resources/${r.id}/methods/GET?panel=integration-response`);
  await page.getByRole("button", { name: "Add response" }).click();
  await page.getByLabel("New status code").fill("404");
  await page.getByLabel("New selection pattern").fill("4\\d{2}");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page).toHaveURL(/status=404/);
  await expect(page.getByTestId("integration-responses-404")).toContainText("/4\\d{2}/");
  // Method response 404 was declared with it.
  await expect(page.getByTestId("flow-method-response")).toContainText("404");

  const ir = page.getByRole("form", { name: "Integration response 404" });
  await ir.getByRole("button", { name: "Delete integration response 404" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete response" }).click();
  await expect(page.getByTestId("integration-responses-404")).toHaveCount(0);
  await expect.poll(async () => (await api.get(`${base}/integration/responses/404`)).status()).toBe(404);

  await page.getByTestId("flow-method-response").click();
  await expect(page).toHaveURL(/panel=method-response/);
  await page.getByTestId("method-responses-404").click();
  await page.getByRole("form", { name: "Method response 404" }).getByRole("button", { name: "Delete method response 404" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete response" }).click();
  await expect(page.getByTestId("method-responses-404")).toHaveCount(0);
  expect((await api.get(`${base}/responses/404`)).status()).toBe(404);
  expect((await api.get(`${base}/responses/200`)).status()).toBe(200);
});
