import type { RouteResult } from '@erqi/shared/util-http-server';
import type { Format } from './format';
import { xmlDocument } from './xml-writer';

/** When this face's endpoints last changed (the spec's `changeset`). */
const CHANGESET = '2026-12-01T00:00:00+08:00';
const FORMATS = ['application/json', 'text/xml'];

/** `discovery.{json,xml}`: where the GeoReport v2 endpoints are, for clients that configure themselves. */
export function discovery(format: Format, baseUrl: string): RouteResult {
  const document = {
    changeset: CHANGESET,
    contact:
      '二七区营商环境服务中心 (Erqi District business-environment office), via the platform operator',
    key_service:
      'API keys are issued by the district platform office (ADMIN): issueOpen311ApiKey on /graphql',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: baseUrl,
        changeset: CHANGESET,
        type: 'production',
        formats: FORMATS,
      },
    ],
  };
  if (format === 'json')
    return { status: 200, body: document, contentType: 'application/json; charset=utf-8' };
  const xml = xmlDocument('discovery', {
    ...document,
    endpoints: {
      item: 'endpoint',
      values: document.endpoints.map((endpoint) => ({
        ...endpoint,
        formats: { item: 'format', values: endpoint.formats },
      })),
    },
  });
  return { status: 200, body: xml, contentType: 'text/xml; charset=utf-8' };
}
