/**
 * Execution log levels: INFO keeps every line (headers and bodies only with data trace), ERROR
 * keeps only the lines that say why a request failed; lazy data-trace lines are never evaluated
 * when they would be dropped; events are cut at AWS's 1 KB and read back from the stored text.
 */
import { describe, expect, it } from "vitest";
import { formatLogLine, isErrorLine, MAX_LOG_EVENT_BYTES, parseLogText, truncateLogMessage } from "./log-lines";
import { createStageExecutionLog } from "./stage-execution-log";

function writeRequest(log: ReturnType<typeof createStageExecutionLog>, calls: string[]) {
  const lazy = (text: string) => () => {
    calls.push(text);
    return text;
  };
  log.add("HTTP Method: GET, Resource Path: /pets");
  log.add(lazy("Method request headers: {Accept=*/*}"));
  log.add("Sending request to http://127.0.0.1:1/pets");
  log.add("Execution failed due to configuration error: connect ECONNREFUSED 127.0.0.1:1");
  log.add(lazy("Gateway response body: {\"message\": \"Internal server error\"}"));
  log.add("Gateway response type: INTEGRATION_FAILURE with status code: 504", "error");
  log.add("Method completed with status: 504", "error");
}

describe("execution log levels", () => {
  it("INFO without data trace keeps every line but headers and bodies, which it never builds", () => {
    const calls: string[] = [];
    const log = createStageExecutionLog("INFO", false);
    writeRequest(log, calls);
    expect(log.dataTrace).toBe(false);
    expect(log.messages).toEqual([
      "HTTP Method: GET, Resource Path: /pets",
      "Sending request to http://127.0.0.1:1/pets",
      "Execution failed due to configuration error: connect ECONNREFUSED 127.0.0.1:1",
      "Gateway response type: INTEGRATION_FAILURE with status code: 504",
      "Method completed with status: 504",
    ]);
    expect(calls).toEqual([]);
  });

  it("INFO with data trace keeps everything, in order, with a time per event", () => {
    const calls: string[] = [];
    const log = createStageExecutionLog("INFO", true);
    writeRequest(log, calls);
    expect(log.messages).toHaveLength(7);
    expect(log.messages[1]).toBe("Method request headers: {Accept=*/*}");
    expect(log.times).toHaveLength(7);
    expect(calls).toHaveLength(2);
  });

  it("ERROR keeps only the failure lines, data trace or not", () => {
    for (const dataTrace of [false, true]) {
      const calls: string[] = [];
      const log = createStageExecutionLog("ERROR", dataTrace);
      writeRequest(log, calls);
      expect(log.messages).toEqual([
        "Execution failed due to configuration error: connect ECONNREFUSED 127.0.0.1:1",
        "Gateway response type: INTEGRATION_FAILURE with status code: 504",
        "Method completed with status: 504",
      ]);
      expect(calls).toEqual([]);
    }
  });

  it("ERROR writes nothing for a request that succeeds", () => {
    const log = createStageExecutionLog("ERROR", false);
    log.add("Starting execution for request: 1");
    log.add("Successfully completed execution");
    log.add("Method completed with status: 200");
    expect(log.messages).toEqual([]);
  });

  it("recognizes the failure lines other steps write", () => {
    for (const line of [
      "Execution failed due to a timeout error",
      "Lambda execution failed with status 200 due to customer function error: boom. Lambda request id: 1",
      "Lambda invocation failed with status: 429. Lambda request id: n/a",
      "Unauthorized request: 3323ffe5",
      "Request throttled: the stage method rate limit was exceeded",
      "API Key **********abcd exceeded throttle limit for API Stage abc/prod",
    ]) {
      expect(isErrorLine(line), line).toBe(true);
    }
    for (const line of ["Successfully completed execution", "API Key authorized because method 'GET /' does not require API Key. Request will not contribute to throttle or quota limits"]) {
      expect(isErrorLine(line), line).toBe(false);
    }
  });
});

describe("stored execution log text", () => {
  it("cuts events at 1 KB as AWS does and leaves short ones alone", () => {
    expect(truncateLogMessage("short")).toBe("short");
    const long = `Endpoint response body before transformations: ${"x".repeat(2000)}`;
    const cut = truncateLogMessage(long);
    expect(cut.endsWith(" [TRUNCATED]")).toBe(true);
    expect(Buffer.byteLength(cut.replace(" [TRUNCATED]", ""))).toBe(MAX_LOG_EVENT_BYTES);
    // A multi-byte character cut in half is dropped, not mangled.
    const euros = truncateLogMessage("€".repeat(400));
    expect(euros).toBe(`${"€".repeat(341)} [TRUNCATED]`);
  });

  it("reads events back, multi-line messages included", () => {
    const at = Date.UTC(2026, 10, 21, 6, 10, 4, 5);
    const text = [formatLogLine(at, "req-1", "HTTP Method: POST, Resource Path: /"), formatLogLine(at + 3, "req-1", "Method request body before transformations: {\n  \"a\": 1\n}")].join("\n");
    expect(text.split("\n")[0]).toBe("2026-11-21T06:10:04.005Z (req-1) HTTP Method: POST, Resource Path: /");
    expect(parseLogText(text)).toEqual([
      { at, message: "HTTP Method: POST, Resource Path: /" },
      { at: at + 3, message: 'Method request body before transformations: {\n  "a": 1\n}' },
    ]);
  });
});
