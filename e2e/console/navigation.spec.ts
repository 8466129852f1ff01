import { expect, test, uniqueName } from "../fixtures";

test.describe("shell and navigation", () => {
  test("signed-out visitors are sent to sign in", async ({ page }) => {
    await page.goto("/apis/some-api/resources");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in to Archway" })).toBeVisible();
  });

  test("every selection has a URL that survives a reload", async ({ signedInPage: page, api, createApi }) => {
    const restApi = await createApi(uniqueName("urls"));
    const pets = await (
      await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "pets" } })
    ).json();
    await api.put(`/restapis/${restApi.id}/resources/${pets.id}/methods/GET`, { data: { authorizationType: "NONE" } });

    await page.goto(`/apis/${restApi.id}`);
    await expect(page).toHaveURL(new RegExp(`/apis/${restApi.id}/resources/${restApi.rootResourceId}$`));
    await page.getByTestId("tree-method-GET-/pets").click();
    await expect(page).toHaveURL(new RegExp(`/resources/${pets.id}/methods/GET`));
    await page.getByTestId("flow-method-request").click();
    await expect(page).toHaveURL(/panel=method-request/);
    await page.reload();
    await expect(page.getByTestId("method-title")).toContainText("/pets");
    await expect(page.getByRole("region", { name: "Method request" })).toBeVisible();
    await expect(page.getByTestId("flow-integration-request")).toContainText("Not configured");

    await page.getByRole("link", { name: "Stages" }).click();
    await expect(page).toHaveURL(new RegExp(`/apis/${restApi.id}/stages$`));
    await expect(page.getByText("No stages yet")).toBeVisible();
  });

  test("the shell fits 1280×800, switches theme and signs out", async ({ signedInPage: page, createApi }) => {
    await createApi(uniqueName("shell"));
    await page.goto("/apis");
    await expect(page.getByRole("heading", { name: "APIs" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const html = page.locator("html");
    const wasDark = ((await html.getAttribute("class")) ?? "").includes("dark");
    await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
    if (wasDark) await expect(html).not.toHaveClass(/dark/);
    else await expect(html).toHaveClass(/dark/);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/apis");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
