/** A statement cancelled by its statement_timeout (57014), whether or not Drizzle wrapped the driver's error. */
export function isStatementTimeout(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  return (cause as { code?: string } | null)?.code === "57014" || (error as { code?: string } | null)?.code === "57014";
}
