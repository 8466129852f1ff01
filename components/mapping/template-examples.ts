/** Starting points for mapping templates, from AWS's developer guide. */
export interface TemplateExample {
  label: string;
  description: string;
  template: string;
}

/** AWS's "Method request passthrough" template, shortened to what Archway's $context provides. */
const PASSTHROUGH = `## Everything about the request, as JSON (AWS's "method request passthrough").
#set($allParams = $input.params())
{
  "body-json" : $input.json('$'),
  "params" : {
  #foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
    "$type" : {
    #foreach($paramName in $params.keySet())
      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"#if($foreach.hasNext),#end
    #end
    }#if($foreach.hasNext),#end
  #end
  },
  "stage-variables" : {
  #foreach($key in $stageVariables.keySet())
    "$key" : "$util.escapeJavaScript($stageVariables.get($key))"#if($foreach.hasNext),#end
  #end
  },
  "context" : {
    "http-method" : "$context.httpMethod",
    "request-id" : "$context.requestId",
    "resource-path" : "$context.resourcePath",
    "source-ip" : "$context.identity.sourceIp",
    "stage" : "$context.stage",
    "user-agent" : "$context.identity.userAgent"
  }
}`;

export const REQUEST_EXAMPLES: TemplateExample[] = [
  { label: "Method request passthrough", description: "Body, parameters, stage variables and context as JSON.", template: PASSTHROUGH },
  { label: "Body as is", description: "Pass the JSON body through unchanged.", template: "$input.json('$')" },
  {
    label: "Pick fields",
    description: "Build a new body from the request's fields and parameters.",
    template: `#set($body = $input.path('$'))
{
  "name": "$util.escapeJavaScript($body.name)",
  "requestedBy": "$context.identity.sourceIp",
  "limit": #if($input.params('limit') != "")$input.params('limit')#else 10#end
}`,
  },
  { label: "Mock status 200", description: "For a mock integration: answer with status 200.", template: '{"statusCode": 200}' },
];

export const RESPONSE_EXAMPLES: TemplateExample[] = [
  { label: "Body as is", description: "Return the backend's JSON unchanged.", template: "$input.json('$')" },
  {
    label: "Map a list",
    description: "Reshape each item of a JSON array.",
    template: `#set($items = $input.path('$.items'))
[
#foreach($item in $items)
  { "id": "$item" }#if($foreach.hasNext),#end
#end
]`,
  },
  {
    label: "Override status and header",
    description: "Change the method response's status and a header from the template.",
    template: `#set($context.responseOverride.status = 201)
#set($context.responseOverride.header.X-Mapped = "yes")
$input.json('$')`,
  },
];

export const GATEWAY_EXAMPLES: TemplateExample[] = [
  { label: "AWS default", description: "The message as JSON (what every type answers by default).", template: '{"message":$context.error.messageString}' },
  {
    label: "Error with request id",
    description: "Message, error type and request id.",
    template: `{
  "message": $context.error.messageString,
  "type": "$context.error.responseType",
  "requestId": "$context.requestId"
}`,
  },
];
