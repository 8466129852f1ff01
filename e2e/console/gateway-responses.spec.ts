/**
 * Gateway responses: customize MISSING_AUTHENTICATION_TOKEN (what unknown paths get) to a 404
 * with a header and a body template in the console, deploy, call an unknown path and see it;
 * then reset it to AWS's default.
 */
import { expect, setEditorText, test, uniqueName } from "../fixtures";

test("customize MISSING_AUTHENTICATION_TOKEN, deploy, and an unknown path gets it", async ({ signedInPage: page, api, createApi }) => {
  test.setTimeout(120_000);
  const restApi = await createApi(uniqueName("gateway-responses"));
  const ok = await (await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "ok" } })).json();
  await api.put(`/restapis/${restApi.id}/resources/${ok.id}/methods/GET`, { data: { authorizationType: "NONE" } });
  await api.put(`/restapis/${restApi.id}/resources/${ok.id}/methods/GET/integration`, {
    data: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
  });
  await api.put(`/restapis/${restApi.id}/resources/${ok.id}/methods/GET/responses/200`, { data: {} });
  await api.put(`/restapis/${restApi.id}/resources/${ok.id}/methods/GET/integration/responses/200`, {
    data: { responseTemplates: { "application/json": '{"ok": true}' } },
  });

  await page.goto(`/apis/${restApi.id}/resources`);
  await expect(page).toHaveURL(new RegExp(`/apis/${restApi.id}/resources/${restApi.rootResourceId}$`));
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Gateway responses" }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${restApi.id}/gateway-responses$`));
  for (const type of ["DEFAULT_4XX", "DEFAULT_5XX", "THROTTLED", "WAF_FILTERED", "UNSUPPORTED_MEDIA_TYPE"]) {
    await expect(page.getByTestId(`gateway-response-row-${type}`)).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Gateway response types list" }).getByRole("link")).toHaveCount(21);
  await expect(page.getByTestId("gateway-response-status-MISSING_AUTHENTICATION_TOKEN")).toHaveText("403");

  await page.getByTestId("gateway-response-row-MISSING_AUTHENTICATION_TOKEN").click();
  await expect(page).toHaveURL(/\/gateway-responses\/MISSING_AUTHENTICATION_TOKEN$/);
  const form = page.getByRole("form", { name: "Gateway response MISSING_AUTHENTICATION_TOKEN" });
  await expect(form.getByTestId("gateway-response-title")).toContainText("Default");
  await expect(form.getByRole("button", { name: "Reset to default" })).toBeDisabled();

  const status = form.getByLabel("Status code");
  await expect(status).toHaveValue("403");
  await status.fill("99");
  await expect(form.getByText("Three digits, 100–599.")).toBeVisible();
  await status.fill("404");
  const headers = form.getByRole("group", { name: "Response headers" });
  await headers.getByRole("button", { name: "Add header" }).click();
  await headers.getByLabel("Header 1 name").fill("X-Archway-Missing");
  await expect(headers.getByLabel("Header 1 kind")).toHaveValue("literal");
  await headers.getByLabel("Header 1 source").fill("no route here");
  await setEditorText(page, "gateway-template-application/json", `{"error": "not found", "message": $context.error.messageString}`);
  await expect(form.getByTestId("gateway-response-changes")).toHaveText("Unsaved changes: status code, headers, templates");
  await form.getByRole("button", { name: "Save response" }).click();
  await expect(form.getByTestId("gateway-response-changes")).toHaveText("No unsaved changes");
  await expect(form.getByTestId("gateway-response-title")).toContainText("Customized");
  await expect(page.getByTestId("gateway-response-status-MISSING_AUTHENTICATION_TOKEN")).toHaveText("404");

  // Reload keeps the selection and shows the saved values.
  await page.reload();
  await expect(page.getByLabel("Status code")).toHaveValue("404");
  await expect(page.getByRole("group", { name: "Response headers" }).getByLabel("Header 1 source")).toHaveValue("no route here");

  // Deploy and call an unknown path.
  await page.getByRole("button", { name: "Deploy" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Deploy API" });
  await dialog.getByLabel("Stage name").fill("gr");
  await dialog.getByRole("button", { name: "Deploy" }).click();
  const done = page.getByRole("dialog", { name: "Deployed" });
  const invokeUrl = ((await done.getByTestId("invoke-url-path").textContent()) ?? "").trim();
  await page.keyboard.press("Escape");

  await expect.poll(async () => (await fetch(`${invokeUrl}/ok`)).status, { timeout: 15_000 }).toBe(200);
  const res = await fetch(`${invokeUrl}/no/such/path`);
  expect(res.status).toBe(404);
  expect(res.headers.get("x-archway-missing")).toBe("no route here");
  expect(res.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
  expect(await res.json()).toEqual({ error: "not found", message: "Missing Authentication Token" });

  // Reset to default: back to 403 (takes effect on the next deployment).
  const form2 = page.getByRole("form", { name: "Gateway response MISSING_AUTHENTICATION_TOKEN" });
  await form2.getByRole("button", { name: "Reset to default" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Reset to default" }).click();
  await expect(page.getByTestId("gateway-response-status-MISSING_AUTHENTICATION_TOKEN")).toHaveText("403");
  await expect(form2.getByTestId("gateway-response-title")).toContainText("Default");
  const after = await (await api.get(`/restapis/${restApi.id}/gatewayresponses/MISSING_AUTHENTICATION_TOKEN`)).json();
  expect(after).toMatchObject({ statusCode: "403", defaultResponse: true });
});

test("API settings: rename, describe and manage binary media types", async ({ signedInPage: page, api, createApi }) => {
  const restApi = await createApi(uniqueName("settings"));
  await page.goto(`/apis/${restApi.id}/resources`);
  await expect(page).toHaveURL(new RegExp(`/apis/${restApi.id}/resources/${restApi.rootResourceId}$`));
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${restApi.id}/settings$`));
  const form = page.getByRole("form", { name: "API settings" });

  await form.getByLabel("API name").fill("");
  await expect(form.getByText("The name cannot be empty.")).toBeVisible();
  const newName = uniqueName("renamed");
  await form.getByLabel("API name").fill(newName);
  await form.getByLabel("Description").fill("Settings from e2e");
  await form.getByLabel("Minimum compression size").fill("99999999");
  await expect(form.getByText(/A whole number of bytes from 0 to 10485760/)).toBeVisible();
  await form.getByLabel("Minimum compression size").fill("1024");
  await expect(form.getByTestId("settings-changes")).toHaveText("Unsaved changes: name, description, minimum compression size");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByTestId("settings-changes")).toHaveText("No unsaved changes");
  await expect(page.getByTestId("api-name")).toHaveText(newName);

  const add = page.getByRole("group", { name: "Add a binary media type" });
  await add.getByLabel("New binary media type").fill("image png");
  await expect(add.getByText(/A media type looks like type\/subtype/)).toBeVisible();
  const list = page.getByRole("list", { name: "Binary media types" });
  await add.getByLabel("New binary media type").fill("image/png");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(list.getByRole("listitem")).toHaveText(["image/png"]);
  await add.getByLabel("New binary media type").fill("application/octet-stream");
  await add.getByLabel("New binary media type").press("Enter");
  await expect(list.getByRole("listitem")).toHaveText(["image/png", "application/octet-stream"]);
  await add.getByLabel("New binary media type").fill("IMAGE/PNG");
  await expect(add.getByText("IMAGE/PNG is already in the list.")).toBeVisible();
  await add.getByLabel("New binary media type").fill("");
  await list.getByRole("button", { name: "Remove binary media type image/png" }).click();
  await expect(list.getByRole("listitem")).toHaveText(["application/octet-stream"]);

  const saved = await (await api.get(`/restapis/${restApi.id}`)).json();
  expect(saved).toMatchObject({ name: newName, description: "Settings from e2e", minimumCompressionSize: 1024, binaryMediaTypes: ["application/octet-stream"] });
});
