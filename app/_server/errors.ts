/**
 * Control-API errors in AWS's REST-JSON shape: the status, an `x-amzn-ErrorType` header the AWS
 * SDK reads to pick the exception class, and `{"message": ...}`.
 */
export type ControlErrorType =
  | "BadRequestException"
  | "ValidationException"
  | "UnknownOperationException"
  | "NotFoundException"
  | "ConflictException"
  | "LimitExceededException"
  | "TooManyRequestsException"
  | "UnauthorizedException"
  | "MissingAuthenticationTokenException"
  | "InvalidSignatureException"
  | "UnrecognizedClientException"
  | "IncompleteSignatureException"
  | "ServiceUnavailableException"
  | "InternalFailureException";

const STATUS: Record<ControlErrorType, number> = {
  BadRequestException: 400,
  ValidationException: 400,
  UnknownOperationException: 404,
  NotFoundException: 404,
  ConflictException: 409,
  LimitExceededException: 429,
  TooManyRequestsException: 429,
  UnauthorizedException: 401,
  MissingAuthenticationTokenException: 403,
  InvalidSignatureException: 403,
  UnrecognizedClientException: 403,
  IncompleteSignatureException: 403,
  ServiceUnavailableException: 503,
  InternalFailureException: 500,
};

export class ControlApiError extends Error {
  readonly status: number;
  constructor(readonly type: ControlErrorType, message: string) {
    super(message);
    this.status = STATUS[type];
  }
}

export const badRequest = (message: string) => new ControlApiError("BadRequestException", message);
export const notFound = (message: string) => new ControlApiError("NotFoundException", message);
export const conflict = (message: string) => new ControlApiError("ConflictException", message);

export function errorResponse(err: unknown): Response {
  const e =
    err instanceof ControlApiError
      ? err
      : new ControlApiError("InternalFailureException", "Internal server error");
  if (!(err instanceof ControlApiError)) console.error("[control-api]", err);
  return new Response(JSON.stringify({ message: e.message }), {
    status: e.status,
    headers: { "content-type": "application/json", "x-amzn-ErrorType": e.type },
  });
}
