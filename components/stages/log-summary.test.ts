import { describe, expect, it } from "vitest";
import { formatLogLine } from "@/gateway/logging/log-lines";
import { statusTone, summarizeRequestLog } from "./log-summary";

const log = (...messages: string[]) => messages.map((m, i) => formatLogLine(Date.UTC(2026, 10, 21) + i, "r-1", m)).join("\n");

describe("request log summary", () => {
  it("names the method and says why the request failed: the failure line, not the status lines after it", () => {
    const s = summarizeRequestLog(
      log(
        "Starting execution for request: r-1",
        "HTTP Method: GET, Resource Path: /pets/{id}",
        "Execution failed due to a timeout error",
        "Gateway response type: INTEGRATION_TIMEOUT with status code: 504",
        "Method completed with status: 504",
      ),
    );
    expect(s.route).toBe("GET /pets/{id}");
    expect(s.why).toBe("Execution failed due to a timeout error");
    expect(s.events).toHaveLength(5);
  });

  it("falls back to the gateway response line, and reads the method of a request that matched none", () => {
    expect(summarizeRequestLog(log("Request throttled: the stage rate limit was exceeded", "Gateway response type: THROTTLED with status code: 429")).why).toBe(
      "Request throttled: the stage rate limit was exceeded",
    );
    expect(summarizeRequestLog(log("Gateway response type: UNAUTHORIZED with status code: 401")).why).toBe("Gateway response type: UNAUTHORIZED with status code: 401");
    expect(summarizeRequestLog(log("Execution failed: no resource and method match POST /nope")).route).toBe("POST /nope");
    expect(summarizeRequestLog(log("Successfully completed execution", "Method completed with status: 200")).why).toBeUndefined();
  });

  it("tones statuses by class", () => {
    expect([200, 302, 404, 429, 500, 504, null].map(statusTone)).toEqual(["success", "success", "warning", "warning", "destructive", "destructive", "neutral"]);
  });
});
