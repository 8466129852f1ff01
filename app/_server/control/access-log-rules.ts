/**
 * UpdateStage's rules for accessLogSettings, with AWS's messages: the format must be one line and
 * name $context.requestId or $context.extendedRequestId; the destination must be the ARN of a
 * CloudWatch Logs log group or of a Firehose stream named amazon-apigateway-*. Archway keeps the
 * lines itself; the ARN names the log group the console shows.
 */
import "server-only";
import { accessLogFormatProblem } from "@/gateway/logging/access-log-format";
import { badRequest } from "../errors";

export function checkAccessLogFormat(value: string | undefined): string {
  const format = value ?? "";
  const problem = accessLogFormatProblem(format);
  if (problem) throw badRequest(problem);
  return format;
}

const LOG_GROUP = /^arn:[a-z-]+:logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-./#]{1,512}(?::\*)?$/;
const FIREHOSE = /^arn:[a-z-]+:firehose:[a-z0-9-]+:\d{12}:deliverystream\/amazon-apigateway-[A-Za-z0-9_.-]{1,46}$/;

export function checkDestinationArn(value: string | undefined): string {
  const arn = value ?? "";
  if (!arn.startsWith("arn:")) throw badRequest(`Invalid ARN specified in the request. ARNs must start with 'arn:': ${value ?? "null"}`);
  if (!LOG_GROUP.test(arn) && !FIREHOSE.test(arn)) {
    throw badRequest("Invalid ARN specified in the request. The ARN must be a valid CloudWatch Logs log group or Kinesis Data Firehose delivery stream ARN.");
  }
  return arn;
}
