/** Per test file: one control-API server over a fresh database, closed after the file. */
import { afterAll } from "vitest";
import { startControlApi, type ControlApiServer } from "./server";

declare global {
  var controlApi: ControlApiServer;
}

globalThis.controlApi = await startControlApi();
afterAll(async () => {
  await globalThis.controlApi.close();
});
