/**
 * The template playground: a template renders live against a sample request (body, path
 * parameters), a broken one shows its error and marks its line, and "Try it" opens the same
 * playground under a template editor with the unsaved text.
 */
import { expect, setEditorText, test, uniqueName } from "../fixtures";
import type { Page } from "@playwright/test";

/** Types lines into a Monaco editor (Enter between them); checks the text, ignoring Monaco's auto-indent. */
async function setEditorLines(page: Page, frameTestId: string, lines: string[]) {
  const editor = page.getByTestId(frameTestId).locator(".monaco-editor");
  await expect(editor).toBeVisible();
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press("Enter");
    await page.keyboard.insertText(line);
  }
  await expect
    .poll(async () => ((await editor.locator(".view-lines").innerText()) ?? "").replace(/\u00a0/g, " ").split("\n").map((l) => l.trim()).filter(Boolean))
    .toEqual(lines.map((l) => l.trim()));
}

async function petMethod(api: import("@playwright/test").APIRequestContext, apiId: string, rootId: string) {
  const pets = await (await api.post(`/restapis/${apiId}/resources/${rootId}`, { data: { pathPart: "pets" } })).json();
  const pet = await (await api.post(`/restapis/${apiId}/resources/${pets.id}`, { data: { pathPart: "{petId}" } })).json();
  await api.put(`/restapis/${apiId}/resources/${pet.id}/methods/POST`, {
    data: { authorizationType: "NONE", requestParameters: { "method.request.path.petId": true } },
  });
  return pet.id as string;
}

test("a template renders live; a broken one shows its error line", async ({ signedInPage: page, api, createApi }) => {
  const restApi = await createApi(uniqueName("playground"));
  const petId = await petMethod(api, restApi.id, restApi.rootResourceId);
  await page.goto(`/apis/${restApi.id}/resources/${petId}/methods/POST`);
  await page.getByTestId("open-playground").click();
  await expect(page).toHaveURL(/panel=playground/);
  const panel = page.getByTestId("playground-panel");

  // The sample request: a JSON body and the path parameter petId.
  await setEditorText(page, "playground-body-editor", `{"name": "Rex", "tags": ["good", "boy"]}`);
  await panel.getByRole("radio", { name: /^Path/ }).click();
  await panel.getByLabel("Sample path parameter 1 value").fill("42");

  await setEditorText(
    page,
    "playground-template-editor",
    `{"pet": "$input.params('petId')", "name": $input.json('$.name'), "tags": $input.json('$.tags'), "method": "$context.httpMethod"}`,
  );
  await expect(panel.getByTestId("playground-status")).toContainText("Rendered");
  await expect
    .poll(async () => JSON.parse((await panel.getByTestId("playground-output").textContent()) ?? "null"))
    .toEqual({ pet: "42", name: "Rex", tags: ["good", "boy"], method: "POST" });

  // A scratch template is kept in the URL: a reload shows it again.
  await expect(page).toHaveURL(/template=/);
  await page.reload();
  await expect(page.getByTestId("playground-template-editor").locator(".view-lines")).toContainText("$context.httpMethod");

  // Broken on line 2: the error names the line and the editor marks it.
  await setEditorLines(page, "playground-template-editor", [`{"ok": true}`, "#end"]);
  const error = panel.getByTestId("playground-error");
  await expect(error).toContainText("Line 2");
  await expect(error).toContainText("#end without a matching");
  await expect(panel.getByTestId("playground-status")).toContainText("Does not parse");
  const marked = page.getByTestId("playground-template-editor").locator(".archway-error-line");
  await expect(marked).toHaveCount(1);
  const lineTwo = page.getByTestId("playground-template-editor").locator(".line-numbers", { hasText: /^2$/ });
  const markedTop = (await marked.boundingBox())!.y;
  const secondLineTop = (await lineTwo.boundingBox())!.y;
  expect(Math.abs(markedTop - secondLineTop)).toBeLessThan(3);

  // Fixing it clears the error.
  await setEditorLines(page, "playground-template-editor", [`{"ok": true}`, `#if(true)"yes"#end`]);
  await expect(panel.getByTestId("playground-output")).toContainText(`"ok": true`);
  await expect(error).toHaveCount(0);
  await expect(marked).toHaveCount(0);
});

test("Try it renders a template editor's unsaved text, and the playground saves a method's template", async ({
  signedInPage: page,
  api,
  createApi,
}) => {
  const restApi = await createApi(uniqueName("try-it"));
  const petId = await petMethod(api, restApi.id, restApi.rootResourceId);
  await api.put(`/restapis/${restApi.id}/resources/${petId}/methods/POST/integration`, {
    data: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
  });
  await page.goto(`/apis/${restApi.id}/resources/${petId}/methods/POST?panel=integration-request`);
  const form = page.getByRole("form", { name: "Integration request" });
  await setEditorText(page, "request-template-application/json", `{"statusCode": 200, "pet": "$input.params('petId')"}`);
  await form.getByRole("button", { name: "Try the application/json template" }).click();
  await expect(page).toHaveURL(/try=request%3Aapplication%2Fjson/);
  const playground = form.getByTestId("template-playground");
  await playground.getByRole("radio", { name: /^Path/ }).click();
  await playground.getByLabel("Sample path parameter 1 value").fill("9");
  await expect.poll(async () => JSON.parse((await playground.getByTestId("playground-output").textContent()) ?? "null")).toEqual({
    statusCode: 200,
    pet: "9",
  });
  // The edit is still unsaved: trying it does not save it.
  await expect(form.getByTestId("integration-changes")).toContainText("request templates");
  await form.getByRole("button", { name: "Discard" }).click();

  // The playground view edits a saved template and saves it back.
  await page.getByTestId("open-playground").click();
  await page.getByRole("combobox", { name: "Template to try" }).click();
  await page.getByRole("option", { name: "Integration request · application/json" }).click();
  await expect(page).toHaveURL(/source=request%3Aapplication%2Fjson/);
  await setEditorText(page, "playground-template-editor", `{"statusCode": 200, "from": "playground"}`);
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Template saved")).toBeVisible();
  await expect
    .poll(async () => (await (await api.get(`/restapis/${restApi.id}/resources/${petId}/methods/POST/integration`)).json()).requestTemplates)
    .toEqual({ "application/json": `{"statusCode": 200, "from": "playground"}` });
});
