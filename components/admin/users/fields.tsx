import type { FieldErrors } from "@/lib/http";

/** The first message for a field, and the props that tie it to its input. */
export function fieldError(errors: FieldErrors | undefined, name: string, id: string) {
  const message = errors?.[name]?.[0];
  return {
    message,
    inputProps: message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {},
    node: message ? (
      <p className="field-error" id={`${id}-error`}>
        {message}
      </p>
    ) : null,
  };
}
