// Errors the engine answers with; codes and HTTP statuses as Excel reports them
// (Excel.ErrorCodes in the typings, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).

export type ErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ApiNotFound"
  | "AccessDenied"
  | "GeneralException"
  | "InvalidObjectPath"
  | "RequestPayloadSizeLimitExceeded"
  | "InsertDeleteConflict"
  | "NotImplemented"
  | "InvalidOperationInCellEditMode"
  | "InvalidCellAddress"
  | "RangeExceedsLimit"
  | "ServiceNotAvailable"
  | "RequestAborted";

const statusOf: Record<ErrorCode, number> = {
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidReference: 400,
  ApiNotFound: 404,
  AccessDenied: 401,
  GeneralException: 500,
  InvalidObjectPath: 400,
  RequestPayloadSizeLimitExceeded: 413,
  InsertDeleteConflict: 409,
  NotImplemented: 501,
  InvalidOperationInCellEditMode: 400,
  InvalidCellAddress: 400,
  RangeExceedsLimit: 400,
  ServiceNotAvailable: 503,
  RequestAborted: 500,
};

export class HostError extends Error {
  readonly httpStatusCode: number;
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = "HostError";
    this.httpStatusCode = statusOf[code];
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new HostError(code, message);
};
