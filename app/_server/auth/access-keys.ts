import { prisma } from "../../../prisma/client";
import { settings } from "../settings";
import { readRootCredentials } from "./root-credentials";

export interface Principal {
  accessKeyId: string;
  userName: string;
}

/** The secret for an access key id: the root key, or an active key from the AccessKey table. */
export async function findAccessKey(accessKeyId: string): Promise<(Principal & { secretAccessKey: string }) | null> {
  const root = readRootCredentials(settings());
  if (root && root.accessKeyId === accessKeyId) return { ...root, userName: "root" };
  const row = await prisma.accessKey.findUnique({ where: { accessKeyId } });
  if (!row || row.status !== "Active") return null;
  return { accessKeyId: row.accessKeyId, secretAccessKey: row.secretAccessKey, userName: row.userName };
}
