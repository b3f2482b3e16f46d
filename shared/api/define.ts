import type { z } from 'zod';

/** One API method: its input schema and (type-only) result. */
export interface MethodDef<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly __result?: R;
}

/** `method<Result>()(inputSchema)` — curried so the result type can be given and the schema inferred. */
export const method =
  <R>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, R> => ({ input });
