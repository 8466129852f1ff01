import { describe, expect, it } from "vitest";
import type { VariableRow } from "./stage-variable-rules";
import { MAX_TAGS, validateTagRows } from "./tag-rules";

const CHARS = "Use letters, numbers, spaces and _ . : / = + - @";
const row = (id: string, name: string, value: string): VariableRow => ({ id, name, value });
const one = (name: string, value: string) => validateTagRows([row("t1", name, value)]).rows.t1 ?? {};

describe("MAX_TAGS", () => {
  it("is AWS's limit of 50 tags per resource", () => {
    expect(MAX_TAGS).toBe(50);
  });
});

describe("tag keys", () => {
  it.each<[string, string, string | undefined]>([
    ["a simple key", "Team", undefined],
    ["every allowed symbol", "a_b.c:d/e=f+g-h@i j", undefined],
    ["Unicode letters and digits", "équipe-チーム-٣", undefined],
    ["a no-break space (a Unicode space)", "cost\u00a0center", undefined],
    ["128 characters", "k".repeat(128), undefined],
    ["surrounding spaces (the key is trimmed)", "  Team  ", undefined],
    ["aws without the colon", "aws-team", undefined],
    ["aws: not at the start", "team:aws:x", undefined],
    ["empty", "", "Give the tag a key."],
    ["only spaces", "   ", "Give the tag a key."],
    ["129 characters", "k".repeat(129), "Keys are at most 128 characters."],
    ["a hash", "team#1", CHARS],
    ["a comma", "a,b", CHARS],
    ["a tab", "a\tb", CHARS],
    ["an emoji", "team😀", CHARS],
    ["the aws: prefix", "aws:cloudformation:stack-name", "Keys starting with aws: are reserved."],
    ["the aws: prefix in capitals", "AWS:Team", "Keys starting with aws: are reserved."],
    ["the aws: prefix after spaces", "  aws:x", "Keys starting with aws: are reserved."],
    ["the aws: prefix with a bad character (characters are checked first)", "aws:#", CHARS],
  ])("%s", (_, key, error) => {
    expect(one(key, "v").name).toBe(error);
  });
});

describe("tag values", () => {
  it.each<[string, string, string | undefined]>([
    ["empty (allowed)", "", undefined],
    ["a simple value", "payments", undefined],
    ["every allowed symbol", "a_b.c:d/e=f+g-h@i j", undefined],
    ["Unicode letters", "données", undefined],
    ["256 characters", "v".repeat(256), undefined],
    ["257 characters", "v".repeat(257), "Values are at most 256 characters."],
    ["257 bad characters (length is checked first)", "#".repeat(257), "Values are at most 256 characters."],
    ["a hash", "#1", CHARS],
    ["a question mark", "why?", CHARS],
    ["a newline", "a\nb", CHARS],
    ["an aws: prefix (allowed in values)", "aws:x", undefined],
  ])("%s", (_, value, error) => {
    expect(one("Team", value).value).toBe(error);
  });
});

describe("validateTagRows", () => {
  it("has no errors for a valid table", () => {
    expect(validateTagRows([row("t1", "Team", "payments"), row("t2", "Env", "")])).toEqual({ rows: {}, table: undefined });
  });

  it("reports key and value of a row together, keyed by row id", () => {
    expect(validateTagRows([row("t1", "ok", "fine"), row("t2", "aws:x", "a#b")])).toEqual({
      rows: { t2: { name: "Keys starting with aws: are reserved.", value: CHARS } },
      table: undefined,
    });
  });

  it("flags later duplicates (after trimming), never the first", () => {
    const { rows } = validateTagRows([row("t1", "Team", "a"), row("t2", " Team ", "b"), row("t3", "Env", "c"), row("t4", "Team", "d")]);
    expect(rows).toEqual({
      t2: { name: "Team is already defined above." },
      t4: { name: "Team is already defined above." },
    });
  });

  it("treats keys that differ only in case as different tags", () => {
    expect(validateTagRows([row("t1", "team", "a"), row("t2", "Team", "b")]).rows).toEqual({});
  });

  it.each<[number, string | undefined]>([
    [49, undefined],
    [50, undefined],
    [51, "A stage can have at most 50 tags."],
  ])("with %i rows the table error is %j", (n, table) => {
    const rows = Array.from({ length: n }, (_, i) => row(`t${i}`, `k${i}`, "v"));
    expect(validateTagRows(rows)).toEqual({ rows: {}, table });
  });
});
