/** Baseline for the gateway's MOCK route: the same JSON body with no gateway in between. */
import { serve } from "./serve";

const body = Buffer.from('{"ok":true}');

serve((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
