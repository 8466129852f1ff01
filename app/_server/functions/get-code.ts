/**
 * Console: the code of a version — GET /api/functions/{name}/code?qualifier= answers the zip
 * (GetFunction's Code.Location points here), /files answers its text files as JSON for the editor.
 */
import "server-only";
import { textFiles } from "@/gateway/functions/package";
import { LambdaError } from "@/gateway/functions/errors";
import { prisma, refOf, requireVersion } from "./store";

async function codeOf(functionName: string, qualifier: string | null) {
  const version = await requireVersion(prisma, refOf(functionName, qualifier));
  const code = await prisma.functionCode.findUnique({ where: { sha256: version.codeSha256 } });
  if (!code) throw new LambdaError("ServiceException", "The code of this version is missing.");
  return { version, code };
}

export async function getCodeZip(functionName: string, qualifier: string | null): Promise<Response> {
  const { version, code } = await codeOf(functionName, qualifier);
  return new Response(new Uint8Array(code.zip), {
    headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="${version.functionName}-${version.version === "$LATEST" ? "latest" : version.version}.zip"` },
  });
}

export async function getCodeFiles(functionName: string, qualifier: string | null) {
  const { version, code } = await codeOf(functionName, qualifier);
  return { version: version.version, handler: version.handler, codeSha256: version.codeSha256, files: textFiles(new Uint8Array(code.zip)) };
}
