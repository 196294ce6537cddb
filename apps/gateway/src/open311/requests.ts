import type { RouteResult } from '@erqi/shared/util-http-server';
import { type Format, listAnswer } from './format';
import { Open311Error } from './open311-error';
import { type Category, LOCATE, REQUESTS, type RequestRecord, SUBMIT } from './operations';
import { field, type RequestForm } from './request-form';
import { serviceNotice, w3cDateTime } from './service-notice';
import { HANDLING_MODES } from './services';
import { type CallerContext, type ExecuteOperation, run } from './supergraph-client';

/** Our statuses the spec calls `closed`; every other one is `open`. */
const CLOSED_STATUSES = ['RESOLVED', 'EVALUATED', 'CLOSED'];
const OPEN_STATUSES = ['SUBMITTED', 'ACCEPTED', 'HANDLING', 'TRANSFERRED', 'REOPENED'];
/** The most ids one `service_request_id` list may name, and the most requests one answer holds. */
const MAX_REQUESTS = 200;

/** The district this face serves (二七区); a request naming another jurisdiction is refused. */
export const JURISDICTION_ID = '410103';

/** `jurisdiction_id` may be left out; given, it must be ours (the spec's 404 otherwise). */
export function checkJurisdiction(value: string | undefined): void {
  if (value !== undefined && value !== JURISDICTION_ID)
    throw new Open311Error(
      404,
      `jurisdiction_id "${value}" not found: this endpoint serves ${JURISDICTION_ID} (二七区)`,
    );
}

/** One appeal as a GeoReport v2 service request; the personal fields only when the caller may read it. */
function requestOf(record: RequestRecord, categories: readonly Category[]) {
  const closed = CLOSED_STATUSES.includes(record.status);
  const cell = record.gridCell;
  return {
    service_request_id: record.id,
    status: closed ? 'closed' : 'open',
    status_notes: record.status,
    service_name: categories.find((category) => category.code === record.serviceCode)?.name ?? null,
    service_code: record.serviceCode,
    description: record.readable ? record.description : null,
    agency_responsible: record.leadDepartment?.name ?? null,
    service_notice: serviceNotice(record.dueAt),
    requested_datetime: w3cDateTime(record.submittedAt),
    updated_datetime: w3cDateTime(record.updatedAt),
    expected_datetime: w3cDateTime(record.dueAt),
    // The grid cell is public (a place, not a person): its name when no address may be shown.
    address:
      (record.readable ? record.addressString : null) ??
      (cell ? `${cell.name}（${cell.code}）` : null),
    address_id: cell?.code ?? null,
    zipcode: null,
    lat: record.readable ? record.lat : null,
    long: record.readable ? record.lng : null,
    media_url: record.readable ? record.mediaUrl : null,
  };
}

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = field(params, name);
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new Open311Error(400, `${name} must be a W3C datetime, e.g. 2026-12-01T00:00:00+08:00`);
  return new Date(time).toISOString();
}

/** `GET requests.{json,xml}`: by ids, service_code, start_date/end_date and open/closed, newest first. */
export async function listRequests(
  format: Format,
  params: URLSearchParams,
  context: CallerContext,
  execute: ExecuteOperation,
  categories: readonly Category[],
): Promise<RouteResult> {
  checkJurisdiction(field(params, 'jurisdiction_id'));
  const ids = field(params, 'service_request_id')
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids && ids.length > MAX_REQUESTS)
    throw new Open311Error(400, `service_request_id names at most ${MAX_REQUESTS} requests`);
  const status = field(params, 'status');
  const wanted = status?.split(',').map((one) => one.trim());
  if (wanted?.some((one) => one !== 'open' && one !== 'closed'))
    throw new Open311Error(400, 'status must be open, closed or open,closed');
  const statuses = wanted
    ? [
        ...(wanted.includes('open') ? OPEN_STATUSES : []),
        ...(wanted.includes('closed') ? CLOSED_STATUSES : []),
      ]
    : undefined;
  const codes = field(params, 'service_code')
    ?.split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  const data = await run<{ open311Requests: RequestRecord[] }>(execute, context, REQUESTS, {
    ...(ids ? { ids } : {}),
    ...(codes ? { serviceCodes: codes } : {}),
    ...(statuses ? { statuses } : {}),
    ...(dateParam(params, 'start_date') ? { from: dateParam(params, 'start_date') } : {}),
    ...(dateParam(params, 'end_date') ? { to: dateParam(params, 'end_date') } : {}),
    first: MAX_REQUESTS,
  });
  return listAnswer(
    format,
    { root: 'service_requests', item: 'request' },
    data.open311Requests.map((record) => requestOf(record, categories)),
  );
}

/** `GET requests/{id}.{json,xml}`: one request, in a list as the spec has it; unknown is 404. */
export async function oneRequest(
  format: Format,
  id: string,
  params: URLSearchParams,
  context: CallerContext,
  execute: ExecuteOperation,
  categories: readonly Category[],
): Promise<RouteResult> {
  checkJurisdiction(field(params, 'jurisdiction_id'));
  const data = await run<{ open311Requests: RequestRecord[] }>(execute, context, REQUESTS, {
    ids: [id],
    first: 1,
  });
  const [record] = data.open311Requests;
  if (!record) throw new Open311Error(404, `service_request_id "${id}" not found`);
  return listAnswer(format, { root: 'service_requests', item: 'request' }, [
    requestOf(record, categories),
  ]);
}

function coordinate(form: RequestForm, name: string): number | undefined {
  const value = field(form.fields, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number))
    throw new Open311Error(400, `${name} must be a number (WGS-84 degrees)`);
  return number;
}

/**
 * `POST requests.{json,xml}`: files an appeal as the api_key's identity. The point must lie in one
 * of our grid cells (`locateGridCell`); the enterprise comes from the key or `attribute[enterprise_id]`.
 */
export async function postRequest(
  format: Format,
  form: RequestForm,
  context: CallerContext,
  execute: ExecuteOperation,
  categories: readonly Category[],
): Promise<RouteResult> {
  checkJurisdiction(field(form.fields, 'jurisdiction_id'));
  const apiKey = field(form.fields, 'api_key');
  if (!apiKey) throw new Open311Error(403, 'api_key was not provided');
  const serviceCode = field(form.fields, 'service_code');
  if (!serviceCode) throw new Open311Error(400, 'service_code was not provided');
  if (!categories.some((category) => category.code === serviceCode))
    throw new Open311Error(400, `service_code "${serviceCode}" not found`);
  const description = field(form.fields, 'description');
  if (!description) throw new Open311Error(400, 'description was not provided');
  const lat = coordinate(form, 'lat');
  const lng = coordinate(form, 'long');
  const addressString = field(form.fields, 'address_string');
  if ((lat === undefined) !== (lng === undefined))
    throw new Open311Error(400, 'lat and long go together: give both or neither');
  if (lat === undefined && !addressString)
    throw new Open311Error(400, 'A location is required: lat and long, or address_string');
  let locatedGridCellId: string | undefined;
  if (lat !== undefined && lng !== undefined) {
    const located = await run<{ locateGridCell: { id: string } | null }>(execute, context, LOCATE, {
      lat,
      lng,
    });
    if (!located.locateGridCell)
      throw new Open311Error(
        400,
        `lat/long (${lat}, ${lng}) lies outside every grid cell of ${JURISDICTION_ID} (二七区)`,
      );
    locatedGridCellId = located.locateGridCell.id;
  }
  const handlingMode = form.attributes.get('handling_mode');
  if (handlingMode !== undefined && !HANDLING_MODES.some((mode) => mode.key === handlingMode))
    throw new Open311Error(
      400,
      `attribute[handling_mode] must be one of ${HANDLING_MODES.map((mode) => mode.key).join(', ')}`,
    );
  const enterpriseId = form.attributes.get('enterprise_id')?.trim();
  const mediaUrl = field(form.fields, 'media_url');
  const data = await run<{ submitOpen311Request: RequestRecord }>(execute, context, SUBMIT, {
    input: {
      apiKey,
      serviceCode,
      description,
      ...(enterpriseId ? { enterpriseId } : {}),
      ...(handlingMode ? { handlingMode } : {}),
      ...(lat !== undefined && lng !== undefined ? { lat, lng, locatedGridCellId } : {}),
      ...(addressString ? { addressString } : {}),
      ...(mediaUrl ? { mediaUrl } : {}),
    },
  });
  const filed = data.submitOpen311Request;
  return listAnswer(format, { root: 'service_requests', item: 'request' }, [
    { service_request_id: filed.id, service_notice: serviceNotice(filed.dueAt), account_id: null },
  ]);
}
