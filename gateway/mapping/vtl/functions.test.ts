/**
 * The building blocks, table-driven, exact values: $util functions (commons-lang / java.net /
 * java.util.Base64 behaviour), Double.toString, String.split/replaceAll, the JSON reader and the
 * JSONPath subset.
 */
import { describe, expect, test } from "vitest";
import { VtlRuntimeError } from "./errors";
import { invokeMethod, javaSplit } from "./java-methods";
import { parseJavaJson } from "./json";
import { evaluateJsonPath } from "./jsonpath";
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from "./util";
import { JMap, javaDoubleToString, toJavaString, toJsonSmart } from "./values";

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof VtlRuntimeError) return e.message;
    throw e;
  }
  throw new Error("expected a VtlRuntimeError");
}

describe("$util.escapeJavaScript (commons-lang StringEscapeUtils.escapeJavaScript)", () => {
  test.each([
    ["it's", "it\\'s"],
    ['say "hi"', 'say \\"hi\\"'],
    ["back\\slash", "back\\\\slash"],
    ["</script>", "<\\/script>"],
    ["a\nb\tc\rd\be\ff", "a\\nb\\tc\\rd\\be\\ff"],
    ["\u0001\u001f", "\\u0001\\u001F"],
    ["café", "caf\\u00E9"],
    ["Ā€", "\\u0100\\u20AC"],
    ["😀", "\\uD83D\\uDE00"],
    ['{"foo": 123}', '{\\"foo\\": 123}'],
    ["", ""],
  ])("%j → %j", (s, expected) => {
    expect(escapeJavaScript(s)).toBe(expected);
  });
});

describe("$util.urlEncode / urlDecode (java.net.URLEncoder / URLDecoder, UTF-8)", () => {
  test.each([
    ["x=a+b", "x%3Da%2Bb"],
    ["a b&c/é~*._-", "a+b%26c%2F%C3%A9%7E*._-"],
    ["😀", "%F0%9F%98%80"],
    ["", ""],
  ])("urlEncode(%j) = %j", (s, expected) => {
    expect(urlEncode(s)).toBe(expected);
  });

  test.each([
    ["x=a+b", "x=a b"],
    ["a+b%26c%2F%C3%A9%7e", "a b&c/é~"],
    ["100%25", "100%"],
  ])("urlDecode(%j) = %j", (s, expected) => {
    expect(urlDecode(s)).toBe(expected);
  });

  test.each([
    ["%zz", "URLDecoder: Illegal hex characters in escape (%) pattern"],
    ["abc%4", "URLDecoder: Incomplete trailing escape (%) pattern"],
  ])("urlDecode(%j) throws", (s, message) => {
    expect(thrown(() => urlDecode(s))).toBe(message);
  });
});

describe("$util.base64Encode / base64Decode (UTF-8, java.util.Base64 basic decoder)", () => {
  test.each([
    ["hello/é", "aGVsbG8vw6k="],
    ["", ""],
    ["{}", "e30="],
  ])("%j ⇄ %j", (s, b64) => {
    expect(base64Encode(s)).toBe(b64);
    expect(base64Decode(b64)).toBe(s);
  });

  test("padding is optional when decoding", () => {
    expect(base64Decode("aGVsbG8")).toBe("hello");
  });

  test.each(["a$b=", "abcde", "ab=c", "aGVsbG8=\n"])("%j is rejected", (s) => {
    expect(thrown(() => base64Decode(s))).toBe("Illegal base64 character or length in $util.base64Decode input");
  });
});

describe("Double.toString", () => {
  test.each([
    [1, "1.0"],
    [0.1, "0.1"],
    [100, "100.0"],
    [249.99, "249.99"],
    [1e7, "1.0E7"],
    [9999999.5, "9999999.5"],
    [123456789.0, "1.23456789E8"],
    [0.001, "0.001"],
    [0.00015, "1.5E-4"],
    [-2.5, "-2.5"],
    [-0, "-0.0"],
    [1e21, "1.0E21"],
    [Number.NaN, "NaN"],
    [Infinity, "Infinity"],
  ])("%d → %s", (d, expected) => {
    expect(javaDoubleToString(d)).toBe(expected);
  });
});

describe("String.split (java.util.regex.Pattern.split rules)", () => {
  test.each([
    ["a,b,,c,,", ",", 0, ["a", "b", "", "c"]],
    ["a,b,,c,,", ",", -1, ["a", "b", "", "c", "", ""]],
    ["a,b,,c,,", ",", 2, ["a", "b,,c,,"]],
    ["", ",", 0, [""]],
    [",a", ",", 0, ["", "a"]],
    ["abc", "", 0, ["a", "b", "c"]],
    ["a1b22c", "\\d+", 0, ["a", "b", "c"]],
    [" a  b ", "\\s+", 0, ["", "a", "b"]],
    ["a.b", ".", 0, []],
    ["a.b", "\\.", 0, ["a", "b"]],
    ["x", ",", 0, ["x"]],
  ])("%j.split(%j, %d)", (s, re, limit, expected) => {
    expect(javaSplit(s, re, limit)).toEqual(expected);
  });
});

describe("String.replaceAll / replaceFirst / matches (Java regex and replacement syntax)", () => {
  test.each([
    ["2024-01-31", "replaceAll", ["(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"], "31/01/2024"],
    ["price: 5", "replaceAll", ["\\d", "\\$$0"], "price: $5"],
    ["john smith", "replaceAll", ["(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"], "smith, john"],
    ["Hello", "replaceAll", ["(?i)h", "J"], "Jello"],
    ["a.b.c", "replaceAll", ["\\Q.\\E", "/"], "a/b/c"],
    ["aaa", "replaceFirst", ["a", "b"], "baa"],
    ["abc", "replaceAll", ["", "-"], "-a-b-c-"],
    ["abc", "matches", ["[a-c]+"], true],
    ["abcd", "matches", ["[a-c]+"], false],
    ["ab", "matches", ["a|ab"], true],
  ])("%j.%s(%j)", (s, method, args, expected) => {
    expect(invokeMethod(s, method, args)).toEqual(expected);
  });

  test.each([
    ["replaceAll", ["a", "$"], "Illegal group reference: group index is missing"],
    ["replaceAll", ["(a)", "$2"], "No group 2"],
    ["replaceAll", ["a++", "b"], "unsupported regular expression construct in 'a++'"],
    ["matches", ["(unclosed"], "invalid regular expression '(unclosed': Invalid regular expression: /^(?:(unclosed)$/: Unterminated group"],
  ])("%s(%j) throws", (method, args, message) => {
    expect(thrown(() => invokeMethod("abc", method, args))).toBe(message);
  });
});

describe("JSON reader (Java types, document key order)", () => {
  test.each([
    ['{"b":1,"a":[1,2.50,-0,1e2,true,null,"x\\u00e9\\n"],"10":{}}', '{b=1, a=[1,2.5,0,100.0,true,null,"xé\\n"], 10={}}'],
    ["  123456789012345678901234567890  ", "123456789012345678901234567890"],
    ['"just a string"', "just a string"],
    ["[]", "[]"],
  ])("%s prints %s", (json, printed) => {
    expect(toJavaString(parseJavaJson(json))).toBe(printed);
  });

  test.each([
    ['{"a":1,}', "invalid JSON: expected a quoted field name at line 1, column 8"],
    ["{'a':1}", "invalid JSON: expected a quoted field name at line 1, column 2"],
    ['{"a":\n  01}', "invalid JSON: expected ',' or '}' at line 2, column 4"],
    ["[1 2]", "invalid JSON: expected ',' or ']' at line 1, column 4"],
    ['"tab\there"', "invalid JSON: control character in string at line 1, column 5"],
    ["", "invalid JSON: unexpected end of input at line 1, column 1"],
    ["{} x", "invalid JSON: unexpected data after the JSON value at line 1, column 4"],
  ])("%j is rejected", (json, message) => {
    expect(thrown(() => parseJavaJson(json))).toBe(message);
  });

  test("$input.json serialization is compact, keeps '/' and escapes U+2000-U+20FF", () => {
    const v = parseJavaJson('{"url": "https://x/y", "q": "\\u201cq\\u201d", "n": [1.0, 2]}');
    expect(toJsonSmart(v, false)).toBe('{"url":"https://x/y","q":"\\u201Cq\\u201D","n":[1.0,2]}');
    expect(toJsonSmart(v, true)).toBe('{"url":"https:\\/\\/x\\/y","q":"\\u201Cq\\u201D","n":[1.0,2]}');
  });
});

describe("JSONPath (Jayway subset)", () => {
  const doc = parseJavaJson(
    JSON.stringify({
      store: {
        book: [
          { category: "reference", author: "Rees", title: "Sayings", price: 8.95 },
          { category: "fiction", author: "Waugh", title: "Sword", price: 12.99, isbn: "0-553" },
          { category: "fiction", author: "Tolkien", title: "Rings", price: 22.99, isbn: "0-395" },
        ],
        bicycle: { color: "red", price: 19.95 },
      },
      "odd key": { "a.b": 1 },
      n: 0,
    }),
  );

  test.each([
    ["$", '{store={book=[{"category":"reference","author":"Rees","title":"Sayings","price":8.95},{"category":"fiction","author":"Waugh","title":"Sword","price":12.99,"isbn":"0-553"},{"category":"fiction","author":"Tolkien","title":"Rings","price":22.99,"isbn":"0-395"}], bicycle={color=red, price=19.95}}, odd key={a.b=1}, n=0}'],
    ["$.store.bicycle.color", "red"],
    ["store.bicycle.color", "red"],
    ["$['store']['bicycle']['price']", "19.95"],
    ['$["odd key"]["a.b"]', "1"],
    ["$.store.book[0].author", "Rees"],
    ["$.store.book[-1].title", "Rings"],
    ["$.store.book[*].author", '["Rees","Waugh","Tolkien"]'],
    ["$.store.book[0,2].title", '["Sayings","Rings"]'],
    ["$.store.book[1:].price", "[12.99,22.99]"],
    ["$.store.book[:1].price", "[8.95]"],
    ["$..price", "[8.95,12.99,22.99,19.95]"],
    ["$..book[?(@.isbn)].title", '["Sword","Rings"]'],
    ["$.store.book[?(@.price < 10 || @.author == 'Tolkien')].title", '["Sayings","Rings"]'],
    ["$.store.bicycle.*", '["red",19.95]'],
    ["$.store.bicycle['color','price']", "{color=red, price=19.95}"],
    ["$.n", "0"],
    ["$.store.missing", "null"],
    ["$.store.book[7]", "null"],
    ["$.store.book[*].missing", "[]"],
    ["$.n.deeper", "null"],
  ])("%s", (path, printed) => {
    expect(toJavaString(evaluateJsonPath(doc, path))).toBe(printed);
  });

  test.each([
    ["", "invalid JSONPath '': path must not be empty"],
    ["$.a[", "invalid JSONPath '$.a[': unclosed '['"],
    ["$.a[x]", "invalid JSONPath '$.a[x]': bad index 'x'"],
    ["$.a.length()", "invalid JSONPath '$.a.length()': functions (length()) are not supported"],
  ])("%j is rejected", (path, message) => {
    expect(thrown(() => evaluateJsonPath(new JMap(), path))).toBe(message);
  });
});
