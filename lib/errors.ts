/** Domain errors that the HTTP and action wrappers map to 4xx answers. */
export class NotFoundError extends Error {
  constructor(message = "Không tìm thấy.") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A rule about the data itself (not its shape) was broken; `field` names the form field to flag. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = (error as { cause?: unknown })?.cause ?? error;
  const record = pg as { code?: string; constraint_name?: string };
  return record?.code === "23505" && (!constraint || record.constraint_name === constraint);
}
