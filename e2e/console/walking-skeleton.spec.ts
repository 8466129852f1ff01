/**
 * The walking skeleton, end to end in the browser: sign in → create API petstore → /pets GET
 * MOCK returning a JSON list → /pets/{petId} GET and /{proxy+} ANY as HTTP_PROXY to a real
 * upstream → test-invoke in the UI → deploy to a new stage dev → call the invoke URL.
 */
import { request as httpRequest } from "node:http";
import { expect, setEditorText, test, type Upstream } from "../fixtures";
import type { Page } from "@playwright/test";

const PETS = [
  { id: 1, type: "dog", price: 249.99 },
  { id: 2, type: "cat", price: 124.99 },
];

async function createChildResource(page: Page, pathPart: string, opts: { proxy?: boolean } = {}) {
  await page.getByRole("button", { name: "Create child resource" }).click();
  const dialog = page.getByRole("dialog", { name: "Create resource" });
  if (opts.proxy) {
    await dialog.getByRole("switch", { name: "Proxy resource" }).click();
    await expect(dialog.getByLabel("Path part")).toHaveValue("{proxy+}");
  } else {
    await dialog.getByLabel("Path part").fill(pathPart);
  }
  await dialog.getByRole("button", { name: "Create resource" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("resource-path")).toContainText(pathPart);
}

async function createMethod(page: Page, verb: string) {
  await page.getByRole("button", { name: "Create method" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create method" });
  const select = dialog.getByRole("combobox", { name: "HTTP method" });
  if ((await select.textContent())?.trim() !== verb) {
    await select.click();
    await page.getByRole("option", { name: verb, exact: true }).click();
  }
  await expect(select).toHaveText(verb);
  await dialog.getByRole("button", { name: "Create method" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/methods/${verb}\\?panel=integration-request`));
  await expect(page.getByTestId("method-title")).toContainText(verb);
}

async function saveHttpProxy(page: Page, httpMethod: string, uri: string) {
  const form = page.getByRole("form", { name: "Integration request" });
  await form.getByRole("radio", { name: "HTTP proxy" }).check();
  const select = form.getByRole("combobox", { name: "Integration HTTP method" });
  if ((await select.textContent())?.trim() !== httpMethod) {
    await select.click();
    await page.getByRole("option", { name: httpMethod, exact: true }).click();
  }
  await form.getByLabel("Endpoint URL").fill(uri);
  await form.getByRole("button", { name: "Save integration" }).click();
  await expect(page.getByTestId("flow-integration")).toContainText("HTTP proxy");
  await expect(form.getByText("No unsaved changes")).toBeVisible();
}

function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("walking skeleton: design, test, deploy and call petstore", async ({ page, archway, upstream }) => {
  test.setTimeout(180_000);
  const up: Upstream = upstream;

  // Sign in.
  await page.goto("/apis");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Access key ID").fill(archway.accessKeyId);
  await page.getByLabel("Secret access key").fill(archway.secretAccessKey);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/apis$/);
  await expect(page.getByTestId("signed-in-key")).toHaveText(archway.accessKeyId);

  // Create the API.
  await page.getByRole("button", { name: "Create API" }).first().click();
  const createDialog = page.getByRole("dialog", { name: "Create REST API" });
  await createDialog.getByLabel("API name").fill("petstore");
  await createDialog.getByLabel("Description").fill("The walking skeleton");
  await createDialog.getByRole("button", { name: "Create API" }).click();
  await expect(page).toHaveURL(/\/apis\/[^/]+\/resources\/[^/]+$/);
  await expect(page.getByTestId("api-name")).toHaveText("petstore");
  const apiId = page.url().split("/apis/")[1].split("/")[0];
  await expect(page.getByTestId("resource-path")).toHaveText("/");

  // /pets GET → MOCK returning a JSON list.
  await createChildResource(page, "pets");
  await createMethod(page, "GET");
  await expect(page.getByTestId("flow-integration-request")).toContainText("Not configured");
  await setEditorText(page, "response-template-editor", JSON.stringify(PETS));
  const form = page.getByRole("form", { name: "Integration request" });
  await form.getByRole("button", { name: "Save integration" }).click();
  await expect(page.getByTestId("flow-integration")).toContainText("Mock");
  await expect(page.getByTestId("flow-method-response")).toContainText("200");
  await expect(page.getByTestId("flow-integration-response")).toContainText("200");

  // Test it from the UI.
  await page.getByTestId("open-test").click();
  await page.getByTestId("run-test").click();
  await expect(page.getByTestId("test-status")).toHaveText("200");
  await expect(page.getByTestId("test-latency")).toHaveText(/^\d+(\.\d+)? ms$/);
  const mockBody = await page.getByTestId("test-response-body").textContent();
  expect(JSON.parse(mockBody ?? "")).toEqual(PETS);
  await page.getByRole("tab", { name: "Log" }).click();
  await expect(page.getByTestId("test-log")).not.toBeEmpty();
  await expect(page.getByRole("list", { name: "Earlier test requests" }).getByRole("listitem")).toHaveCount(1);

  // /pets/{petId} GET → HTTP proxy to the upstream.
  await page.getByTestId("tree-resource-/pets").click();
  await createChildResource(page, "{petId}");
  await createMethod(page, "GET");
  await saveHttpProxy(page, "GET", `${up.url}/pets/{petId}`);

  await page.getByTestId("open-test").click();
  await page.getByLabel("Path parameter petId").fill("7");
  await page.getByTestId("run-test").click();
  await expect(page.getByTestId("test-status")).toHaveText("200");
  expect(JSON.parse((await page.getByTestId("test-response-body").textContent()) ?? "")).toEqual({
    upstream: true,
    pet: { id: "7", name: "pet-7" },
  });
  await expect(page.getByTestId("test-latency")).toHaveText(/ ms$/);

  // /{proxy+} ANY → HTTP proxy to the upstream.
  await page.getByTestId("tree-resource-/").click();
  await createChildResource(page, "{proxy+}", { proxy: true });
  await createMethod(page, "ANY");
  await saveHttpProxy(page, "ANY", `${up.url}/{proxy}`);
  await expect(page.getByTestId("tree-method-ANY-/{proxy+}")).toBeVisible();

  // Deploy to a new stage dev and read the invoke URL from the page.
  await page.getByRole("button", { name: "Deploy" }).first().click();
  const deploy = page.getByRole("dialog", { name: "Deploy API" });
  await expect(deploy.getByRole("combobox", { name: "Stage" })).toHaveText("New stage…");
  await deploy.getByLabel("Stage name").fill("dev");
  await deploy.getByLabel("Deployment description").fill("first deployment");
  await deploy.getByRole("button", { name: "Deploy" }).click();
  const done = page.getByRole("dialog", { name: "Deployed" });
  await expect(done).toBeVisible();
  const invokeUrl = ((await done.getByTestId("invoke-url-path").textContent()) ?? "").trim();
  const hostUrl = ((await done.getByTestId("invoke-url-host").textContent()) ?? "").trim();
  expect(invokeUrl).toBe(`${archway.gatewayUrl}/restapis/${apiId}/dev/_user_request_`);
  expect(hostUrl).toMatch(new RegExp(`^http://${apiId}\\.execute-api\\.localhost:\\d+/dev$`));

  // Call the deployed stage (the gateway picks the deployment up within its poll interval).
  await expect
    .poll(async () => (await fetch(`${invokeUrl}/pets`)).status, { timeout: 15_000 })
    .toBe(200);
  const list = await fetch(`${invokeUrl}/pets`);
  expect(list.headers.get("content-type")).toContain("application/json");
  expect(await list.json()).toEqual(PETS);

  const pet = await fetch(`${invokeUrl}/pets/42`);
  expect(pet.status).toBe(200);
  expect(await pet.json()).toEqual({ upstream: true, pet: { id: "42", name: "pet-42" } });

  const proxied = await fetch(`${invokeUrl}/any/deeper/path?x=1`, { method: "POST", body: "hello" });
  expect(proxied.status).toBe(200);
  expect(await proxied.json()).toMatchObject({ upstream: true, method: "POST", path: "/any/deeper/path", query: "?x=1" });
  expect(up.requests.some((r) => r.method === "POST" && r.url.startsWith("/any/deeper/path") && r.body === "hello")).toBe(true);

  // Host-style invoke URL: the same stage through {apiId}.execute-api.<host>.
  const { host } = new URL(hostUrl);
  const gw = new URL(archway.gatewayUrl);
  const viaHost = await getWithHost(`http://${gw.host}/dev/pets`, host);
  expect(viaHost.status).toBe(200);
  expect(JSON.parse(viaHost.body)).toEqual(PETS);

  // The stage page shows the same URL, the deployment and its description.
  await done.getByRole("link", { name: "Open stage" }).click();
  await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/stages/dev$`));
  await expect(page.getByTestId("stage-name")).toHaveText("dev");
  await expect(page.getByTestId("invoke-url-path")).toHaveText(invokeUrl);
  await expect(page.getByTestId("stage-deployment-description")).toHaveText("first deployment");
});
