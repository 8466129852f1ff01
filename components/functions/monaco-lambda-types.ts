"use client";
/** Installs the Lambda typings into Monaco's JavaScript and TypeScript services (once). */
import * as monaco from "monaco-editor";
import { LAMBDA_TYPES } from "./lambda-types";

let installed = false;

export function installLambdaTypes(): void {
  if (installed) return;
  installed = true;
  const ts = monaco.typescript;
  for (const defaults of [ts.typescriptDefaults, ts.javascriptDefaults]) {
    defaults.addExtraLib(LAMBDA_TYPES, "file:///node_modules/@types/aws-lambda/index.d.ts");
    defaults.setCompilerOptions({
      ...defaults.getCompilerOptions(),
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.NodeJs,
      allowNonTsExtensions: true,
      allowJs: true,
      strict: true,
    });
  }
}
