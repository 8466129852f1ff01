/**
 * Mapping templates rendered end to end. Expected outputs are exact bytes. Sources:
 * - [DG]   AWS API Gateway developer guide (awsdocs/amazon-api-gateway-developer-guide,
 *          doc_source/*.md): examples whose published output is real console output.
 * - [LS]   LocalStack tests marked `@markers.aws.validated`, whose snapshots were recorded
 *          against AWS (tests/aws/services/apigateway/*.snapshot.json).
 * - [VTL]  Velocity 1.7 / Java semantics the engine reproduces (see the module comments).
 */
import { describe, expect, test } from "vitest";
import { TemplateError, compileTemplate, type Limits, type MappingInput } from "./index";

const PETS = '[{"id":1,"type":"dog","price":249.99},{"id":2,"type":"cat","price":124.99},{"id":3,"type":"fish","price":0.99}]';

function input(body = "", over: Partial<MappingInput> = {}): MappingInput {
  return {
    body,
    params: { path: {}, querystring: {}, header: {} },
    context: {},
    stageVariables: {},
    ...over,
  };
}

function render(template: string, body = "", over: Partial<MappingInput> = {}, limits?: Partial<Limits>) {
  return compileTemplate(template, limits).render(input(body, over));
}

function out(template: string, body = "", over: Partial<MappingInput> = {}): string {
  return render(template, body, over).output;
}

function error(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error("expected a TemplateError");
}

describe("AWS developer guide examples", () => {
  // [DG] api-gateway-create-api-step-by-step.md, "flattenall": template and console output
  // verbatim (including the 8 trailing spaces the whitespace-only template line leaves).
  test("PetStore flattenall listings", () => {
    const t = [
      "#set($inputRoot = $input.path('$'))",
      "{",
      '  "listings" : [',
      "#foreach($elem in $inputRoot)",
      '    "Item number $elem.id is a $elem.type. The asking price is $elem.price."#if($foreach.hasNext),#end',
      "        ",
      "#end",
      "  ]",
      "}",
    ].join("\n");
    expect(out(t, PETS)).toBe(
      [
        "{",
        '  "listings" : [',
        '    "Item number 1 is a dog. The asking price is 249.99.",        ',
        '    "Item number 2 is a cat. The asking price is 124.99.",        ',
        '    "Item number 3 is a fish. The asking price is 0.99."        ',
        "  ]",
        "}",
      ].join("\n"),
    );
  });

  // [DG] same page, "flattensome" / "noflatten" (the blank template line carries the 4 spaces
  // that the published output shows after each object).
  test.each([
    [
      "flattensome",
      '  {\n    "description" : "Item $elem.id is a $elem.type.",\n    "askingPrice" : $elem.price\n  }',
      (id: number, type: string, price: string) => `  {\n    "description" : "Item ${id} is a ${type}.",\n    "askingPrice" : ${price}\n  }`,
    ],
    [
      "noflatten",
      '  {\n    "number": $elem.id,\n    "class": "$elem.type",\n    "salesPrice": $elem.price\n  }',
      (id: number, type: string, price: string) => `  {\n    "number": ${id},\n    "class": "${type}",\n    "salesPrice": ${price}\n  }`,
    ],
  ])("PetStore %s", (_name, item, expected) => {
    const t = `#set($inputRoot = $input.path('$'))\n[\n#foreach($elem in $inputRoot)\n${item}#if($foreach.hasNext),#end\n    \n#end\n]`;
    expect(out(t, PETS)).toBe(`[\n${expected(1, "dog", "249.99")},    \n${expected(2, "cat", "124.99")},    \n${expected(3, "fish", "0.99")}    \n]`);
  });

  // [DG] models-mappings.md, the produce-department example.
  test("grocery choices", () => {
    const body = JSON.stringify({
      department: "produce",
      categories: ["fruit", "vegetables"],
      bins: [
        { category: "fruit", type: "apples", price: 1.99, unit: "pound", quantity: 232 },
        { category: "fruit", type: "bananas", price: 0.19, unit: "each", quantity: 112 },
        { category: "vegetables", type: "carrots", price: 1.29, unit: "bag", quantity: 57 },
      ],
    });
    const t = [
      "#set($inputRoot = $input.path('$'))",
      "{",
      '  "choices": [',
      "#foreach($elem in $inputRoot.bins)",
      "    {",
      '      "kind": "$elem.type",',
      '      "suggestedPrice": "$elem.price per $elem.unit",',
      '      "available": $elem.quantity',
      "    }#if($foreach.hasNext),#end",
      "",
      "#end",
      "  ]",
      "}",
    ].join("\n");
    const item = (kind: string, price: string, unit: string, n: number) =>
      `    {\n      "kind": "${kind}",\n      "suggestedPrice": "${price} per ${unit}",\n      "available": ${n}\n    }`;
    expect(out(t, body)).toBe(`{\n  "choices": [\n${item("apples", "1.99", "pound", 232)},\n${item("bananas", "0.19", "each", 112)},\n${item("carrots", "1.29", "bag", 57)}\n  ]\n}`);
  });

  // [DG] api-gateway-mapping-template-reference.md, "Parameter mapping template example".
  test("$input.params() loop over path, querystring and header", () => {
    const t = [
      "#set($allParams = $input.params())",
      "{",
      '  "params" : {',
      "    #foreach($type in $allParams.keySet())",
      "    #set($params = $allParams.get($type))",
      '    "$type" : {',
      "      #foreach($paramName in $params.keySet())",
      '      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"',
      "      #if($foreach.hasNext),#end",
      "      #end",
      "    }",
      "    #if($foreach.hasNext),#end",
      "    #end",
      "  }",
      "}",
    ].join("\n");
    const params = { path: { id: "abc" }, querystring: { q: "it's", page: "2" }, header: { "user-agent": "curl/8" } };
    expect(out(t, "", { params })).toBe(
      [
        "{",
        '  "params" : {',
        '        "path" : {',
        '            "id" : "abc"',
        "                }",
        '    ,        "querystring" : {',
        '            "q" : "it\\\'s"',
        '      ,            "page" : "2"',
        "                }",
        '    ,        "header" : {',
        '            "user-agent" : "curl\\/8"',
        "                }",
        "          }",
        "}",
      ].join("\n"),
    );
  });

  // [DG] api-gateway-mapping-template-reference.md, "Example JSON mapping template using $input".
  test("name from the query string and the whole body", () => {
    const t = '{\n    "name" : "$input.params(\'name\')",\n    "body" : $input.json(\'$\') \n}';
    const body = '{\n  "Price" : "249.99", "Age": 6, "tags": ["a/b"] }';
    expect(out(t, body, { params: { path: {}, querystring: { name: "Bella" }, header: {} } })).toBe(
      '{\n    "name" : "Bella",\n    "body" : {"Price":"249.99","Age":6,"tags":["a/b"]} \n}',
    );
  });

  // [DG] same page, "Example request and response using $input" (POST /things/abc).
  test("things: params, size() and escaped json", () => {
    const t = '{\n    "id" : "$input.params(\'id\')",\n    "count" : "$input.path(\'$.things\').size()",\n    "things" : $util.escapeJavaScript($input.json(\'$.things\'))\n}';
    const body = '{\n    "things" : {\n        "1" : {},\n        "2" : {},\n        "3" : {}\n    }\n}';
    expect(out(t, body, { params: { path: { id: "abc" }, querystring: {}, header: {} } })).toBe(
      '{\n    "id" : "abc",\n    "count" : "3",\n    "things" : {\\"1\\":{},\\"2\\":{},\\"3\\":{}}\n}',
    );
  });

  // [DG] $util.parseJson() row of the $util table: template and output verbatim.
  test("$util.parseJson of a stringified error message", () => {
    const body = '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}';
    const t = '#set ($errorMessageObj = $util.parseJson($input.path(\'$.errorMessage\')))\n{\n   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]\n}\n';
    expect(out(t, body)).toBe('{\n   "errorMessageObjKey2ArrVal" : 1\n}\n');
  });

  // [DG] $util.escapeJavaScript() row: turning \' back into ' for JSON.
  test("$util.escapeJavaScript(...).replaceAll(\"\\\\'\",\"'\")", () => {
    const t = '{"note": "$util.escapeJavaScript($input.path(\'$.note\')).replaceAll("\\\\\'","\'")"}';
    expect(out(t, '{"note": "it\'s \\"quoted\\"\\nnext"}')).toBe('{"note": "it\'s \\"quoted\\"\\nnext"}');
  });

  // [DG] api-gateway-mapping-template-reference.md, "$context Variable template example".
  test("$context variables", () => {
    const t = '{\n    "stage" : "$context.stage",\n    "request_id" : "$context.requestId",\n    "api_id" : "$context.apiId",\n    "source_ip" : "$context.identity.sourceIp",\n    "api_key" : "$context.identity.apiKey"\n}';
    const context = { stage: "prod", requestId: "abcdefg-000-000-0000-abcdefg", apiId: "abcd1234", identity: { sourceIp: "192.0.2.1", apiKey: null } };
    expect(out(t, "", { context })).toBe(
      '{\n    "stage" : "prod",\n    "request_id" : "abcdefg-000-000-0000-abcdefg",\n    "api_id" : "abcd1234",\n    "source_ip" : "192.0.2.1",\n    "api_key" : ""\n}',
    );
  });

  // [DG] "$input.params(x): ... from the path, query string, or header value (searched in that order)".
  test("$input.params(name) searches path, then query string, then header", () => {
    const params = { path: { id: "p" }, querystring: { id: "q", page: "2" }, header: { id: "h", page: "h2", "content-type": "application/json" } };
    const t = "$input.params('id') $input.params('page') $input.params('Content-Type') [$input.params('nope')] $input.params().header.get('content-type') $input.params().querystring";
    expect(out(t, "", { params })).toBe("p 2 application/json [] application/json {id=q, page=2}");
  });

  test("AppSync-only helpers do not exist in API Gateway: $util.toJson prints nothing", () => {
    expect(out("[$util.toJson($input.path('$'))] [$util.qr(1)]", '{"a": 1}')).toBe("[] []");
  });

  test("$stageVariables in all three documented forms", () => {
    const t = "$stageVariables.env|$stageVariables['env']|${stageVariables['env']}|$stageVariables";
    expect(out(t, "", { stageVariables: { env: "prod", region: "eu" } })).toBe("prod|prod|prod|{env=prod, region=eu}");
  });
});

describe("overrides", () => {
  // [DG] apigateway-override-request-response-parameters.md, status tutorial.
  test("responseOverride.status from the body", () => {
    const t = '#set($inputRoot = $input.path(\'$\'))\n$input.json("$")\n#if($inputRoot.toString().contains("error"))\n#set($context.responseOverride.status = 400)\n#end\n';
    const body = '{\n  "errors": [\n    {\n      "key": "GetPetRequest.petId",\n      "message": "The value is out of range."\n    }\n  ]\n}';
    const r = render(t, body);
    expect(r.output).toBe('{"errors":[{"key":"GetPetRequest.petId","message":"The value is out of range."}]}\n');
    expect(r.overrides).toEqual({ status: 400, responseHeaders: {}, requestHeaders: {}, requestQuerystring: {}, requestPath: {} });
  });

  // [DG] same page, request header tutorial; its log shows
  // `{header3=header1Valheader2Val, header2=header2Val, header1=foo, ..., multivalueheader=foo,header1Valheader2Val}`.
  test("requestOverride.header, including a multi-value header", () => {
    const t = [
      '#set($header1Override = "foo")',
      "#set($header3Value = \"$input.params('header1')$input.params('header2')\")",
      '$input.json("$")',
      "#set($context.requestOverride.header.header3 = $header3Value)",
      "#set($context.requestOverride.header.header1 = $header1Override)",
      "#set($context.requestOverride.header.multivalueheader=[$header1Override, $header3Value])",
    ].join("\n");
    const r = render(t, '{"a": 1}', { params: { path: {}, querystring: {}, header: { header1: "header1Val", header2: "header2Val" } } });
    expect(r.output).toBe('{"a":1}\n');
    expect(r.overrides.requestHeaders).toEqual({ header3: "header1Valheader2Val", header1: "foo", multivalueheader: "foo,header1Valheader2Val" });
  });

  // [LS] test_integration_mock_with_response_override_in_request_template: status 444, header
  // foo=bar, and the response template reads what the request template set.
  test("response override set in the request template, read in the response template", () => {
    const req = render('#set($context.responseOverride.status = 444)\n#set($context.responseOverride.header.foo = "bar")\n#set($context.responseOverride.custom = "is also passed around")\n{\n  "statusCode": 200\n}\n');
    expect(req.output).toBe('{\n  "statusCode": 200\n}\n');
    expect(req.overrides.status).toBe(444);
    expect(req.overrides.responseHeaders).toEqual({ foo: "bar" });
    const resTemplate = '#set($statusOverride = $context.responseOverride.status)\n#set($fooHeader = $context.responseOverride.header.foo)\n#set($custom = $context.responseOverride.custom)\n{\n    "statusOverride": "$statusOverride",\n    "fooHeader": "$fooHeader",\n    "custom": "$custom"\n}\n';
    const res = render(resTemplate, "", { context: { responseOverride: { status: 444, header: { foo: "bar" }, custom: "is also passed around" } } });
    expect(res.output).toBe('{\n    "statusOverride": "444",\n    "fooHeader": "bar",\n    "custom": "is also passed around"\n}\n');
    expect(res.overrides.status).toBe(444);
  });

  // [LS] test_integration_mock_with_vtl_map_assignation: index assignment, put() and
  // $context["requestOverride"] all reach the query string overrides.
  test("query string overrides by index, put() and bracket access", () => {
    const t = '#set($paramName = "foo")\n#set($context.requestOverride.querystring[$paramName] = "bar")\n#set($paramPutName = "putfoo")\n$context.requestOverride.querystring.put($paramPutName, "putBar")\n#set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo")\n{\n  "statusCode": 200\n}\n';
    const r = render(t);
    expect(r.output).toBe('\n{\n  "statusCode": 200\n}\n');
    expect(r.overrides.requestQuerystring).toEqual({ foo: "bar", putfoo: "putBar", nestedfoo: "nestedFoo" });
    const res = render('#set($value = $context.requestOverride.querystring["foo"])\n#set($value2 = $context.requestOverride.querystring["putfoo"])\n{"value": "$value", "value2": "$value2"}', "", {
      context: { requestOverride: { querystring: r.overrides.requestQuerystring } },
    });
    expect(res.output).toBe('{"value": "bar", "value2": "putBar"}');
  });

  test("header names with dashes, path overrides", () => {
    const r = render('#set($context.requestOverride.header.X-Amz-Target = "AWSEvents.PutEvents")\n#set($context.requestOverride.path.petId = $input.path(\'$.id\'))\nok');
    expect(r.output).toBe("ok");
    expect(r.overrides.requestHeaders).toEqual({ "X-Amz-Target": "AWSEvents.PutEvents" });
    // A null value assigns "" (a null reference evaluates to "", see values.ts).
    expect(r.overrides.requestPath).toEqual({ petId: "" });
    const r2 = compileTemplate("#set($context.requestOverride.path.petId = $input.path('$.id'))").render(input('{"id": 7}'));
    expect(r2.overrides.requestPath).toEqual({ petId: "7" });
  });

  // [DG] "Overrides are final ... Trying to override the same parameter multiple times will result in 5XX responses".
  test("setting the same override twice fails", () => {
    const e = error(() => render("#set($context.responseOverride.status = 400)\n#set($context.responseOverride.status = 401)"));
    expect(e.kind).toBe("override");
    expect(e.line).toBe(2);
  });
});

describe("output formatting as Java prints it", () => {
  // [LS] test_input_path_template_formatting (AWS-validated snapshot), every case.
  test.each([
    ["path", '{"foo": "bar"}', "{foo=bar}"],
    ["path", '[{"foo": "bar"}]', '[{"foo":"bar"}]'],
    ["nested", '{"nested": {"foo": "bar"}}', "{foo=bar}"],
    ["nested", '{"nested": [{"foo": "bar"}]}', '[{"foo":"bar"}]'],
    ["list", '[{"foo": "bar"}]', "{foo=bar}"],
    ["list", '[[{"foo": "bar"}]]', '[{"foo":"bar"}]'],
    ["path", '{"foo": [{"nested": "bar"}]}', '{foo=[{"nested":"bar"}]}'],
    ["path", '{"bigger": "dict", "to": "test", "with": "separators"}', "{bigger=dict, to=test, with=separators}"],
    ["to-string", '{"foo": "bar"}', "{foo=bar}"],
    ["to-string", '{"list": [{"foo": "bar"}]}', '{list=[{"foo":"bar"}]}'],
    ["invalid-path", "", '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}'],
    ["nested-list", '{"listValue": []}', '{"body": [], "nested": , "isNull": "false", "isEmptyString": "false"}'],
    ["nested-list", '{"listValue": null}', '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}'],
  ])("LocalStack/AWS snapshot: %s with %s", (route, body, expected) => {
    const probe = (path: string) => `#set($result = $input.path("${path}")){"body": $result, "nested": $result.nested, "isNull": #if( $result == $null )"true"#else"false"#end, "isEmptyString": #if( $result == "" )"true"#else"false"#end}`;
    const templates: Record<string, string> = {
      path: '#set($result = $input.path("$.json"))$result',
      nested: '#set($result = $input.path("$.json"))$result.nested',
      list: '#set($result = $input.path("$.json"))$result[0]',
      "to-string": '#set($result = $input.path("$.json"))$result.toString()',
      "invalid-path": probe("$.nonExisting"),
      "nested-list": probe("$.json.listValue"),
    };
    // The snapshot's echo server wraps the posted JSON as {"json": <body>}.
    const wrapped = body === "" ? "" : `{"json": ${body}}`;
    expect(out(templates[route], wrapped)).toBe(expected);
  });

  // [LS] test_input_body_formatting (AWS-validated): the raw body, `{}` when empty.
  test.each([
    ["#set($result = $input.body)$result", "", "{}"],
    ["#set($result = $input.body)$result", '{"some": "value"}', '{"some": "value"}'],
    ["#set($result = $input.body)$result", "some raw data", "some raw data"],
    ["Action=SendMessage&MessageBody=$input.body", "", "Action=SendMessage&MessageBody={}"],
    ["#set($result = $input.body.testAccess)$result", '{"some": "value"}', ""],
    ["EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess)", "", "EncodedBody=%7B%7D&EncodedBodyAccess="],
    ["EncodedBody=$util.urlEncode($input.body)&EncodedBodyAccess=$util.urlEncode($input.body.testAccess)", '{"some": "value"}', "EncodedBody=%7B%22some%22%3A+%22value%22%7D&EncodedBodyAccess="],
    ["EncodedBody=$util.urlEncode($input.body)", "some raw data", "EncodedBody=some+raw+data"],
  ])("LocalStack/AWS snapshot: %s on %j", (t, body, expected) => {
    expect(out(t, body)).toBe(expected);
  });

  test.each([
    // numbers: Integer prints digits, Double prints like Double.toString
    ["$input.path('$.a') $input.path('$.b') $input.path('$.c') $input.path('$.d') $input.path('$.e')", '{"a": 10, "b": 10.00, "c": 1e7, "d": 0.0001, "e": -2.5}', "10 10.0 1.0E7 1.0E-4 -2.5"],
    ["$input.json('$.b') $input.json('$.big') $input.path('$.big')", '{"b": 10.50, "big": 123456789012345678901}', "10.5 123456789012345678901 123456789012345678901"],
    ["$input.path('$.t') $input.path('$.f') $input.json('$.t')", '{"t": true, "f": false}', "true false true"],
    // key order is the document's, numeric-looking keys included
    ["$input.path('$')", '{"b": 1, "2": "two", "a": {"1": [1, 2.0]}}', '{b=1, 2=two, a={1=[1,2.0]}}'],
    // a null inside a map prints "null"; at the top level it prints nothing
    ["$input.path('$') [$input.path('$.x')]", '{"x": null}', "{x=null} []"],
    // $input.json of a missing path: the JSON form of "" (see input.ts)
    ["$input.json('$.missing')|$input.json('$.x')", '{"x": null}', '""|""'],
    // lists made in VTL are ArrayLists: [1, 2]; JSON arrays print as JSON
    ['#set($l = [1, "two", 3.5, true])$l $l.size() $input.path(\'$\')', '[1, "two", 3.5, true]', '[1, two, 3.5, true] 4 [1,"two",3.5,true]'],
    ['#set($m = {"k": "v", "n": 2})$m $m.k $m["n"] $m.get("k")', "", "{k=v, n=2} v 2 v"],
    // json-smart escapes in JSONArray.toString(): \/ and \uXXXX for U+2000-U+20FF
    ["$input.path('$')", '["a/b", "x\\u2019y", "tab\\there"]', '["a\\/b","x\\u2019y","tab\\there"]'],
    ["$input.json('$')", '["a/b", "x\\u2019y", {"k": "é"}]', '["a/b","x\\u2019y",{"k":"é"}]'],
  ])("%s on %s", (t, body, expected) => {
    expect(out(t, body)).toBe(expected);
  });

  test("empty body: $input.json('$') is {} and $input.path('$.x') is empty", () => {
    expect(out("$input.json('$')|$input.path('$')|$input.path('$.x')|$input.json('$.x')")).toBe('{}|{}||""');
  });

  test("non-JSON text body reads as one string", () => {
    expect(out("[$input.path('$.myVar')] $input.json('$') $input.path('$')", "a=1&b=2")).toBe('[] "a=1&b=2" a=1&b=2');
  });

  test("missing references print nothing (AWS), quiet references too", () => {
    expect(out("[$foo] [$!foo] [${foo}] [$!{foo.bar}] [$context.nothing.here] [$input.path('$.a').b.c]", '{"a": 1}')).toBe("[] [] [] [] [] []");
  });

  test("integer and double arithmetic", () => {
    expect(out("#set($a = 7 / 2)#set($b = 7.0 / 2)#set($c = 7 % 3)#set($d = 1 / 0)#set($e = 3 * -2)a=$a b=$b c=$c d=[$d] e=$e")).toBe("a=3 b=3.5 c=1 d=[] e=-6");
    expect(out('#set($s = "n" + 1 + 2.5)#set($n = $input.path(\'$.n\') + 1)$s $n', '{"n": 41}')).toBe("n12.5 42");
  });

  test("comparisons follow Velocity: numbers by value, others by toString", () => {
    const t = '#if($input.path(\'$.n\') == 5.0)a#end#if("5" == 5)b#end#if($input.path(\'$.s\') > 1)c#end#if($input.path(\'$.n\') >= 5)d#end#if(!$missing)e#end#if($input.path(\'$.z\'))f#end#if($input.path(\'$.e\'))g#end';
    expect(out(t, '{"n": 5, "s": "7", "z": 0, "e": ""}')).toBe("abdef");
  });
});

describe("VTL directives", () => {
  test("#foreach with $foreach.*, $velocityCount, #break", () => {
    const t = "#foreach($x in [5, 6, 7, 8])$foreach.index/$foreach.count/$velocityCount/$foreach.first/$foreach.last:$x#if($x == 7)#break#end;#end|$x";
    expect(out(t)).toBe("0/1/1/true/false:5;1/2/2/false/false:6;2/3/3/false/false:7|");
  });

  test("#foreach over $input.path('$') objects and over a map's values", () => {
    expect(out("#foreach($p in $input.path('$'))$p.type#if($foreach.hasNext),#end#end", PETS)).toBe("dog,cat,fish");
    expect(out("#foreach($v in $input.path('$'))[$v]#end", '{"a": 1, "b": [2]}')).toBe("[1][[2]]");
    expect(out("#foreach($e in $input.path('$').entrySet())$e.key=$e.value;#end", '{"a": 1, "b": "x"}')).toBe("a=1;b=x;");
  });

  test("#if / #elseif / #else", () => {
    const t = "#foreach($n in [1, 2, 3])#if($n == 1)one#elseif($n == 2)two#{else}many#end #end";
    expect(out(t)).toBe("one two many ");
  });

  test("#stop ends the output", () => {
    expect(out("before #if(true)in#stop after#end never")).toBe("before in");
  });

  test("#macro and #define", () => {
    expect(out('#macro(greet $who)Hello, $who!#end#greet("pets") #greet($input.path(\'$.n\'))', '{"n": "dogs"}')).toBe("Hello, pets! Hello, dogs!");
    expect(out("#define($block)[$x]#end#set($x = 1)$block|#set($x = 2)$block")).toBe("[1]|[2]");
  });

  test("an undefined macro prints its own text", () => {
    expect(out("Color #fff, issue #42, #nomacro('x') #toString() done")).toBe("Color #fff, issue #42, #nomacro('x') #toString() done");
  });

  test("comments, escapes and unparsed blocks", () => {
    expect(out("a ## line comment\nb #* block *# c #[[ $raw #if ]]# d")).toBe("a b  c  $raw #if  d");
  });

  test("whitespace: directives eat their line break, #set also its indentation", () => {
    const t = "{\n  #set($a = 1)\n  \"a\": $a,\n  #if($a == 1)\n  \"b\": 2\n  #end\n}\n";
    expect(out(t)).toBe('{\n  "a": 1,\n    "b": 2\n  }\n');
    expect(out("x\r\n#set($a = 1)\r\ny$a\r\n")).toBe("x\r\ny1\r\n");
  });

  // [VTL] `-` is part of an identifier in Velocity 1.7 (hence `header.X-Amz-Target` works), so
  // `$a-$b` reads the variable `a-`; `${a}-$b` is the way to write it (stack.md).
  test("hyphens belong to identifiers", () => {
    expect(out('#set($a = "x")#set($b = "y")[$a-$b] [${a}-$b]')).toBe("[y] [x-y]");
  });

  test("interpolated strings and single-quoted strings", () => {
    expect(out("#set($n = 'x')#set($a = \"[$n]\")#set($b = '[$n]')$a $b \"$n\"")).toBe('[x] [$n] "x"');
  });
});

describe("Java methods on template values", () => {
  test.each([
    ["$s.length() $s.substring(1) $s.substring(1, 3) $s.toUpperCase() $s.toLowerCase() $s.indexOf('l')", "Hello", "5 ello el HELLO hello 2"],
    ["$s.contains('ell') $s.startsWith('He') $s.endsWith('x') $s.equals('Hello') $s.isEmpty() $s.equalsIgnoreCase('hello')", "Hello", "true true false true false true"],
    ["[$s.trim()] $s.replace('a', 'o') $s.replaceAll('a(.)', '$1!') $s.replaceFirst('[aeiou]', '_')", "  banana  ", "[banana]   bonono     bn!n! !    b_nana  "],
    ["$s.split(',') $s.split(',').size() $s.split(',', -1).size() $s.matches('[a-z,]+') $s.charAt(2)", "a,b,,c,,", "[a, b, , c] 4 6 true b"],
    ["$s.length $s.empty $s.nope() [$s.toString()]", "x", " false  [x]"],
  ])("%s on %j", (t, s, expected) => {
    expect(out(`#set($s = $input.path('$.s'))${t}`, JSON.stringify({ s }))).toBe(expected);
  });

  test("map and list methods", () => {
    const t = [
      "#set($m = $input.path('$'))",
      "$m.size() $m.containsKey('a') $m.isEmpty() $m.keySet() $m.values()",
      "[$m.put('c', 3)] [$m.put('a', 9)] $m",
      "#set($l = [])",
      "$l.add('x') $l.add(2) $l $l.get(1) $l.contains('x') $l.isEmpty() $l.indexOf(2)",
      "#set($ignored = $l.remove(0))$l",
      "$m.b.subList(0, 1) $m.b.subList(0, 1).size()",
    ].join("\n");
    expect(out(t, '{"a": 1, "b": [1, 2]}')).toBe('2 true false [a, b] [1, [1,2]]\n[] [1] {a=9, b=[1,2], c=3}\ntrue true [x, 2] 2 true false 1\n[2]\n[1] 1');
  });
});

describe("errors", () => {
  test("syntax error reports the line", () => {
    const e = error(() => compileTemplate('{\n  "a": 1,\n  #set($x = )\n}'));
    expect(e.kind).toBe("syntax");
    expect(e.line).toBe(3);
    expect(e.message).toBe("Template syntax error: Parse error: Expecting 'PARENTHESIS', 'DOLLAR', 'MAP_BEGIN', '-', '!', 'BOOL', 'BRACKET', 'INTEGER', 'STRING', 'EVAL_STRING', got 'CLOSE_PARENTHESIS' (line 3)");
  });

  test("unclosed block and stray #end are syntax errors", () => {
    const open = error(() => compileTemplate("a\n#foreach($x in $y)\n$x\n"));
    expect([open.kind, open.line, open.message]).toEqual(["syntax", 2, "Template syntax error: #foreach is never closed with #end (line 2, column 1)"]);
    const stray = error(() => compileTemplate("a\n#if(true)b#end\nc#end\nd"));
    expect([stray.kind, stray.line, stray.message]).toEqual(["syntax", 3, "Template syntax error: #end without a matching #if, #foreach, #macro or #define (line 3)"]);
    expect(error(() => compileTemplate("#foreach($x in [1])#else#end")).message).toBe("Template syntax error: #else outside of an #if block (line 1, column 20)");
  });

  test("a syntax error inside an interpolated string fails at compile time", () => {
    const e = error(() => compileTemplate('ok\n#set($a = "x #set($b = )")'));
    expect([e.kind, e.message]).toEqual(["syntax", "Template syntax error: Parse error: Expecting 'PARENTHESIS', 'DOLLAR', 'MAP_BEGIN', '-', '!', 'BOOL', 'BRACKET', 'INTEGER', 'STRING', 'EVAL_STRING', got 'CLOSE_PARENTHESIS' in a string literal (line 2)"]);
  });

  test("runtime errors carry the line", () => {
    const e = error(() => render("line1\n$input.path('$.s').substring(5)", '{"s": "abc"}'));
    expect([e.kind, e.line, e.message]).toEqual(["runtime", 2, "substring(5, 3) of a string of length 3: index out of range (line 2, column 1)"]);
    const j = error(() => render("ok\n\n$input.json('$.a')", '{"a": '));
    expect([j.kind, j.line]).toEqual(["invalid-json", 3]);
    expect(j.message).toBe("invalid JSON: unexpected end of input at line 1, column 7 (line 3, column 1)");
    expect(error(() => render("$util.parseJson('{bad')")).kind).toBe("invalid-json");
    expect(error(() => render("$util.base64Decode('***')")).message).toBe("Illegal base64 character or length in $util.base64Decode input (line 1, column 1)");
    expect(error(() => render("#include('x.vm')")).message).toBe("#include is not supported in API Gateway mapping templates (line 1, column 1)");
    expect(error(() => render("$input.path('$.a[')")).message).toBe("invalid JSONPath '$.a[': unclosed '[' (line 1, column 1)");
  });

  test("#foreach stops after 1,000 iterations (API Gateway quota), like Velocity's maxloops", () => {
    const body = JSON.stringify(Array.from({ length: 1500 }, (_, i) => i));
    const r = out("#foreach($i in $input.path('$'))#if($velocityCount == 1000)last=$i hasNext=$foreach.hasNext#end#end;$input.path('$').size()", body);
    expect(r).toBe("last=999 hasNext=true;1500");
    expect(out("#foreach($i in [1..5000])x#end").length).toBe(1000);
  });

  test("nested loops beyond the step budget fail instead of hanging", () => {
    const e = error(() => render("#foreach($a in [1..1000])#foreach($b in [1..1000])#end#end"));
    expect([e.kind, e.message]).toEqual(["limit", "template exceeded 200000 loop iterations and macro calls (line 1, column 26)"]);
    expect(error(() => render("#foreach($a in [1..100])#foreach($b in [1..100])#end#end", "", {}, { steps: 5_000 })).kind).toBe("limit");
  });

  test("runaway #macro recursion fails at depth 20; #define recursion stops at depth 2", () => {
    const e = error(() => render("#macro(down $n)$n #set($m = $n + 1)#down($m)#end\n#down(1)"));
    expect([e.kind, e.message]).toEqual(["limit", "Max calling depth of 20 was exceeded in macro 'down' (line 1, column 36)"]);
    expect(out("#define($d)<$d>#end$d")).toBe("<<>>");
  });

  test("output and string size limits", () => {
    expect(error(() => render("#foreach($i in [1..1000])$input.body#end", "x".repeat(2000), {}, { output: 100_000 })).kind).toBe("limit");
    expect(error(() => render('#set($s = "xxxxxxxxxx")#foreach($i in [1..30])#set($s = "$s$s")#end')).kind).toBe("limit");
    expect(error(() => render("#set($r = [1..100000000])")).kind).toBe("limit");
  });
});

describe("compile once, render many", () => {
  test("renders are independent and reuse the compiled template", () => {
    const t = compileTemplate('#set($count = $input.path(\'$.n\'))#macro(m)M#end#m() $count "$input.path(\'$.n\') x"');
    expect(t.render(input('{"n": 1}')).output).toBe('M 1 "1 x"');
    expect(t.render(input('{"n": 2}')).output).toBe('M 2 "2 x"');
    expect(t.render(input("{}")).output).toBe('M  " x"');
    expect(t.source).toBe('#set($count = $input.path(\'$.n\'))#macro(m)M#end#m() $count "$input.path(\'$.n\') x"');
  });
});
