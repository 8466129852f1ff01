/**
 * Functions in the browser: create a function, edit it in Monaco, save, run it from the test
 * panel (the API Gateway proxy event template, then a saved event), see a failure reported as
 * Lambda reports it, publish a version, and find the invocations in the logs.
 */
import { strToU8, zipSync } from "fflate";
import { expect, setEditorText, test, uniqueName } from "../fixtures";

test("create, edit, save, test, publish and read the logs of a function", async ({ signedInPage: page, api }) => {
  const name = uniqueName("fn");
  try {
    await page.goto("/functions");
    await page.getByRole("button", { name: "Create function" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create function" });
    await dialog.getByLabel("Function name").fill(name);
    await dialog.getByRole("radio", { name: "TypeScript" }).click();
    await dialog.getByRole("button", { name: "Create function" }).click();
    await expect(page).toHaveURL(new RegExp(`/functions/${name}$`));
    await expect(page.getByTestId("function-name")).toHaveText(name);
    await expect(page.getByRole("tab", { name: "index.ts" })).toBeVisible();

    // Edit the handler (TypeScript, transpiled by the server when saved) and save it.
    await setEditorText(
      page,
      "function-code-editor",
      'export const handler = async (event: { path?: string; who?: string }) => { console.log("hello from the editor"); if (event.who === "nobody") throw new Error("nobody is there"); return { statusCode: 200, body: JSON.stringify({ greeting: `hi ${event.who ?? event.path}` }) }; };',
    );
    await expect(page.getByText("Unsaved changes")).toBeVisible();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Unsaved changes")).toBeHidden();

    // Test with the API Gateway proxy event template.
    await expect(page.getByRole("combobox", { name: "Test event" })).toHaveValue("template:apigw-proxy");
    await page.getByTestId("run-test").click();
    await expect(page.getByTestId("invoke-status")).toHaveText("Succeeded");
    await expect(page.getByTestId("invoke-response")).toContainText('"statusCode": 200');
    await expect(page.getByTestId("invoke-response")).toContainText("hi /pets/42");
    await expect(page.getByTestId("invoke-log")).toContainText("hello from the editor");
    await expect(page.getByTestId("invoke-log")).toContainText("REPORT RequestId:");

    // A saved test event that makes the function fail.
    await setEditorText(page, "test-event-editor", '{"who": "nobody"}');
    await page.getByLabel("Event name").fill("nobody");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByRole("combobox", { name: "Test event" })).toHaveValue("saved:nobody");
    await page.getByTestId("run-test").click();
    await expect(page.getByTestId("invoke-status")).toHaveText("Failed: Error");
    await expect(page.getByTestId("invoke-response")).toContainText('"errorMessage": "nobody is there"');

    // The saved event survives a reload.
    await page.reload();
    await page.getByRole("combobox", { name: "Test event" }).selectOption("saved:nobody");
    await expect(page.getByTestId("test-event-editor")).toContainText("nobody");

    // Publish version 1.
    await page.getByRole("button", { name: "Publish version" }).click();
    const publish = page.getByRole("dialog", { name: "Publish a new version" });
    await publish.getByLabel("Version description").fill("first");
    await publish.getByRole("button", { name: "Publish" }).click();
    await expect(publish).toBeHidden();
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Versions & aliases" }).click();
    await expect(page.getByTestId("version-row-1")).toContainText("first");

    // Both invocations are in the logs (written in batches; the tail polls).
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Logs" }).click();
    const logs = page.getByTestId("function-logs");
    await expect(logs.getByRole("button")).toHaveCount(2, { timeout: 20_000 });
    await expect(logs.getByText("Error", { exact: true })).toBeVisible();
  } finally {
    await api.delete(`/2015-03-31/functions/${name}`);
  }
});

test("upload a .zip deployment package and run it", async ({ signedInPage: page, api }) => {
  const name = uniqueName("zipfn");
  const created = await api.post("/2015-03-31/functions", {
    data: { FunctionName: name, Runtime: "nodejs20.x", Role: "r", Handler: "index.handler", Code: { ZipFile: Buffer.from(zipSync({ "index.mjs": strToU8("export const handler = async () => 'first';") })).toString("base64") } },
  });
  expect(created.status(), await created.text()).toBe(201);
  try {
    await page.goto(`/functions/${name}`);
    await expect(page.getByRole("tab", { name: "index.mjs" })).toBeVisible();
    const zip = zipSync({
      "index.js": strToU8("const { greet } = require('./lib/greet');\nexports.handler = (event, context, callback) => callback(null, greet(event.name));\n"),
      "lib/greet.js": strToU8("exports.greet = (n) => `uploaded says hi to ${n}`;\n"),
    });
    await page.getByLabel("Deployment package (.zip)").setInputFiles({ name: "package.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
    await expect(page.getByRole("tab", { name: "lib/greet.js" })).toBeVisible();
    await page.getByRole("combobox", { name: "Test event" }).selectOption("template:empty");
    await setEditorText(page, "test-event-editor", '{"name": "Ada"}');
    await page.getByTestId("run-test").click();
    await expect(page.getByTestId("invoke-status")).toHaveText("Succeeded");
    await expect(page.getByTestId("invoke-response")).toHaveText('"uploaded says hi to Ada"');
  } finally {
    await api.delete(`/2015-03-31/functions/${name}`);
  }
});
