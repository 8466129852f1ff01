/**
 * Velocity (VTL) for Monaco, as API Gateway's mapping templates use it: directives (#set, #if,
 * #foreach, ...), references ($input.path('$.x'), ${ref}, $!quiet), comments (##, #* *#),
 * unparsed blocks (#[[ ]]#) and the JSON text around them. Registered once per page; the editor
 * picks it with `language="vtl"`. Completion offers AWS's variables ($input, $util, $context,
 * $stageVariables) and their members.
 */
import type * as Monaco from "monaco-editor";

export const VTL_LANGUAGE_ID = "vtl";

const PREDEFINED = ["input", "util", "context", "stageVariables", "method", "integration", "foreach", "velocityCount"];

/** `[label, insertText, documentation]` for the members of AWS's variables. */
const MEMBERS: Record<string, [string, string, string][]> = {
  input: [
    ["body", "body", "The raw request (or response) payload as a string."],
    ["json", "json('$.${1}')", "Evaluates a JSONPath expression and returns the result as a JSON string."],
    ["path", "path('$.${1}')", "Evaluates a JSONPath expression and returns an object (a map, list or value)."],
    ["params", "params(${1})", "All request parameters (no argument), or one by name: path, then query string, then header."],
  ],
  util: [
    ["escapeJavaScript", "escapeJavaScript(${1})", "Escapes a string with JavaScript string rules."],
    ["parseJson", "parseJson(${1})", "Parses a JSON string into an object."],
    ["urlEncode", "urlEncode(${1})", "Converts a string into application/x-www-form-urlencoded format."],
    ["urlDecode", "urlDecode(${1})", "Decodes an application/x-www-form-urlencoded string."],
    ["base64Encode", "base64Encode(${1})", "Encodes the data into a base64-encoded string."],
    ["base64Decode", "base64Decode(${1})", "Decodes the data from a base64-encoded string."],
  ],
  context: [
    "requestId",
    "extendedRequestId",
    "apiId",
    "stage",
    "resourceId",
    "resourcePath",
    "httpMethod",
    "path",
    "protocol",
    "requestTime",
    "requestTimeEpoch",
    "identity.sourceIp",
    "identity.userAgent",
    "authorizer.principalId",
    "error.message",
    "error.messageString",
    "responseOverride.status",
    "responseOverride.header.",
    "requestOverride.header.",
    "requestOverride.querystring.",
    "requestOverride.path.",
  ].map((m) => [m, m, `$context.${m}`]),
};

const DIRECTIVES: [string, string][] = [
  ["set", "set($${1:name} = ${2:value})"],
  ["if", "if(${1:condition})\n$0\n#end"],
  ["elseif", "elseif(${1:condition})"],
  ["else", "else"],
  ["end", "end"],
  ["foreach", "foreach($${1:item} in ${2:list})\n$0#if($foreach.hasNext),#end\n#end"],
  ["break", "break"],
  ["stop", "stop"],
];

let registered = false;

export function registerVtl(monaco: typeof Monaco) {
  if (registered || monaco.languages.getLanguages().some((l) => l.id === VTL_LANGUAGE_ID)) {
    registered = true;
    return;
  }
  registered = true;
  monaco.languages.register({ id: VTL_LANGUAGE_ID, aliases: ["Velocity", "VTL", "vtl"], extensions: [".vtl", ".vm"] });

  monaco.languages.setLanguageConfiguration(VTL_LANGUAGE_ID, {
    comments: { lineComment: "##", blockComment: ["#*", "*#"] },
    brackets: [
      ["{", "}"],
      ["[", "]"],
      ["(", ")"],
    ],
    autoClosingPairs: [
      { open: "{", close: "}" },
      { open: "[", close: "]" },
      { open: "(", close: ")" },
      { open: '"', close: '"', notIn: ["string"] },
      { open: "'", close: "'", notIn: ["string"] },
    ],
    surroundingPairs: [
      { open: "{", close: "}" },
      { open: "[", close: "]" },
      { open: "(", close: ")" },
      { open: '"', close: '"' },
      { open: "'", close: "'" },
    ],
    wordPattern: /(-?\d*\.\d\w*)|([^`~!@#%^&*()=+[{\]}\\|;:'",.<>/?\s$]+)/g,
  });

  const reference: Monaco.languages.IMonarchLanguageRule[] = [
    [/\$!?\{/, { token: "variable", next: "@braceRef" }],
    [/\$!?(input|util|context|stageVariables|method|integration)\b/, { token: "variable.predefined", next: "@refTail" }],
    [/\$!?[a-zA-Z_][\w-]*/, { token: "variable", next: "@refTail" }],
  ];

  monaco.languages.setMonarchTokensProvider(VTL_LANGUAGE_ID, {
    defaultToken: "",
    tokenPostfix: ".vtl",
    ignoreCase: false,
    tokenizer: {
      root: [
        [/##.*$/, "comment"],
        [/#\*/, { token: "comment", next: "@blockComment" }],
        [/#\[\[/, { token: "string", next: "@unparsed" }],
        [/(#\{?(?:if|elseif|foreach)\}?)(\s*)(\()/, ["keyword.flow", "", { token: "delimiter.parenthesis", next: "@args" }]],
        [/(#\{?(?:set|macro|parse|include|define|evaluate)\}?)(\s*)(\()/, ["keyword", "", { token: "delimiter.parenthesis", next: "@args" }]],
        [/#\{?(?:else|end|break|stop)\}?/, "keyword.flow"],
        [/#@?[a-zA-Z_][\w-]*(?=\s*\()/, { token: "keyword", next: "@macroCall" }],
        ...reference,
        [/"(?=[^"]*"\s*:)/, { token: "string.key.json", next: "@jsonKey" }],
        [/"/, { token: "string.value.json", next: "@jsonString" }],
        [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, "number"],
        [/\b(?:true|false|null)\b/, "keyword.json"],
        [/[{}[\]]/, "@brackets"],
        [/[,:]/, "delimiter"],
      ],
      macroCall: [[/\(/, { token: "delimiter.parenthesis", switchTo: "@args" }]],
      refTail: [
        [/(\.)([a-zA-Z_]\w*)(\()/, ["delimiter", "type", { token: "delimiter.parenthesis", next: "@args" }]],
        [/\.[a-zA-Z_][\w-]*/, "variable"],
        [/\[/, { token: "delimiter.bracket", next: "@index" }],
        [/./, { token: "@rematch", next: "@pop" }],
      ],
      braceRef: [
        [/\}/, { token: "variable", next: "@pop" }],
        [/(\.)([a-zA-Z_]\w*)(\()/, ["delimiter", "type", { token: "delimiter.parenthesis", next: "@args" }]],
        [/\.?[a-zA-Z_][\w-]*/, "variable"],
        [/\[/, { token: "delimiter.bracket", next: "@index" }],
        [/\s+/, ""],
        [/./, "variable"],
      ],
      index: [[/\]/, { token: "delimiter.bracket", next: "@pop" }], { include: "@expression" }],
      args: [[/\)/, { token: "delimiter.parenthesis", next: "@pop" }], [/\(/, { token: "delimiter.parenthesis", next: "@push" }], { include: "@expression" }],
      expression: [
        [/"/, { token: "string", next: "@dqString" }],
        [/'/, { token: "string", next: "@sqString" }],
        ...reference,
        [/\b(?:in|and|or|not|eq|ne|lt|gt|le|ge)\b/, "keyword"],
        [/\b(?:true|false|null)\b/, "keyword"],
        [/-?\d+(?:\.\d+)?/, "number"],
        [/[=!<>&|+\-*/%]+/, "operator"],
        [/[[\]{}]/, "delimiter.bracket"],
        [/[,:]/, "delimiter"],
        [/\.\./, "operator"],
        [/\s+/, ""],
        [/[a-zA-Z_]\w*/, "identifier"],
        [/./, ""],
      ],
      dqString: [
        [/[^"\\$]+/, "string"],
        [/\\./, "string.escape"],
        ...reference,
        [/\$/, "string"],
        [/"/, { token: "string", next: "@pop" }],
      ],
      sqString: [
        [/[^']+/, "string"],
        [/'/, { token: "string", next: "@pop" }],
      ],
      jsonKey: [
        [/[^"\\]+/, "string.key.json"],
        [/\\./, "string.escape"],
        [/"/, { token: "string.key.json", next: "@pop" }],
      ],
      jsonString: [
        [/[^"\\$#]+/, "string.value.json"],
        [/\\./, "string.escape"],
        ...reference,
        [/(#\{?(?:if|elseif|foreach)\}?)(\s*)(\()/, ["keyword.flow", "", { token: "delimiter.parenthesis", next: "@args" }]],
        [/#\{?(?:else|end)\}?/, "keyword.flow"],
        [/[$#]/, "string.value.json"],
        [/"/, { token: "string.value.json", next: "@pop" }],
      ],
      blockComment: [
        [/\*#/, { token: "comment", next: "@pop" }],
        [/[^*]+/, "comment"],
        [/\*/, "comment"],
      ],
      unparsed: [
        [/\]\]#/, { token: "string", next: "@pop" }],
        [/[^\]]+/, "string"],
        [/\]/, "string"],
      ],
    },
  } as Monaco.languages.IMonarchLanguage);

  monaco.languages.registerCompletionItemProvider(VTL_LANGUAGE_ID, {
    triggerCharacters: ["$", ".", "#"],
    provideCompletionItems(model, position) {
      const line = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const Kind = monaco.languages.CompletionItemKind;
      const Snippet = monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet;
      const member = /\$!?\{?(input|util|context)\.([\w.]*)$/.exec(line);
      if (member) {
        const typed = member[2];
        const start = position.column - typed.length;
        const range = new monaco.Range(position.lineNumber, start, position.lineNumber, position.column);
        return {
          suggestions: MEMBERS[member[1]].map(([label, insert, doc]) => ({
            label,
            kind: member[1] === "context" ? Kind.Property : Kind.Method,
            insertText: insert,
            insertTextRules: Snippet,
            documentation: doc,
            range,
          })),
        };
      }
      const ref = /\$!?\{?([a-zA-Z]*)$/.exec(line);
      if (ref) {
        const range = new monaco.Range(position.lineNumber, position.column - ref[1].length, position.lineNumber, position.column);
        return {
          suggestions: PREDEFINED.slice(0, 4).map((name) => ({
            label: `$${name}`,
            filterText: name,
            kind: Kind.Variable,
            insertText: name,
            range,
          })),
        };
      }
      const directive = /#([a-z]*)$/.exec(line);
      if (directive) {
        const range = new monaco.Range(position.lineNumber, position.column - directive[1].length, position.lineNumber, position.column);
        return {
          suggestions: DIRECTIVES.map(([label, insert]) => ({
            label: `#${label}`,
            filterText: label,
            kind: Kind.Keyword,
            insertText: insert,
            insertTextRules: Snippet,
            range,
          })),
        };
      }
      return { suggestions: [] };
    },
  });
}
