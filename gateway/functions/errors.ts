/**
 * Lambda's own errors (the service rejecting a request, as opposed to a function error): the
 * exception name the AWS SDK reads from `x-amzn-ErrorType`, its HTTP status and its body shape
 * (`{"Type": "User", "message": ...}`; a few exceptions spell it `Message`, per the SDK's model).
 */
export type LambdaErrorType =
  | "ResourceNotFoundException"
  | "InvalidParameterValueException"
  | "ResourceConflictException"
  | "TooManyRequestsException"
  | "InvalidRequestContentException"
  | "RequestTooLargeException"
  | "PreconditionFailedException"
  | "ServiceException"
  | "UnsupportedMediaTypeException";

const STATUS: Record<LambdaErrorType, number> = {
  ResourceNotFoundException: 404,
  InvalidParameterValueException: 400,
  ResourceConflictException: 409,
  TooManyRequestsException: 429,
  InvalidRequestContentException: 400,
  RequestTooLargeException: 413,
  PreconditionFailedException: 412,
  ServiceException: 500,
  UnsupportedMediaTypeException: 415,
};

/** Members the SDK's model spells with a capital M. */
const CAPITAL_MESSAGE = new Set<LambdaErrorType>(["ResourceNotFoundException", "ServiceException"]);

export class LambdaError extends Error {
  readonly status: number;
  constructor(
    readonly type: LambdaErrorType,
    message: string,
    readonly extra: { reason?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.status = STATUS[type];
  }

  /** The JSON body Lambda sends with this error. */
  body(): Record<string, unknown> {
    const out: Record<string, unknown> = { Type: this.type === "ServiceException" ? "Service" : "User" };
    out[CAPITAL_MESSAGE.has(this.type) ? "Message" : "message"] = this.message;
    if (this.extra.reason) out.Reason = this.extra.reason;
    return out;
  }
}

export const functionNotFound = (arn: string) => new LambdaError("ResourceNotFoundException", `Function not found: ${arn}`);
export const invalidParameter = (message: string) => new LambdaError("InvalidParameterValueException", message);
export const conflict = (message: string) => new LambdaError("ResourceConflictException", message);

export function isLambdaError(err: unknown): err is LambdaError {
  return err instanceof LambdaError;
}
