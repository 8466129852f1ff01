import { expect, test, uniqueName } from "../fixtures";

test.describe("validation and server errors are shown where they happen", () => {
  test("wrong keys show the server's message on the sign-in page", async ({ page, archway }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your access key ID.")).toBeVisible();

    await page.getByLabel("Access key ID").fill(archway.accessKeyId);
    await page.getByLabel("Secret access key").fill("definitely-wrong");
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/session") && r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(res.status()).toBe(401);
    const { message } = await res.json();
    await expect(page.locator("form").getByRole("alert")).toHaveText(message);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("create API requires a name", async ({ signedInPage: page }) => {
    await page.goto("/apis");
    await page.getByRole("button", { name: "Create API" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create REST API" });
    await dialog.getByRole("button", { name: "Create API" }).click();
    await expect(dialog.getByText("Give the API a name.")).toBeVisible();
    await expect(dialog).toBeVisible();
  });

  test("path parts are validated before sending, duplicates are caught", async ({ signedInPage: page, createApi, api }) => {
    const restApi = await createApi(uniqueName("validate"));
    await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "pets" } });
    await page.goto(`/apis/${restApi.id}/resources/${restApi.rootResourceId}`);
    await page.getByRole("button", { name: "Create child resource" }).click();
    const dialog = page.getByRole("dialog", { name: "Create resource" });
    const input = dialog.getByLabel("Path part");

    await input.fill("a/b");
    await expect(dialog.getByText("One path part at a time")).toBeVisible();
    await input.fill("bad part!");
    await expect(dialog.getByText(/Use letters, digits/)).toBeVisible();
    await input.fill("{unclosed");
    await expect(dialog.getByText(/Use letters, digits/)).toBeVisible();
    await input.fill("pets");
    await expect(dialog.getByText("/pets already exists.")).toBeVisible();

    let sent = false;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes(`/restapis/${restApi.id}/resources/`)) sent = true;
    });
    await dialog.getByRole("button", { name: "Create resource" }).click();
    await expect(dialog).toBeVisible();
    expect(sent).toBe(false);

    await input.fill("{petId}");
    await expect(dialog.getByText("/{petId}", { exact: false }).first()).toBeVisible();
    await dialog.getByRole("button", { name: "Create resource" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("resource-path")).toHaveText("/{petId}");
  });

  test("HTTP proxy endpoint must be an http(s) URL using known path parameters", async ({ signedInPage: page, createApi, api }) => {
    const restApi = await createApi(uniqueName("endpoint"));
    const res = await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "{id}" } });
    const resource = await res.json();
    await api.put(`/restapis/${restApi.id}/resources/${resource.id}/methods/GET`, {
      data: { authorizationType: "NONE", requestParameters: { "method.request.path.id": true } },
    });
    await page.goto(`/apis/${restApi.id}/resources/${resource.id}/methods/GET?panel=integration-request`);
    const form = page.getByRole("form", { name: "Integration request" });
    await form.getByRole("radio", { name: "HTTP proxy" }).check();
    const url = form.getByLabel("Endpoint URL");
    await url.fill("ftp://example.com");
    await expect(form.getByText("must start with http:// or https://")).toBeVisible();
    await url.fill("http://example.com/{nope}");
    await expect(form.getByText(/\{nope\} is not a path parameter/)).toBeVisible();
    await url.fill("http://example.com/items/{id}");
    await expect(form.getByText(/is not a path parameter|must start with/)).toHaveCount(0);
  });

  test("deploy validates the new stage name", async ({ signedInPage: page, createApi }) => {
    const restApi = await createApi(uniqueName("stage-name"));
    await page.goto(`/apis/${restApi.id}/stages`);
    await expect(page.getByText("No stages yet")).toBeVisible();
    await page.getByRole("button", { name: "Deploy API" }).click();
    const dialog = page.getByRole("dialog", { name: "Deploy API" });
    await dialog.getByLabel("Stage name").fill("bad-name!");
    await dialog.getByRole("button", { name: "Deploy" }).click();
    await expect(dialog.getByText("Use only letters, digits and underscores")).toBeVisible();
  });
});

test("unsaved integration changes are guarded", async ({ signedInPage: page, createApi, api }) => {
  const restApi = await createApi(uniqueName("guard"));
  const pets = await (
    await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "pets" } })
  ).json();
  await api.put(`/restapis/${restApi.id}/resources/${pets.id}/methods/GET`, { data: { authorizationType: "NONE" } });
  await page.goto(`/apis/${restApi.id}/resources/${pets.id}/methods/GET?panel=integration-request`);
  const form = page.getByRole("form", { name: "Integration request" });
  await form.getByRole("radio", { name: "HTTP proxy" }).check();
  await form.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/pets");
  await expect(form.getByText(/Unsaved changes: type, endpoint URL/)).toBeVisible();

  // Leaving asks first; declining keeps the page and the edits.
  page.once("dialog", (d) => d.dismiss());
  await page.getByTestId("tree-resource-/").click();
  await expect(page).toHaveURL(/methods\/GET/);
  await expect(form.getByLabel("Endpoint URL")).toHaveValue("http://127.0.0.1:9/pets");

  // Accepting leaves.
  page.once("dialog", (d) => d.accept());
  await page.getByTestId("tree-resource-/").click();
  await expect(page).toHaveURL(new RegExp(`/resources/${restApi.rootResourceId}$`));
});
