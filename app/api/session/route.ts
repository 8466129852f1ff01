/** Console sign-in: trade an access key pair for an HttpOnly session cookie. */
import { z } from "zod";
import { findAccessKey } from "@/app/_server/auth/access-keys";
import { createSessionValue, readSessionCookie, sessionCookieHeader, verifySessionValue } from "@/app/_server/auth/session";
import { settings } from "@/app/_server/settings";
import { timingSafeEqual } from "node:crypto";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const SignIn = z.object({
  accessKeyId: z.string().trim().min(1, "Access key ID is required"),
  secretAccessKey: z.string().min(1, "Secret access key is required"),
});

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const invalid = () => json({ message: "The access key ID or secret access key is not valid." }, 401);

export async function POST(req: Request) {
  let input: z.infer<typeof SignIn>;
  try {
    input = SignIn.parse(await req.json());
  } catch (err) {
    const message = err instanceof z.ZodError ? err.issues.map((i) => i.message).join("; ") : "Request body must be JSON";
    return json({ message }, 400);
  }
  const key = await findAccessKey(input.accessKeyId);
  if (!key) return invalid();
  const a = Buffer.from(key.secretAccessKey);
  const b = Buffer.from(input.secretAccessKey);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return invalid();
  return json({ accessKeyId: key.accessKeyId, userName: key.userName }, 200, {
    "set-cookie": sessionCookieHeader(createSessionValue(key.accessKeyId)),
  });
}

export async function GET(req: Request) {
  const accessKeyId = verifySessionValue(readSessionCookie(req));
  const key = accessKeyId ? await findAccessKey(accessKeyId) : null;
  if (!key) return json({ message: "Not signed in" }, 401);
  const s = settings();
  return json({ accessKeyId: key.accessKeyId, userName: key.userName, region: s.region, gatewayUrl: s.publicGatewayUrl });
}

export async function DELETE() {
  return new Response(null, { status: 204, headers: { "set-cookie": sessionCookieHeader("", 0) } });
}
