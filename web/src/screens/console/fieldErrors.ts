// The server's field errors ({field, message}) keyed by field name, for showing next to inputs.
import type { FieldError } from '../../api';

/** Several messages for one field are joined into one. */
export function errorsByField(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] = out[e.field] ? `${out[e.field]} ${e.message}` : e.message;
  return out;
}
