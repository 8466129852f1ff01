import { loadSettings, type Settings } from "../../gateway/config/settings";

let cached: Settings | undefined;
/** Settings of the console process, read once. */
export function settings(): Settings {
  return (cached ??= loadSettings());
}
