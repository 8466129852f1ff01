// `npm start`: loads tsx's ESM hook so the supervisor (and everything it imports) can be TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./start.ts");
