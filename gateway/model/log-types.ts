/**
 * Stage log wire types: what the console's logs endpoint (app/api/restapis/.../logs) answers and
 * the Logs view reads. Pure types, shared by both sides.
 */

export interface StageLogEntry {
  id: number;
  requestId: string;
  /** Epoch ms the request arrived. */
  timestamp: number;
  status: number | null;
  /** The gateway response type when the gateway refused or failed the request. */
  error: string | null;
  text: string;
}

export interface StageLogsPage {
  logGroup: string | null;
  entries: StageLogEntry[];
  nextCursor?: string;
  /** Whether the canary log group has entries (the console offers it while a canary exists or existed). */
  canaryLogsExist: boolean;
}
