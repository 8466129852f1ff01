/** The backend every proxy forwards to: a small JSON body, as cheap as node:http allows. */
import { serve } from "./serve";

serve((req, res) => {
  const body = JSON.stringify({ ok: true, path: req.url });
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
