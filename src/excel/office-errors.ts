// Telling Excel's expected failures (a missing sheet, a payload too large) from bugs.
// OfficeExtension.Error carries a `code` string (Excel.ErrorCodes: "ItemNotFound", "InvalidArgument"...).

export const errorCode = (e: unknown): string | null =>
  typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string"
    ? (e as { code: string }).code
    : null;

export const isItemNotFound = (e: unknown): boolean => errorCode(e) === "ItemNotFound";

export const describeError = (e: unknown): string => {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code ? `${code}: ${message}` : message;
};
