import { expect, test, uniqueName } from "../fixtures";

test.describe("destructive actions confirm by typing the name", () => {
  test("delete an API from the list", async ({ signedInPage: page, api, createApi }) => {
    const name = uniqueName("doomed");
    const restApi = await createApi(name);
    await page.goto("/apis");
    const row = page.getByTestId(`api-row-${name}`);
    await expect(row).toBeVisible();
    await row.getByRole("button", { name: `Delete API ${name}` }).click();

    const dialog = page.getByRole("alertdialog");
    const confirm = dialog.getByRole("button", { name: "Delete API" });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name.slice(0, -1));
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await expect(confirm).toBeEnabled();
    await confirm.click();

    await expect(dialog).toBeHidden();
    await expect(row).toHaveCount(0);
    expect((await api.get(`/restapis/${restApi.id}`)).status()).toBe(404);
  });

  test("delete a resource with its methods, and a method", async ({ signedInPage: page, api, createApi }) => {
    const restApi = await createApi(uniqueName("tree"));
    const pets = await (
      await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "pets" } })
    ).json();
    const child = await (await api.post(`/restapis/${restApi.id}/resources/${pets.id}`, { data: { pathPart: "{petId}" } })).json();
    await api.put(`/restapis/${restApi.id}/resources/${pets.id}/methods/GET`, { data: { authorizationType: "NONE" } });
    await api.put(`/restapis/${restApi.id}/resources/${pets.id}/methods/POST`, { data: { authorizationType: "NONE" } });

    // Delete one method from its page.
    await page.goto(`/apis/${restApi.id}/resources/${pets.id}/methods/POST`);
    await expect(page.getByTestId("method-title")).toContainText("POST");
    await page.getByRole("button", { name: "Delete method" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete method" }).click();
    await expect(page).toHaveURL(new RegExp(`/resources/${pets.id}$`));
    await expect(page.getByTestId("tree-method-POST-/pets")).toHaveCount(0);
    await expect(page.getByTestId("tree-method-GET-/pets")).toBeVisible();

    // Delete the resource (and what is below it) with typed confirmation.
    await page.getByRole("button", { name: "Delete resource" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByLabel("Type /pets to confirm").fill("/pets");
    await dialog.getByRole("button", { name: "Delete resource" }).click();
    await expect(page).toHaveURL(new RegExp(`/resources/${restApi.rootResourceId}$`));
    await expect(page.getByTestId("tree-resource-/pets")).toHaveCount(0);
    expect((await api.get(`/restapis/${restApi.id}/resources/${child.id}`)).status()).toBe(404);
  });
});
