import { describe, expect, it } from "vitest";
import {
  MAX_NAME,
  MAX_STAGE_VARIABLES,
  MAX_VALUE,
  pointer,
  rowsOf,
  stageVariableNameError,
  stageVariableValueError,
  validateRows,
  variableOps,
  variableRow,
  type VariableRow,
} from "./stage-variable-rules";

const ALLOWED_HINT = "Use letters, digits, space and - . _ ~ : / ? # & = ,";
const row = (id: string, name: string, value: string): VariableRow => ({ id, name, value });

describe("limits", () => {
  it("are AWS's quotas: 100 variables per stage, names up to 64, values up to 512", () => {
    expect([MAX_STAGE_VARIABLES, MAX_NAME, MAX_VALUE]).toEqual([100, 64, 512]);
  });
});

describe("stageVariableNameError", () => {
  it.each<[string, string, string | undefined]>([
    ["empty", "", "Give the variable a name."],
    ["one letter", "a", undefined],
    ["letters, digits and underscores", "Backend_Host9", undefined],
    ["leading digit and underscore", "_1", undefined],
    ["64 characters", "n".repeat(64), undefined],
    ["65 characters", "n".repeat(65), "Names are at most 64 characters."],
    ["65 bad characters (length is checked first)", "-".repeat(65), "Names are at most 64 characters."],
    ["a hyphen", "backend-host", "Use only letters, digits and underscores."],
    ["a dot", "backend.host", "Use only letters, digits and underscores."],
    ["a space", "backend host", "Use only letters, digits and underscores."],
    ["a dollar", "$host", "Use only letters, digits and underscores."],
    ["a non-ASCII letter", "café", "Use only letters, digits and underscores."],
  ])("%s", (_, name, expected) => {
    expect(stageVariableNameError(name)).toBe(expected);
  });
});

describe("stageVariableValueError", () => {
  it.each<[string, string, string | undefined]>([
    ["empty (AWS refuses empty values)", "", "Give the variable a value (AWS does not allow empty values)."],
    ["a host name", "api.example.com", undefined],
    ["a URL with port, query and fragment", "https://api.example.com:8443/v1/pets?limit=10&sort=asc#top", undefined],
    ["every allowed symbol and a space", "a-b.c_d~e:f/g?h#i&j=k,l m", undefined],
    ["a Lambda alias ARN", "arn:aws:lambda:us-east-1:123456789012:function:pets:live", undefined],
    ["512 characters", "v".repeat(512), undefined],
    ["513 characters", "v".repeat(513), "Values are at most 512 characters."],
    ["513 bad characters (length is checked first)", "!".repeat(513), "Values are at most 512 characters."],
    ["braces", "a{b}", `Not allowed: "{" "}". ${ALLOWED_HINT}`],
    ["a repeated bad character, listed once", "a!!b!", `Not allowed: "!". ${ALLOWED_HINT}`],
    ["a stage-variable reference, in order of appearance", "${stageVariables.x}", `Not allowed: "$" "{" "}". ${ALLOWED_HINT}`],
    ["a tab, shown escaped", "a\tb", `Not allowed: "\\t". ${ALLOWED_HINT}`],
    ["a quote, shown escaped", 'say "hi"', `Not allowed: "\\"". ${ALLOWED_HINT}`],
    ["a non-ASCII letter", "naïve", `Not allowed: "ï". ${ALLOWED_HINT}`],
    ["percent-encoding", "a%20b", `Not allowed: "%". ${ALLOWED_HINT}`],
    ["plus, at and semicolon", "a+b@c;d", `Not allowed: "+" "@" ";". ${ALLOWED_HINT}`],
  ])("%s", (_, value, expected) => {
    expect(stageVariableValueError(value)).toBe(expected);
  });
});

describe("validateRows", () => {
  it("has no errors for a valid table", () => {
    expect(validateRows([row("r1", "host", "api.example.com"), row("r2", "alias", "live")])).toEqual({ rows: {}, table: undefined });
  });

  it("has no errors for an empty table", () => {
    expect(validateRows([])).toEqual({ rows: {}, table: undefined });
  });

  it("reports the name and the value of one row together, keyed by row id", () => {
    expect(validateRows([row("r1", "bad-name", "")])).toEqual({
      rows: { r1: { name: "Use only letters, digits and underscores.", value: "Give the variable a value (AWS does not allow empty values)." } },
      table: undefined,
    });
  });

  it("reports only the field that is wrong", () => {
    const { rows } = validateRows([row("r1", "ok", "a{"), row("r2", "", "fine")]);
    expect(rows).toEqual({
      r1: { name: undefined, value: `Not allowed: "{". ${ALLOWED_HINT}` },
      r2: { name: "Give the variable a name.", value: undefined },
    });
  });

  it("checks the trimmed name, so surrounding spaces are not an error", () => {
    expect(validateRows([row("r1", "  host ", "x")]).rows).toEqual({});
    expect(validateRows([row("r1", "   ", "x")]).rows).toEqual({ r1: { name: "Give the variable a name.", value: undefined } });
  });

  it("flags every later duplicate (after trimming), never the first", () => {
    const { rows } = validateRows([row("r1", "host", "a"), row("r2", " host", "b"), row("r3", "other", "c"), row("r4", "host ", "d")]);
    expect(rows).toEqual({
      r2: { name: "host is already defined above.", value: undefined },
      r4: { name: "host is already defined above.", value: undefined },
    });
  });

  it("treats names that differ only in case as different variables", () => {
    expect(validateRows([row("r1", "host", "a"), row("r2", "Host", "b")]).rows).toEqual({});
  });

  it("reports an invalid name as invalid rather than as a duplicate", () => {
    const { rows } = validateRows([row("r1", "a-b", "x"), row("r2", "a-b", "x")]);
    expect(rows).toEqual({
      r1: { name: "Use only letters, digits and underscores.", value: undefined },
      r2: { name: "Use only letters, digits and underscores.", value: undefined },
    });
  });

  it.each<[number, string | undefined]>([
    [99, undefined],
    [100, undefined],
    [101, "A stage can have at most 100 variables (this has 101)."],
    [150, "A stage can have at most 100 variables (this has 150)."],
  ])("with %i rows the table error is %j", (n, table) => {
    const rows = Array.from({ length: n }, (_, i) => row(`r${i}`, `v${i}`, "x"));
    expect(validateRows(rows)).toEqual({ rows: {}, table });
  });
});

describe("pointer", () => {
  it.each<[string, string]>([
    ["host", "host"],
    ["a/b", "a~1b"],
    ["a~b", "a~0b"],
    ["~/", "~0~1"],
    ["~1", "~01"],
    ["/pets/{id}", "~1pets~1{id}"],
  ])("%j → %j", (segment, escaped) => {
    expect(pointer(segment)).toBe(escaped);
  });
});

describe("variableOps", () => {
  const before = { host: "api.example.com", alias: "live", region: "us-east-1" };
  const rowsFrom = (vars: Record<string, string>) => Object.entries(vars).map(([k, v], i) => row(`r${i}`, k, v));

  it("is empty when nothing changed", () => {
    expect(variableOps(before, rowsFrom(before), "/variables")).toEqual([]);
    expect(variableOps({}, [], "/variables")).toEqual([]);
  });

  it("adds a new variable under /variables", () => {
    expect(variableOps({}, [row("r1", "host", "api.example.com")], "/variables")).toEqual([
      { op: "add", path: "/variables/host", value: "api.example.com" },
    ]);
  });

  it("replaces a changed value", () => {
    expect(variableOps(before, rowsFrom({ ...before, alias: "canary" }), "/variables")).toEqual([
      { op: "replace", path: "/variables/alias", value: "canary" },
    ]);
  });

  it("removes a deleted variable, without a value", () => {
    expect(variableOps(before, rowsFrom({ host: before.host, alias: before.alias }), "/variables")).toEqual([
      { op: "remove", path: "/variables/region" },
    ]);
  });

  it("turns a rename into a removal of the old name and an add of the new one", () => {
    expect(variableOps({ host: "h" }, [row("r1", "backendHost", "h")], "/variables")).toEqual([
      { op: "remove", path: "/variables/host" },
      { op: "add", path: "/variables/backendHost", value: "h" },
    ]);
  });

  it("puts removals first, then adds and replaces in row order", () => {
    const rows = [row("r1", "zeta", "new"), row("r2", "alias", "canary"), row("r3", "host", before.host)];
    expect(variableOps(before, rows, "/variables")).toEqual([
      { op: "remove", path: "/variables/region" },
      { op: "add", path: "/variables/zeta", value: "new" },
      { op: "replace", path: "/variables/alias", value: "canary" },
    ]);
  });

  it("uses the trimmed name and the value as typed", () => {
    expect(variableOps({}, [row("r1", "  host  ", " x ")], "/variables")).toEqual([{ op: "add", path: "/variables/host", value: " x " }]);
  });

  it("under the canary overrides, creates new overrides with replace (AWS refuses add there)", () => {
    const prefix = "/canarySettings/stageVariableOverrides";
    expect(variableOps({ alias: "live", gone: "x" }, [row("r1", "alias", "canary"), row("r2", "host", "h")], prefix)).toEqual([
      { op: "remove", path: `${prefix}/gone` },
      { op: "replace", path: `${prefix}/alias`, value: "canary" },
      { op: "replace", path: `${prefix}/host`, value: "h" },
    ]);
  });

  it("escapes the name as a JSON pointer segment", () => {
    expect(variableOps({ "a/b": "1" }, [row("r1", "c~d", "2")], "/variables")).toEqual([
      { op: "remove", path: "/variables/a~1b" },
      { op: "add", path: "/variables/c~0d", value: "2" },
    ]);
  });

  it.each(["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"])(
    "adds a new variable named %s (a name Object.prototype also has)",
    (name) => {
      expect(variableOps({}, [row("r1", name, "x")], "/variables")).toEqual([{ op: "add", path: `/variables/${name}`, value: "x" }]);
    },
  );

  it("treats an existing variable named constructor like any other", () => {
    expect(variableOps({ constructor: "x" }, [row("r1", "constructor", "x")], "/variables")).toEqual([]);
    expect(variableOps({ constructor: "x" }, [row("r1", "constructor", "y")], "/variables")).toEqual([
      { op: "replace", path: "/variables/constructor", value: "y" },
    ]);
    expect(variableOps({ constructor: "x" }, [], "/variables")).toEqual([{ op: "remove", path: "/variables/constructor" }]);
  });

  it("with duplicate rows, the last value wins", () => {
    expect(variableOps({}, [row("r1", "a", "1"), row("r2", "a", "2")], "/variables")).toEqual([{ op: "add", path: "/variables/a", value: "2" }]);
  });
});

describe("variableRow and rowsOf", () => {
  it("variableRow starts empty, with a fresh id each time", () => {
    const a = variableRow();
    const b = variableRow();
    expect({ ...a, id: "" }).toEqual({ id: "", name: "", value: "", original: undefined });
    expect(a.id).toMatch(/^sv\d+$/);
    expect(b.id).not.toBe(a.id);
  });

  it("rowsOf gives one row per variable, sorted by name (locale order), remembering the original name", () => {
    const rows = rowsOf({ b: "2", C: "3", a: "1" });
    expect(rows.map(({ name, value, original }) => ({ name, value, original }))).toEqual([
      { name: "a", value: "1", original: "a" },
      { name: "b", value: "2", original: "b" },
      { name: "C", value: "3", original: "C" },
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it("rowsOf of nothing is no rows", () => {
    expect(rowsOf(undefined)).toEqual([]);
    expect(rowsOf({})).toEqual([]);
  });

  it("the rows of a stage's variables produce no operations against those variables", () => {
    const vars = { host: "api.example.com", alias: "live" };
    expect(variableOps(vars, rowsOf(vars), "/variables")).toEqual([]);
  });
});
