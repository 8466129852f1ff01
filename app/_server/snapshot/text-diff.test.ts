import { describe, expect, it } from "vitest";
import { unifiedDiff } from "./text-diff";

describe("unifiedDiff", () => {
  it("is empty for equal texts and for a difference in the trailing newline only", () => {
    expect(unifiedDiff("a\nb", "a\nb")).toEqual([]);
    expect(unifiedDiff("a\nb\n", "a\nb")).toEqual([]);
  });

  it("shows a changed line with its context, removals before additions", () => {
    const before = ["{", '  "id": "$input.params(\'id\')",', '  "name": "x"', "}"].join("\n");
    const after = ["{", '  "id": "$input.params(\'petId\')",', '  "name": "x"', "}"].join("\n");
    expect(unifiedDiff(before, after)).toEqual([
      "@@ -1,4 +1,4 @@",
      " {",
      '-  "id": "$input.params(\'id\')",',
      '+  "id": "$input.params(\'petId\')",',
      '   "name": "x"',
      " }",
    ]);
  });

  it("writes one-line ranges without a count and empty ranges as start,0", () => {
    expect(unifiedDiff("", "hello")).toEqual(["@@ -0,0 +1 @@", "+hello"]);
    expect(unifiedDiff("hello", "")).toEqual(["@@ -1 +0,0 @@", "-hello"]);
  });

  it("splits far-apart changes into separate hunks and keeps near ones together", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const changed = [...lines];
    changed[1] = "LINE 2";
    changed[25] = "LINE 26";
    const d = unifiedDiff(lines.join("\n"), changed.join("\n"));
    expect(d.filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,5 +1,5 @@", "@@ -23,7 +23,7 @@"]);
    expect(d).toContain("-line 2");
    expect(d).toContain("+LINE 26");

    const near = [...lines];
    near[1] = "X";
    near[6] = "Y";
    expect(unifiedDiff(lines.join("\n"), near.join("\n")).filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,10 +1,10 @@"]);
  });

  it("aligns inserted and deleted lines instead of replacing everything after them", () => {
    const d = unifiedDiff("a\nb\nc\nd", "a\nc\nd\ne");
    expect(d).toEqual(["@@ -1,4 +1,4 @@", " a", "-b", " c", " d", "+e"]);
  });
});
