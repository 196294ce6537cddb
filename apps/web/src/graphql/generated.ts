/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as Apollo from '@apollo/client';
const defaultOptions = {} as const;
/** How the appeal reached us (郑好拍 or one of the four whistles) */
export type AppealChannel =
  | 'COMMUNITY_COLLECTION'
  | 'DEPUTY_SURVEY'
  | 'ENTERPRISE_APP'
  | 'GRID_WORKER'
  | 'HOTLINE'
  | 'LEADER_LIAISON';

/** Where an appeal is on the closed loop, from intake to evaluation */
export type AppealStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'EVALUATED'
  | 'HANDLING'
  | 'REOPENED'
  | 'RESOLVED'
  | 'SUBMITTED'
  | 'TRANSFERRED';

/** Why an appeal was closed: after its evaluation, for lack of one, or merged as a duplicate */
export type ClosureReason =
  | 'EVALUATED'
  | 'MERGED'
  | 'NO_RESPONSE';

export type GridCellKind =
  | 'COMMUNITY'
  | 'ENTERPRISE_EXCLUSIVE';

/** How a case is led (领导领办); sets its deadline */
export type HandlingMode =
  | 'JOINT'
  | 'LEDGER'
  | 'TRACKED'
  | 'URGENT';

/** Where an issue on a project ledger stands */
export type ProjectLedgerStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A new appeal (郑好拍), filed by or for an enterprise */
export type SubmitAppealInput = {
  /** A category code, one of `appealCategories { code }` */
  category: string;
  channel: AppealChannel;
  /** A UUID the device made for this submission (its offline queue): sent again with the same id, the appeal already filed is answered and nothing new is written */
  clientRequestId?: string | null | undefined;
  /** The details: 1 to 5000 characters */
  description: string;
  /** The enterprise the appeal is for; its grid cell is looked up from it */
  enterpriseId: string;
  /** Sets the deadline: URGENT 1 day, JOINT 5, LEDGER 15, TRACKED 30 */
  handlingMode: HandlingMode;
  /** Photos the caller uploaded to POST /photos and has not attached yet, at most 6, in the order to show them */
  photoIds?: Array<string> | null | undefined;
  /** What the problem is, in a line: 1 to 200 characters */
  title: string;
};

export type AppealListItemFragment = { id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } };

export type MyAppealsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyAppealsQuery = { appeals: { totalCount: number, nodes: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AppealDetailQueryVariables = Exact<{
  id: string;
}>;


export type AppealDetailQuery = { appeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type AppealDetailFieldsFragment = { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } };

export type FilingChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilingChoicesQuery = { appealCategories: Array<{ code: string, name: string }>, enterprises: { nodes: Array<{ id: string, name: string, gridCell: { id: string, code: string, name: string } }> } };

export type LocateGridCellQueryVariables = Exact<{
  lat: number;
  lng: number;
}>;


export type LocateGridCellQuery = { locateGridCell: { id: string, code: string, name: string } | null };

export type SubmitAppealMutationVariables = Exact<{
  input: SubmitAppealInput;
}>;


export type SubmitAppealMutation = { submitAppeal: { id: string, status: AppealStatus } };

export type AcceptAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type AcceptAppealMutation = { acceptAppeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type AddProgressNoteMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type AddProgressNoteMutation = { addProgressNote: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type EvaluateAppealMutationVariables = Exact<{
  id: string;
  rating: number;
  comment?: string | null | undefined;
}>;


export type EvaluateAppealMutation = { evaluateAppeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type CloseAppealMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CloseAppealMutation = { closeAppeal: { description: string, channel: AppealChannel, feedback: string | null, resolvedAt: string | null, evaluationDueAt: string | null, closureReason: ClosureReason | null, id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, category: { code: string, name: string }, gridCell: { id: string, code: string, name: string }, leadDepartment: { code: string, name: string } | null, evaluation: { rating: number, comment: string | null, at: string } | null, timeline: Array<{ id: string, at: string, actor: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, note: string }>, photos: Array<{ id: string, contentType: string, url: string }>, enterprise: { id: string, name: string } } };

export type MyInspectionsQueryVariables = Exact<{
  enterpriseId: string;
  after?: string | null | undefined;
}>;


export type MyInspectionsQuery = { enterprise: { id: string, name: string, inspections: { totalCount: number, nodes: Array<{ id: string, departmentCode: string, inspectorName: string, purpose: string, legalBasis: string | null, routine: boolean, checkedInAt: string, checkedOutAt: string | null, durationSeconds: number | null, findings: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type MyEnterpriseProjectsQueryVariables = Exact<{
  enterpriseId: string;
}>;


export type MyEnterpriseProjectsQuery = { enterprise: { id: string, name: string, projects: Array<{ id: string, name: string, departmentCodes: Array<string>, createdAt: string, butler: { name: string }, ledger: Array<{ id: string, title: string, status: ProjectLedgerStatus, raisedAt: string, note: string | null }> }> } };

export type MyGridCellsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGridCellsQuery = { gridCells: { nodes: Array<{ id: string, code: string, name: string, kind: GridCellKind, boundary: Array<{ lat: number, lng: number }> }> } };

export type GridCellDetailQueryVariables = Exact<{
  id: string;
}>;


export type GridCellDetailQuery = { gridCell: { id: string, code: string, name: string, kind: GridCellKind, boundary: Array<{ lat: number, lng: number }>, region: { id: string, name: string }, enterprises: Array<{ id: string, name: string, creditCode: string, contactName: string, contactPhone: string }>, appeals: Array<{ id: string, title: string, status: AppealStatus, handlingMode: HandlingMode, submittedAt: string, dueAt: string, overdue: boolean, closedAt: string | null, enterprise: { id: string, name: string } }>, volunteerTeams: Array<{ id: string, code: string, name: string }> } };

export type AppealCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealCategoriesQuery = { appealCategories: Array<{ code: string, name: string }> };

export const AppealListItemFragmentDoc = gql`
    fragment AppealListItem on Appeal {
  id
  title
  status
  handlingMode
  submittedAt
  dueAt
  overdue
  closedAt
  enterprise {
    id
    name
  }
}
    `;
export const AppealDetailFieldsFragmentDoc = gql`
    fragment AppealDetailFields on Appeal {
  ...AppealListItem
  description
  channel
  feedback
  resolvedAt
  evaluationDueAt
  closureReason
  category {
    code
    name
  }
  gridCell {
    id
    code
    name
  }
  leadDepartment {
    code
    name
  }
  evaluation {
    rating
    comment
    at
  }
  timeline {
    id
    at
    actor
    fromStatus
    toStatus
    note
  }
  photos {
    id
    contentType
    url
  }
}
    ${AppealListItemFragmentDoc}`;
export const MyAppealsDocument = gql`
    query MyAppeals($first: Int!, $after: String) {
  appeals(first: $first, after: $after) {
    nodes {
      ...AppealListItem
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    ${AppealListItemFragmentDoc}`;

/**
 * __useMyAppealsQuery__
 *
 * To run a query within a React component, call `useMyAppealsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyAppealsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyAppealsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useMyAppealsQuery(baseOptions: Apollo.QueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables> & ({ variables: MyAppealsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyAppealsQuery, MyAppealsQueryVariables>(MyAppealsDocument, options);
      }
export function useMyAppealsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyAppealsQuery, MyAppealsQueryVariables>(MyAppealsDocument, options);
        }
// @ts-ignore
export function useMyAppealsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>): Apollo.UseSuspenseQueryResult<MyAppealsQuery, MyAppealsQueryVariables>;
export function useMyAppealsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>): Apollo.UseSuspenseQueryResult<MyAppealsQuery | undefined, MyAppealsQueryVariables>;
export function useMyAppealsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyAppealsQuery, MyAppealsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyAppealsQuery, MyAppealsQueryVariables>(MyAppealsDocument, options);
        }
export type MyAppealsQueryHookResult = ReturnType<typeof useMyAppealsQuery>;
export type MyAppealsLazyQueryHookResult = ReturnType<typeof useMyAppealsLazyQuery>;
export type MyAppealsSuspenseQueryHookResult = ReturnType<typeof useMyAppealsSuspenseQuery>;
export type MyAppealsQueryResult = Apollo.QueryResult<MyAppealsQuery, MyAppealsQueryVariables>;
export const AppealDetailDocument = gql`
    query AppealDetail($id: ID!) {
  appeal(id: $id) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;

/**
 * __useAppealDetailQuery__
 *
 * To run a query within a React component, call `useAppealDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `useAppealDetailQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAppealDetailQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useAppealDetailQuery(baseOptions: Apollo.QueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables> & ({ variables: AppealDetailQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<AppealDetailQuery, AppealDetailQueryVariables>(AppealDetailDocument, options);
      }
export function useAppealDetailLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<AppealDetailQuery, AppealDetailQueryVariables>(AppealDetailDocument, options);
        }
// @ts-ignore
export function useAppealDetailSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>): Apollo.UseSuspenseQueryResult<AppealDetailQuery, AppealDetailQueryVariables>;
export function useAppealDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>): Apollo.UseSuspenseQueryResult<AppealDetailQuery | undefined, AppealDetailQueryVariables>;
export function useAppealDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealDetailQuery, AppealDetailQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<AppealDetailQuery, AppealDetailQueryVariables>(AppealDetailDocument, options);
        }
export type AppealDetailQueryHookResult = ReturnType<typeof useAppealDetailQuery>;
export type AppealDetailLazyQueryHookResult = ReturnType<typeof useAppealDetailLazyQuery>;
export type AppealDetailSuspenseQueryHookResult = ReturnType<typeof useAppealDetailSuspenseQuery>;
export type AppealDetailQueryResult = Apollo.QueryResult<AppealDetailQuery, AppealDetailQueryVariables>;
export const FilingChoicesDocument = gql`
    query FilingChoices {
  appealCategories {
    code
    name
  }
  enterprises(first: 100) {
    nodes {
      id
      name
      gridCell {
        id
        code
        name
      }
    }
  }
}
    `;

/**
 * __useFilingChoicesQuery__
 *
 * To run a query within a React component, call `useFilingChoicesQuery` and pass it any options that fit your needs.
 * When your component renders, `useFilingChoicesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useFilingChoicesQuery({
 *   variables: {
 *   },
 * });
 */
export function useFilingChoicesQuery(baseOptions?: Apollo.QueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<FilingChoicesQuery, FilingChoicesQueryVariables>(FilingChoicesDocument, options);
      }
export function useFilingChoicesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<FilingChoicesQuery, FilingChoicesQueryVariables>(FilingChoicesDocument, options);
        }
// @ts-ignore
export function useFilingChoicesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<FilingChoicesQuery, FilingChoicesQueryVariables>;
export function useFilingChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>): Apollo.UseSuspenseQueryResult<FilingChoicesQuery | undefined, FilingChoicesQueryVariables>;
export function useFilingChoicesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FilingChoicesQuery, FilingChoicesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<FilingChoicesQuery, FilingChoicesQueryVariables>(FilingChoicesDocument, options);
        }
export type FilingChoicesQueryHookResult = ReturnType<typeof useFilingChoicesQuery>;
export type FilingChoicesLazyQueryHookResult = ReturnType<typeof useFilingChoicesLazyQuery>;
export type FilingChoicesSuspenseQueryHookResult = ReturnType<typeof useFilingChoicesSuspenseQuery>;
export type FilingChoicesQueryResult = Apollo.QueryResult<FilingChoicesQuery, FilingChoicesQueryVariables>;
export const LocateGridCellDocument = gql`
    query LocateGridCell($lat: Float!, $lng: Float!) {
  locateGridCell(lat: $lat, lng: $lng) {
    id
    code
    name
  }
}
    `;

/**
 * __useLocateGridCellQuery__
 *
 * To run a query within a React component, call `useLocateGridCellQuery` and pass it any options that fit your needs.
 * When your component renders, `useLocateGridCellQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useLocateGridCellQuery({
 *   variables: {
 *      lat: // value for 'lat'
 *      lng: // value for 'lng'
 *   },
 * });
 */
export function useLocateGridCellQuery(baseOptions: Apollo.QueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables> & ({ variables: LocateGridCellQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<LocateGridCellQuery, LocateGridCellQueryVariables>(LocateGridCellDocument, options);
      }
export function useLocateGridCellLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<LocateGridCellQuery, LocateGridCellQueryVariables>(LocateGridCellDocument, options);
        }
// @ts-ignore
export function useLocateGridCellSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>): Apollo.UseSuspenseQueryResult<LocateGridCellQuery, LocateGridCellQueryVariables>;
export function useLocateGridCellSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>): Apollo.UseSuspenseQueryResult<LocateGridCellQuery | undefined, LocateGridCellQueryVariables>;
export function useLocateGridCellSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<LocateGridCellQuery, LocateGridCellQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<LocateGridCellQuery, LocateGridCellQueryVariables>(LocateGridCellDocument, options);
        }
export type LocateGridCellQueryHookResult = ReturnType<typeof useLocateGridCellQuery>;
export type LocateGridCellLazyQueryHookResult = ReturnType<typeof useLocateGridCellLazyQuery>;
export type LocateGridCellSuspenseQueryHookResult = ReturnType<typeof useLocateGridCellSuspenseQuery>;
export type LocateGridCellQueryResult = Apollo.QueryResult<LocateGridCellQuery, LocateGridCellQueryVariables>;
export const SubmitAppealDocument = gql`
    mutation SubmitAppeal($input: SubmitAppealInput!) {
  submitAppeal(input: $input) {
    id
    status
  }
}
    `;
export type SubmitAppealMutationFn = Apollo.MutationFunction<SubmitAppealMutation, SubmitAppealMutationVariables>;

/**
 * __useSubmitAppealMutation__
 *
 * To run a mutation, you first call `useSubmitAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSubmitAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [submitAppealMutation, { data, loading, error }] = useSubmitAppealMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useSubmitAppealMutation(baseOptions?: Apollo.MutationHookOptions<SubmitAppealMutation, SubmitAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<SubmitAppealMutation, SubmitAppealMutationVariables>(SubmitAppealDocument, options);
      }
export type SubmitAppealMutationHookResult = ReturnType<typeof useSubmitAppealMutation>;
export type SubmitAppealMutationResult = Apollo.MutationResult<SubmitAppealMutation>;
export type SubmitAppealMutationOptions = Apollo.BaseMutationOptions<SubmitAppealMutation, SubmitAppealMutationVariables>;
export const AcceptAppealDocument = gql`
    mutation AcceptAppeal($id: ID!, $note: String) {
  acceptAppeal(id: $id, note: $note) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type AcceptAppealMutationFn = Apollo.MutationFunction<AcceptAppealMutation, AcceptAppealMutationVariables>;

/**
 * __useAcceptAppealMutation__
 *
 * To run a mutation, you first call `useAcceptAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAcceptAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [acceptAppealMutation, { data, loading, error }] = useAcceptAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useAcceptAppealMutation(baseOptions?: Apollo.MutationHookOptions<AcceptAppealMutation, AcceptAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<AcceptAppealMutation, AcceptAppealMutationVariables>(AcceptAppealDocument, options);
      }
export type AcceptAppealMutationHookResult = ReturnType<typeof useAcceptAppealMutation>;
export type AcceptAppealMutationResult = Apollo.MutationResult<AcceptAppealMutation>;
export type AcceptAppealMutationOptions = Apollo.BaseMutationOptions<AcceptAppealMutation, AcceptAppealMutationVariables>;
export const AddProgressNoteDocument = gql`
    mutation AddProgressNote($id: ID!, $note: String!) {
  addProgressNote(id: $id, note: $note) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type AddProgressNoteMutationFn = Apollo.MutationFunction<AddProgressNoteMutation, AddProgressNoteMutationVariables>;

/**
 * __useAddProgressNoteMutation__
 *
 * To run a mutation, you first call `useAddProgressNoteMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useAddProgressNoteMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [addProgressNoteMutation, { data, loading, error }] = useAddProgressNoteMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useAddProgressNoteMutation(baseOptions?: Apollo.MutationHookOptions<AddProgressNoteMutation, AddProgressNoteMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<AddProgressNoteMutation, AddProgressNoteMutationVariables>(AddProgressNoteDocument, options);
      }
export type AddProgressNoteMutationHookResult = ReturnType<typeof useAddProgressNoteMutation>;
export type AddProgressNoteMutationResult = Apollo.MutationResult<AddProgressNoteMutation>;
export type AddProgressNoteMutationOptions = Apollo.BaseMutationOptions<AddProgressNoteMutation, AddProgressNoteMutationVariables>;
export const EvaluateAppealDocument = gql`
    mutation EvaluateAppeal($id: ID!, $rating: Int!, $comment: String) {
  evaluateAppeal(id: $id, rating: $rating, comment: $comment) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type EvaluateAppealMutationFn = Apollo.MutationFunction<EvaluateAppealMutation, EvaluateAppealMutationVariables>;

/**
 * __useEvaluateAppealMutation__
 *
 * To run a mutation, you first call `useEvaluateAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useEvaluateAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [evaluateAppealMutation, { data, loading, error }] = useEvaluateAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      rating: // value for 'rating'
 *      comment: // value for 'comment'
 *   },
 * });
 */
export function useEvaluateAppealMutation(baseOptions?: Apollo.MutationHookOptions<EvaluateAppealMutation, EvaluateAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<EvaluateAppealMutation, EvaluateAppealMutationVariables>(EvaluateAppealDocument, options);
      }
export type EvaluateAppealMutationHookResult = ReturnType<typeof useEvaluateAppealMutation>;
export type EvaluateAppealMutationResult = Apollo.MutationResult<EvaluateAppealMutation>;
export type EvaluateAppealMutationOptions = Apollo.BaseMutationOptions<EvaluateAppealMutation, EvaluateAppealMutationVariables>;
export const CloseAppealDocument = gql`
    mutation CloseAppeal($id: ID!, $note: String) {
  closeAppeal(id: $id, note: $note) {
    ...AppealDetailFields
  }
}
    ${AppealDetailFieldsFragmentDoc}`;
export type CloseAppealMutationFn = Apollo.MutationFunction<CloseAppealMutation, CloseAppealMutationVariables>;

/**
 * __useCloseAppealMutation__
 *
 * To run a mutation, you first call `useCloseAppealMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCloseAppealMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [closeAppealMutation, { data, loading, error }] = useCloseAppealMutation({
 *   variables: {
 *      id: // value for 'id'
 *      note: // value for 'note'
 *   },
 * });
 */
export function useCloseAppealMutation(baseOptions?: Apollo.MutationHookOptions<CloseAppealMutation, CloseAppealMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CloseAppealMutation, CloseAppealMutationVariables>(CloseAppealDocument, options);
      }
export type CloseAppealMutationHookResult = ReturnType<typeof useCloseAppealMutation>;
export type CloseAppealMutationResult = Apollo.MutationResult<CloseAppealMutation>;
export type CloseAppealMutationOptions = Apollo.BaseMutationOptions<CloseAppealMutation, CloseAppealMutationVariables>;
export const MyInspectionsDocument = gql`
    query MyInspections($enterpriseId: ID!, $after: String) {
  enterprise(id: $enterpriseId) {
    id
    name
    inspections(first: 20, after: $after) {
      nodes {
        id
        departmentCode
        inspectorName
        purpose
        legalBasis
        routine
        checkedInAt
        checkedOutAt
        durationSeconds
        findings
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
}
    `;

/**
 * __useMyInspectionsQuery__
 *
 * To run a query within a React component, call `useMyInspectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyInspectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyInspectionsQuery({
 *   variables: {
 *      enterpriseId: // value for 'enterpriseId'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useMyInspectionsQuery(baseOptions: Apollo.QueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables> & ({ variables: MyInspectionsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyInspectionsQuery, MyInspectionsQueryVariables>(MyInspectionsDocument, options);
      }
export function useMyInspectionsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyInspectionsQuery, MyInspectionsQueryVariables>(MyInspectionsDocument, options);
        }
// @ts-ignore
export function useMyInspectionsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>): Apollo.UseSuspenseQueryResult<MyInspectionsQuery, MyInspectionsQueryVariables>;
export function useMyInspectionsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>): Apollo.UseSuspenseQueryResult<MyInspectionsQuery | undefined, MyInspectionsQueryVariables>;
export function useMyInspectionsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyInspectionsQuery, MyInspectionsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyInspectionsQuery, MyInspectionsQueryVariables>(MyInspectionsDocument, options);
        }
export type MyInspectionsQueryHookResult = ReturnType<typeof useMyInspectionsQuery>;
export type MyInspectionsLazyQueryHookResult = ReturnType<typeof useMyInspectionsLazyQuery>;
export type MyInspectionsSuspenseQueryHookResult = ReturnType<typeof useMyInspectionsSuspenseQuery>;
export type MyInspectionsQueryResult = Apollo.QueryResult<MyInspectionsQuery, MyInspectionsQueryVariables>;
export const MyEnterpriseProjectsDocument = gql`
    query MyEnterpriseProjects($enterpriseId: ID!) {
  enterprise(id: $enterpriseId) {
    id
    name
    projects(first: 100) {
      id
      name
      departmentCodes
      createdAt
      butler {
        name
      }
      ledger {
        id
        title
        status
        raisedAt
        note
      }
    }
  }
}
    `;

/**
 * __useMyEnterpriseProjectsQuery__
 *
 * To run a query within a React component, call `useMyEnterpriseProjectsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyEnterpriseProjectsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyEnterpriseProjectsQuery({
 *   variables: {
 *      enterpriseId: // value for 'enterpriseId'
 *   },
 * });
 */
export function useMyEnterpriseProjectsQuery(baseOptions: Apollo.QueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables> & ({ variables: MyEnterpriseProjectsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>(MyEnterpriseProjectsDocument, options);
      }
export function useMyEnterpriseProjectsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>(MyEnterpriseProjectsDocument, options);
        }
// @ts-ignore
export function useMyEnterpriseProjectsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>): Apollo.UseSuspenseQueryResult<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>;
export function useMyEnterpriseProjectsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>): Apollo.UseSuspenseQueryResult<MyEnterpriseProjectsQuery | undefined, MyEnterpriseProjectsQueryVariables>;
export function useMyEnterpriseProjectsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>(MyEnterpriseProjectsDocument, options);
        }
export type MyEnterpriseProjectsQueryHookResult = ReturnType<typeof useMyEnterpriseProjectsQuery>;
export type MyEnterpriseProjectsLazyQueryHookResult = ReturnType<typeof useMyEnterpriseProjectsLazyQuery>;
export type MyEnterpriseProjectsSuspenseQueryHookResult = ReturnType<typeof useMyEnterpriseProjectsSuspenseQuery>;
export type MyEnterpriseProjectsQueryResult = Apollo.QueryResult<MyEnterpriseProjectsQuery, MyEnterpriseProjectsQueryVariables>;
export const MyGridCellsDocument = gql`
    query MyGridCells {
  gridCells(first: 100) {
    nodes {
      id
      code
      name
      kind
      boundary {
        lat
        lng
      }
    }
  }
}
    `;

/**
 * __useMyGridCellsQuery__
 *
 * To run a query within a React component, call `useMyGridCellsQuery` and pass it any options that fit your needs.
 * When your component renders, `useMyGridCellsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useMyGridCellsQuery({
 *   variables: {
 *   },
 * });
 */
export function useMyGridCellsQuery(baseOptions?: Apollo.QueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<MyGridCellsQuery, MyGridCellsQueryVariables>(MyGridCellsDocument, options);
      }
export function useMyGridCellsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<MyGridCellsQuery, MyGridCellsQueryVariables>(MyGridCellsDocument, options);
        }
// @ts-ignore
export function useMyGridCellsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>): Apollo.UseSuspenseQueryResult<MyGridCellsQuery, MyGridCellsQueryVariables>;
export function useMyGridCellsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>): Apollo.UseSuspenseQueryResult<MyGridCellsQuery | undefined, MyGridCellsQueryVariables>;
export function useMyGridCellsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<MyGridCellsQuery, MyGridCellsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<MyGridCellsQuery, MyGridCellsQueryVariables>(MyGridCellsDocument, options);
        }
export type MyGridCellsQueryHookResult = ReturnType<typeof useMyGridCellsQuery>;
export type MyGridCellsLazyQueryHookResult = ReturnType<typeof useMyGridCellsLazyQuery>;
export type MyGridCellsSuspenseQueryHookResult = ReturnType<typeof useMyGridCellsSuspenseQuery>;
export type MyGridCellsQueryResult = Apollo.QueryResult<MyGridCellsQuery, MyGridCellsQueryVariables>;
export const GridCellDetailDocument = gql`
    query GridCellDetail($id: ID!) {
  gridCell(id: $id) {
    id
    code
    name
    kind
    boundary {
      lat
      lng
    }
    region {
      id
      name
    }
    enterprises(first: 100) {
      id
      name
      creditCode
      contactName
      contactPhone
    }
    appeals(first: 100) {
      ...AppealListItem
    }
    volunteerTeams {
      id
      code
      name
    }
  }
}
    ${AppealListItemFragmentDoc}`;

/**
 * __useGridCellDetailQuery__
 *
 * To run a query within a React component, call `useGridCellDetailQuery` and pass it any options that fit your needs.
 * When your component renders, `useGridCellDetailQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useGridCellDetailQuery({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useGridCellDetailQuery(baseOptions: Apollo.QueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables> & ({ variables: GridCellDetailQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<GridCellDetailQuery, GridCellDetailQueryVariables>(GridCellDetailDocument, options);
      }
export function useGridCellDetailLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<GridCellDetailQuery, GridCellDetailQueryVariables>(GridCellDetailDocument, options);
        }
// @ts-ignore
export function useGridCellDetailSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>): Apollo.UseSuspenseQueryResult<GridCellDetailQuery, GridCellDetailQueryVariables>;
export function useGridCellDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>): Apollo.UseSuspenseQueryResult<GridCellDetailQuery | undefined, GridCellDetailQueryVariables>;
export function useGridCellDetailSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<GridCellDetailQuery, GridCellDetailQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<GridCellDetailQuery, GridCellDetailQueryVariables>(GridCellDetailDocument, options);
        }
export type GridCellDetailQueryHookResult = ReturnType<typeof useGridCellDetailQuery>;
export type GridCellDetailLazyQueryHookResult = ReturnType<typeof useGridCellDetailLazyQuery>;
export type GridCellDetailSuspenseQueryHookResult = ReturnType<typeof useGridCellDetailSuspenseQuery>;
export type GridCellDetailQueryResult = Apollo.QueryResult<GridCellDetailQuery, GridCellDetailQueryVariables>;
export const AppealCategoriesDocument = gql`
    query AppealCategories {
  appealCategories {
    code
    name
  }
}
    `;

/**
 * __useAppealCategoriesQuery__
 *
 * To run a query within a React component, call `useAppealCategoriesQuery` and pass it any options that fit your needs.
 * When your component renders, `useAppealCategoriesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useAppealCategoriesQuery({
 *   variables: {
 *   },
 * });
 */
export function useAppealCategoriesQuery(baseOptions?: Apollo.QueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<AppealCategoriesQuery, AppealCategoriesQueryVariables>(AppealCategoriesDocument, options);
      }
export function useAppealCategoriesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<AppealCategoriesQuery, AppealCategoriesQueryVariables>(AppealCategoriesDocument, options);
        }
// @ts-ignore
export function useAppealCategoriesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>): Apollo.UseSuspenseQueryResult<AppealCategoriesQuery, AppealCategoriesQueryVariables>;
export function useAppealCategoriesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>): Apollo.UseSuspenseQueryResult<AppealCategoriesQuery | undefined, AppealCategoriesQueryVariables>;
export function useAppealCategoriesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<AppealCategoriesQuery, AppealCategoriesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<AppealCategoriesQuery, AppealCategoriesQueryVariables>(AppealCategoriesDocument, options);
        }
export type AppealCategoriesQueryHookResult = ReturnType<typeof useAppealCategoriesQuery>;
export type AppealCategoriesLazyQueryHookResult = ReturnType<typeof useAppealCategoriesLazyQuery>;
export type AppealCategoriesSuspenseQueryHookResult = ReturnType<typeof useAppealCategoriesSuspenseQuery>;
export type AppealCategoriesQueryResult = Apollo.QueryResult<AppealCategoriesQuery, AppealCategoriesQueryVariables>;