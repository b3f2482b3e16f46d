import type { MethodName, MethodResult, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import type { Progress } from './progress';

/**
 * `progress` is the call's own (the context is shared by every call and a restore replaces its
 * connection, so per-call state does not live in it); long handlers report through it.
 */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ServiceContext,
  progress: Progress,
) => MethodResult<M> | Promise<MethodResult<M>>;

/** The handlers of one domain: every method whose name starts with `P`. */
export type DomainHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};

export type AllHandlers = { [M in MethodName]: Handler<M> };
