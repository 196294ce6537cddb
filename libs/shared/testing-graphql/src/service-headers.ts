import { serviceAuthorization } from '@erqi/shared/util-auth';

/** Headers with one of our services' own token, as the gateway sends beside the user's: may resolve `_entities`. */
export async function serviceHeaders(service = 'test'): Promise<Record<string, string>> {
  return { 'x-service-authorization': await serviceAuthorization(service) };
}
