import type { MethodName, MethodResult, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from './context';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: ServiceContext) => MethodResult<M> | Promise<MethodResult<M>>;

/** The handlers of one domain: every method whose name starts with `P`. */
export type DomainHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};

export type AllHandlers = { [M in MethodName]: Handler<M> };
