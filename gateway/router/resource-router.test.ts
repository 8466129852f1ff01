import { describe, expect, it } from "vitest";
import { ResourceRouter } from "./resource-router";

// One shared table of route cases: the resources of a deployed API and what each path matches.
const resources = [
  "/",
  "/pets",
  "/pets/{petId}",
  "/pets/{petId}/toys",
  "/pets/mine",
  "/files/{path+}",
  "/{proxy+}",
  "/users/{userId}/{rest+}",
];
const router = new ResourceRouter(resources.map((path) => ({ path, value: path })));

const cases: [string, string | null, Record<string, string>][] = [
  ["/", "/", {}],
  ["/pets", "/pets", {}],
  ["/pets/", "/pets", {}],
  ["/pets/7", "/pets/{petId}", { petId: "7" }],
  ["/pets/mine", "/pets/mine", {}], // exact beats {param}
  ["/pets/7/toys", "/pets/{petId}/toys", { petId: "7" }],
  ["/pets/7/food", "/{proxy+}", { proxy: "pets/7/food" }], // dead end backs up to the greedy root
  ["/files/a/b/c.txt", "/files/{path+}", { path: "a/b/c.txt" }],
  ["/files", "/{proxy+}", { proxy: "files" }], // greedy needs one segment below it
  ["/anything/else", "/{proxy+}", { proxy: "anything/else" }],
  ["/pets/hello%20world", "/pets/{petId}", { petId: "hello world" }],
  ["/pets/%E2%9C%93", "/pets/{petId}", { petId: "✓" }],
  ["/users/1/a/b", "/users/{userId}/{rest+}", { userId: "1", rest: "a/b" }],
  ["/users/1", "/{proxy+}", { proxy: "users/1" }],
];

describe("ResourceRouter", () => {
  it.each(cases)("%s → %s", (path, expected, params) => {
    const m = router.match(path);
    expect(m?.value ?? null).toBe(expected);
    expect(m?.pathParameters ?? {}).toEqual(params);
  });

  it("misses when nothing matches and there is no greedy resource", () => {
    const r = new ResourceRouter([{ path: "/pets", value: 1 }]);
    expect(r.match("/cats")).toBeNull();
    expect(r.match("/")).toBeNull();
  });
});
