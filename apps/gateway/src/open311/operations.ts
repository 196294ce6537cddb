/**
 * The GraphQL operations the Open311 face sends to the supergraph, through the gateway's own executor
 * as the caller (and, to file, with the caller's api_key): the facade never touches a database.
 */
export const CATEGORIES = `query Open311Categories { appealCategories { code name volunteerEligible } }`;

export const LOCATE = `query Open311Locate($lat: Float!, $lng: Float!) {
  locateGridCell(lat: $lat, lng: $lng) { id code name }
}`;

const REQUEST_FIELDS = `id serviceCode status submittedAt updatedAt dueAt readable description
  lat lng addressString mediaUrl gridCell { code name } leadDepartment { name }`;

export const REQUESTS = `query Open311Requests($ids: [ID!], $serviceCodes: [String!], $statuses: [AppealStatus!],
  $from: DateTime, $to: DateTime, $first: Int!) {
  open311Requests(ids: $ids, serviceCodes: $serviceCodes, statuses: $statuses, from: $from, to: $to, first: $first) {
    ${REQUEST_FIELDS}
  }
}`;

export const SUBMIT = `mutation Open311Submit($input: SubmitOpen311RequestInput!) {
  submitOpen311Request(input: $input) { ${REQUEST_FIELDS} }
}`;

/** An appeal category as `appealCategories` answers. */
export interface Category {
  code: string;
  name: string;
  volunteerEligible: boolean;
}

/** An appeal as `open311Requests` answers: the personal fields null unless the caller may read it. */
export interface RequestRecord {
  id: string;
  serviceCode: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
  dueAt: string;
  readable: boolean;
  description: string | null;
  lat: number | null;
  lng: number | null;
  addressString: string | null;
  mediaUrl: string | null;
  gridCell: { code: string; name: string } | null;
  leadDepartment: { name: string } | null;
}
