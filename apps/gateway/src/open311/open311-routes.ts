import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Caller } from '@erqi/shared/util-auth';
import type { RouteHandler, RouteResult } from '@erqi/shared/util-http-server';
import { BodyTooLarge } from '@erqi/shared/util-http-server';
import { GraphQLError } from 'graphql';
import { discovery } from './discovery';
import { errorAnswer, type Format, splitFormat } from './format';
import { Open311Error } from './open311-error';
import { CATEGORIES, type Category } from './operations';
import { readRequestForm } from './request-form';
import { checkJurisdiction, listRequests, oneRequest, postRequest } from './requests';
import { serviceDefinition, serviceList } from './services';
import { type CallerContext, type ExecuteOperation, executorOf, run } from './supergraph-client';

/** Where the face lives on the gateway's host. */
export const OPEN311_BASE_PATH = '/open311/v2';

export interface Open311Options {
  /** The gateway's door, as for /graphql: the bearer token verified, the caller's bucket counted (401 → 403, 429). */
  admit: (request: IncomingMessage) => Promise<Caller>;
  /** The gateway's own executor: operations run through its validation, limits and query plan as the caller. */
  apollo: Pick<ApolloServer<CallerContext>, 'executeOperation'>;
  /** This request's id, passed on to the subgraphs. */
  requestId?: () => string | undefined;
}

/** Reads the format from the path first, so that even a refusal answers in the format asked for. */
function formatOf(path: string): Format {
  return path.endsWith('.xml') ? 'xml' : 'json';
}

/** The door's refusals (a bad token, too many requests) in the spec's error list. */
function fromDoor(error: GraphQLError): Open311Error {
  const extensions = error.extensions as { code?: string; retryAfterSeconds?: number };
  if (extensions.code === 'RATE_LIMITED')
    return new Open311Error(429, error.message, {
      'retry-after': String(extensions.retryAfterSeconds ?? 1),
    });
  return new Open311Error(403, error.message);
}

async function answer(
  request: IncomingMessage,
  options: Open311Options,
  execute: ExecuteOperation,
): Promise<RouteResult> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname.slice(OPEN311_BASE_PATH.length + 1);
  const parsed = splitFormat(path);
  if (!parsed) throw new Open311Error(404, `No such resource: ${url.pathname} (add .json or .xml)`);
  const { resource, format } = parsed;
  const method = request.method ?? 'GET';
  const reading = method === 'GET' || method === 'HEAD';
  let caller: Caller;
  try {
    caller = await options.admit(request);
  } catch (error) {
    if (error instanceof GraphQLError) throw fromDoor(error);
    throw error;
  }
  const authorization = request.headers.authorization;
  const requestId = options.requestId?.();
  const context: CallerContext = {
    caller,
    ...(authorization ? { authorization } : {}),
    ...(requestId ? { requestId } : {}),
  };
  if (resource === 'discovery') {
    if (!reading) throw new Open311Error(405, 'Use GET');
    return discovery(format, `http://${request.headers.host ?? 'localhost'}${OPEN311_BASE_PATH}/`);
  }
  const categories = async (): Promise<Category[]> =>
    (await run<{ appealCategories: Category[] }>(execute, context, CATEGORIES)).appealCategories;
  if (resource === 'services') {
    if (!reading) throw new Open311Error(405, 'Use GET');
    checkQueryJurisdiction(url);
    return serviceList(format, await categories());
  }
  if (resource.startsWith('services/')) {
    if (!reading) throw new Open311Error(405, 'Use GET');
    checkQueryJurisdiction(url);
    return serviceDefinition(
      format,
      await categories(),
      pathSegment(resource.slice('services/'.length)),
    );
  }
  if (resource === 'requests') {
    if (method === 'POST')
      return postRequest(
        format,
        await readRequestForm(request),
        context,
        execute,
        await categories(),
      );
    if (!reading) throw new Open311Error(405, 'Use GET or POST');
    return listRequests(format, url.searchParams, context, execute, await categories());
  }
  if (resource.startsWith('requests/')) {
    if (!reading) throw new Open311Error(405, 'Use GET');
    const id = pathSegment(resource.slice('requests/'.length));
    return oneRequest(format, id, url.searchParams, context, execute, await categories());
  }
  throw new Open311Error(404, `No such resource: ${url.pathname}`);
}

/** A code or id from the path, decoded; a malformed escape is the client's 400, not our 500. */
function pathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new Open311Error(400, `The path segment "${raw}" is not valid percent-encoding`);
  }
}

/** A reading's `jurisdiction_id`, when given, must be ours. */
function checkQueryJurisdiction(url: URL): void {
  checkJurisdiction(url.searchParams.get('jurisdiction_id')?.trim() || undefined);
}

/**
 * Open311 GeoReport v2 at `/open311/v2/` on the gateway's host: discovery, services and requests in
 * JSON and XML, over the supergraph as the caller (anonymous readers see only the public part).
 * Every refusal is the spec's error list with its HTTP status.
 */
export function open311Routes(options: Open311Options): Record<string, RouteHandler> {
  const execute = executorOf(options.apollo);
  const handler: RouteHandler = async (request) => {
    const format = formatOf(new URL(request.url ?? '/', 'http://localhost').pathname);
    try {
      return await answer(request, options, execute);
    } catch (error) {
      if (error instanceof Open311Error) return errorAnswer(format, error);
      if (error instanceof BodyTooLarge)
        return errorAnswer(format, new Open311Error(413, error.message));
      throw error;
    }
  };
  return {
    [`${OPEN311_BASE_PATH}/*`]: handler,
    [`${OPEN311_BASE_PATH}/services/*`]: handler,
    [`${OPEN311_BASE_PATH}/requests/*`]: handler,
  };
}
