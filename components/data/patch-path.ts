/** JSON Pointer escaping for AWS patch paths: "~" → "~0", "/" → "~1" (`/binaryMediaTypes/image~1png`). */
export const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
