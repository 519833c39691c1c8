/**
 * `createHandler(() => options)`: a handler that exists before its options do. Build steps
 * (`next build`, Docker image builds, CI) import the route module without any secret; the options
 * are read and checked at the first request or `ready()`, and a mistake fails loudly then: every
 * request answers 500 and the log names each problem.
 */
import { HandlerError } from './errors.js';
import { DISPATCH, type AccessOptions, type PaymendHandler } from './handler.js';
import { errorResponse, toResponse, type Reply } from './http.js';
import { HandlerOptionsError, loggerOf, resolveOptions, type HandlerOptions, type HandlerOptionsFactory, type ResolvedOptions } from './options.js';

type Built = PaymendHandler & { [DISPATCH]: (request: Request) => Reply | Promise<Reply> };

export function lazyHandler(factory: HandlerOptionsFactory, build: (options: ResolvedOptions) => PaymendHandler): PaymendHandler {
  let built: Promise<Built> | null = null;
  let given: HandlerOptions | undefined;

  function load(): Promise<Built> {
    if (built) return built;
    const attempt = (async () => {
      given = await factory();
      return build(resolveOptions(given)) as Built;
    })();
    built = attempt;
    attempt.catch((error: unknown) => {
      // Invalid options stay invalid; a factory that threw (a secrets vault that timed out) is asked again.
      if (!(error instanceof HandlerOptionsError) && built === attempt) built = null;
    });
    return attempt;
  }

  const dispatch = async (request: Request): Promise<Reply> => {
    let handler: Built;
    try {
      handler = await load();
    } catch (error) {
      const logger = loggerOf(given);
      if (error instanceof HandlerOptionsError) logger.error(error.message);
      else logger.error('paymend createHandler: the options factory failed', error);
      return errorResponse(new HandlerError(500, 'internal_error', 'Billing is not configured on this server yet; its log says what is missing.'));
    }
    return handler[DISPATCH](request);
  };

  const handler = async (request: Request): Promise<Response> => toResponse(await dispatch(request));
  const lazy: PaymendHandler = Object.assign(handler, {
    recoveryStats: async () => (await load()).recoveryStats(),
    recoveryReport: async (query?: Parameters<PaymendHandler['recoveryReport']>[0]) => (await load()).recoveryReport(query),
    refreshCustomer: async (customerId: string) => (await load()).refreshCustomer(customerId),
    access: async (request: Request, options?: AccessOptions) => (await load()).access(request, options),
    updateLink: async (input: Parameters<PaymendHandler['updateLink']>[0]) => (await load()).updateLink(input),
    resumeDuePauses: async () => (await load()).resumeDuePauses(),
    // Never rejects, like the built handler's: options that cannot load mean "no status to embed".
    statusFor: async (request: Request) => (await load().catch(() => null))?.statusFor(request) ?? null,
    // Nothing to close before the first use: closing must not build a store just to close it.
    close: async () => {
      if (built) await (await built.catch(() => null))?.close();
    },
    ready: async () => {
      await load();
    },
  });
  return Object.assign(lazy, { [DISPATCH]: dispatch });
}
