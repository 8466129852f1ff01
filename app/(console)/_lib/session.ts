import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE, verifySessionValue } from "@/app/_server/auth/session";

/** The signed-in access key id, or null (also when root credentials are not set up yet). */
export async function currentSession(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  try {
    return verifySessionValue(value);
  } catch {
    return null;
  }
}

/** Page guard: the access key id, or a redirect to the sign-in page. */
export async function requireSession(): Promise<string> {
  const accessKeyId = await currentSession();
  if (!accessKeyId) redirect("/sign-in");
  return accessKeyId;
}
