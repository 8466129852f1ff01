import { createTestDatabase } from "../gateway/testing/database";
import { startTarget, stopAll } from "./children";
import { deployBenchApi, startGateway } from "./gateway";
import { runLoad } from "./load";
const tmp = createTestDatabase();
const up = await startTarget("upstream");
const px = await startTarget("undici-proxy", { UPSTREAM_URL: `http://127.0.0.1:${up.port}` });
deployBenchApi(tmp.db, `http://127.0.0.1:${up.port}`); tmp.db.close();
const gw = await startGateway(tmp.dir, tmp.path);
const s = { connections: 50, pipelining: 1, durationS: 5, warmupS: 2 };
for (let i = 0; i < 3; i++) {
  for (const [n, url, pid] of [["bare proxy", `http://127.0.0.1:${px.port}/proxy/hello`, px.child.proc.pid!], ["gw proxy", gw.proxyUrl, gw.child.proc.pid!]] as const) {
    const r = await runLoad(url, s, [pid]);
    console.log(n, Math.round(r.rps), r.p50.toFixed(2), r.p99.toFixed(2), Math.round(r.cpuUsPerReq!));
  }
}
await stopAll();
