/**
 * Baseline for the gateway's HTTP_PROXY route: the least a Node proxy can do — forward the
 * path to the upstream with undici over a keep-alive pool and stream the answer back.
 */
import { Agent, request } from "undici";
import { serve } from "./serve";

const upstream = process.env.UPSTREAM_URL!;
// Same pool shape as the gateway's upstream agent, so the comparison is about the pipeline.
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

serve(async (req, res) => {
  try {
    const up = await request(upstream + req.url, { method: "GET", dispatcher: agent });
    const type = up.headers["content-type"];
    if (type) res.setHeader("content-type", type);
    res.statusCode = up.statusCode;
    // .pipe() with explicit error handling rather than stream/promises pipeline(): pipeline()
    // builds an AbortController per call and aborts it at the end, constructing a DOMException
    // (a stack capture) per response; on this kind of machine that halves a proxy's throughput.
    up.body.on("error", () => res.destroy()).pipe(res);
    res.on("close", () => {
      if (!up.body.destroyed) up.body.destroy();
    });
  } catch {
    if (!res.headersSent) res.writeHead(502).end();
    else res.destroy();
  }
});
