import { ControlApiError } from "../errors";
import { findAccessKey, type Principal } from "./access-keys";
import { readSessionCookie, verifySessionValue } from "./session";
import { verifySigV4 } from "./sigv4";

/** Who sent a control-API request: a SigV4 signature, or else the console's session cookie. */
export async function authenticate(req: Request, body: string): Promise<Principal> {
  if (req.headers.get("authorization")) return verifySigV4(req, body);
  const accessKeyId = verifySessionValue(readSessionCookie(req));
  if (accessKeyId) {
    const key = await findAccessKey(accessKeyId);
    if (key) return { accessKeyId, userName: key.userName };
  }
  throw new ControlApiError("MissingAuthenticationTokenException", "Missing Authentication Token");
}
