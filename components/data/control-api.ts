/**
 * The browser's client for Archway's control API (AWS API Gateway's REST paths and JSON) and
 * the console-only session endpoints. Requests carry the HttpOnly session cookie; failures become
 * a ControlApiError carrying AWS's error type (x-amzn-ErrorType) and the server's message.
 */

export class ControlApiError extends Error {
  readonly status: number;
  readonly type: string;
  constructor(status: number, type: string, message: string) {
    super(message);
    this.name = "ControlApiError";
    this.status = status;
    this.type = type;
  }
}

export function isControlApiError(err: unknown): err is ControlApiError {
  return err instanceof ControlApiError;
}

/** True when the error means "you are not signed in (any more)". */
export function isAuthError(err: unknown): boolean {
  return (
    isControlApiError(err) &&
    (err.status === 401 ||
      err.type === "MissingAuthenticationTokenException" ||
      err.type === "UnrecognizedClientException")
  );
}

/** The message to show a person for any error. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return "Something went wrong.";
}

type Json = Record<string, unknown> | unknown[];

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: Json;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: RequestOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Encodes one path segment (ids, stage names, status codes). */
export const seg = (value: string) => encodeURIComponent(value);

export async function controlApi<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = "GET", body, query, signal } = options;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      method,
      credentials: "same-origin",
      headers: body !== undefined ? { "content-type": "application/json", accept: "application/json" } : { accept: "application/json" },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal,
      cache: "no-store",
    });
  } catch (err) {
    if ((err as Error)?.name === "AbortError") throw err;
    throw new ControlApiError(0, "NetworkError", "Archway's server could not be reached. Check that it is running.");
  }
  const text = await res.text();
  if (!res.ok) {
    let message = "";
    try {
      const parsed = text ? JSON.parse(text) : {};
      message = parsed.message ?? parsed.Message ?? "";
    } catch {
      message = text.slice(0, 300);
    }
    const rawType = res.headers.get("x-amzn-ErrorType") ?? "";
    // AWS may append ":http://internal.amazon.com/..." to the type.
    const type = rawType.split(":")[0] || (res.status >= 500 ? "InternalFailureException" : "Error");
    throw new ControlApiError(res.status, type, message || `${res.status} ${res.statusText || "error"}`);
  }
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return text as unknown as T;
  }
}
