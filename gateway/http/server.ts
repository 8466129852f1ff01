/**
 * The gateway's HTTP front: turns a socket request into an invocation context, runs the
 * pipeline, writes the response (streaming pass-through bodies). Slow or half-open clients are
 * bounded by the server's header and request timeouts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { StageRegistry } from "../deployments/stage-registry";
import { createContext } from "../runtime/create-context";
import type { InvocationContext } from "../runtime/context";
import { runPipeline } from "../runtime/pipeline";
import { gatewayRequestOf } from "./request";
import { parseTarget } from "./target";
import { MAX_URL_LENGTH } from "../runtime/limits";

export interface GatewayServerOptions {
  registry: StageRegistry;
  /** Called after each response is written (metrics, access logs arrive here later). */
  onResponse?: (ctx: InvocationContext) => void;
}

/** AWS's spelling of the headers it sets (HTTP doesn't care; people reading responses do). */
const CANONICAL: Record<string, string> = {
  "x-amzn-requestid": "x-amzn-RequestId",
  "x-amzn-errortype": "x-amzn-ErrorType",
  "x-amz-apigw-id": "x-amz-apigw-id",
  "content-type": "Content-Type",
  "content-length": "Content-Length",
};

function writeResponse(ctx: InvocationContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { statusCode, headers, body } = ctx.response!;
  for (const [name, values] of Object.entries(headers)) res.setHeader(CANONICAL[name] ?? name, values.length === 1 ? values[0] : values);
  if (ctx.error?.responseType === "REQUEST_TOO_LARGE") res.shouldKeepAlive = false; // the unread body is discarded
  res.statusCode = statusCode;
  if (Buffer.isBuffer(body)) {
    if (!res.hasHeader("content-length") || req.method === "HEAD") res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
    return Promise.resolve();
  }
  if (req.method === "HEAD") {
    body.destroy();
    res.end();
    return Promise.resolve();
  }
  // .pipe() rather than stream.pipeline(): pipeline allocates an AbortController (and a
  // DOMException on completion) per call, which measurably costs throughput here. Errors on
  // either side are handled explicitly instead.
  return new Promise((resolve, reject) => {
    body.on("error", (err) => {
      res.destroy(err);
      reject(err);
    });
    res.on("close", () => {
      if (!body.readableEnded) body.destroy();
      resolve();
    });
    body.pipe(res);
    // $context.responseLength of a chunked body, counted only for stages that write access logs.
    if (ctx.stage?.source.accessLogSettings?.format && !res.hasHeader("content-length")) {
      body.on("data", (chunk: Buffer) => (ctx.responseLength = (ctx.responseLength ?? 0) + chunk.length));
    }
  });
}

export function createGatewayServer({ registry, onResponse }: GatewayServerOptions): Server {
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 }, (req, res) => {
    const url = req.url ?? "/";
    if (url.length > MAX_URL_LENGTH) {
      res.writeHead(414, { "Content-Type": "application/json", Connection: "close" }).end('{"message":"Request-URI Too Long"}');
      return;
    }
    const q = url.indexOf("?");
    const rawPath = q === -1 ? url : url.slice(0, q);
    const rawQuery = q === -1 ? "" : url.slice(q + 1);
    const parsed = parseTarget(req.headers.host, rawPath);
    const target = parsed?.target ?? { restApiId: "", stageName: "" };
    const ctx = createContext({
      target,
      request: gatewayRequestOf(req, parsed?.path ?? rawPath, rawQuery),
      stage: parsed ? registry.get(target.restApiId, target.stageName) : undefined,
    });
    ctx.incoming = req;
    runPipeline(ctx)
      .then(() => writeResponse(ctx, req, res))
      .catch((err) => {
        // The client went away mid-stream, or the upstream broke mid-body: nothing left to answer.
        if (!res.headersSent) {
          res.statusCode = 502;
          res.end();
        } else res.destroy(err as Error);
      })
      .finally(() => onResponse?.(ctx));
  });
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  return server;
}
