import type { RouteResult } from '@erqi/shared/util-http-server';
import { type Format, listAnswer } from './format';
import { Open311Error } from './open311-error';
import type { Category } from './operations';
import { xmlDocument } from './xml-writer';

/** The handling modes a client may ask for, by their district names; JOINT when none is given. */
export const HANDLING_MODES = [
  { key: 'URGENT', name: '急事即知即办 (urgent: 1 working day)' },
  { key: 'JOINT', name: '愁事合力共办 (joint: 5 working days, the default)' },
  { key: 'LEDGER', name: '难事建账领办 (on a leader’s ledger: 15 working days)' },
  { key: 'TRACKED', name: '盼事跟踪盯办 (tracked: 30 working days)' },
] as const;

/** Attributes every category takes: the enterprise (needed unless the api_key acts for one) and the handling mode. */
function attributes() {
  return [
    {
      variable: true,
      code: 'enterprise_id',
      datatype: 'string',
      required: false,
      datatype_description:
        'The enterprise’s id (a UUID) on this platform. Required unless the api_key acts for one enterprise.',
      order: 1,
      description: '企业: the enterprise the appeal is for',
    },
    {
      variable: true,
      code: 'handling_mode',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: 'One of the keys below; it sets the due time.',
      order: 2,
      description: '办理方式: how the case is led',
      values: HANDLING_MODES.map(({ key, name }) => ({ key, name })),
    },
  ];
}

/** One category as a GeoReport v2 service. */
function serviceOf(category: Category) {
  return {
    service_code: category.code,
    service_name: category.name,
    description: `诉求类别 ${category.name} (${category.code}): an enterprise appeal, dispatched to the department that leads this kind of case`,
    metadata: true,
    type: 'realtime',
    keywords: [
      category.code.toLowerCase(),
      category.name,
      category.volunteerEligible ? 'volunteers' : '',
    ]
      .filter((word) => word !== '')
      .join(','),
    group: category.volunteerEligible
      ? '可志愿协办 (volunteers may help)'
      : '部门办理 (departments)',
  };
}

/** `services.{json,xml}`: the appeal categories. */
export function serviceList(format: Format, categories: readonly Category[]): RouteResult {
  return listAnswer(format, { root: 'services', item: 'service' }, categories.map(serviceOf));
}

/** `services/{code}.{json,xml}`: one category's attributes; an unknown code is the spec's 404. */
export function serviceDefinition(
  format: Format,
  categories: readonly Category[],
  code: string,
): RouteResult {
  const category = categories.find((candidate) => candidate.code === code);
  if (!category) throw new Open311Error(404, `service_code "${code}" not found`);
  const definition = { service_code: category.code, attributes: attributes() };
  if (format === 'json')
    return { status: 200, body: definition, contentType: 'application/json; charset=utf-8' };
  const xml = xmlDocument('service_definition', {
    service_code: definition.service_code,
    attributes: {
      item: 'attribute',
      values: definition.attributes.map((attribute) => ({
        ...attribute,
        values: 'values' in attribute ? { item: 'value', values: attribute.values } : undefined,
      })),
    },
  });
  return { status: 200, body: xml, contentType: 'text/xml; charset=utf-8' };
}
