import type { Caller } from '@erqi/shared/util-auth';

/** What the gateway knows of a request: the verified caller and the header to pass on. */
export type GatewayContext = {
  caller: Caller;
  authorization?: string;
  /** This request's id, passed on to the subgraphs. */
  requestId?: string;
};
