import {
  buildSchema,
  getIntrospectionQuery,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';
import {
  costRefusal,
  DEFAULT_QUERY_LIMITS,
  IntrospectionDisabledRule,
  queryLimitRules,
  type QueryLimits,
} from './query-limits';

const schema = buildSchema(`
  type Query {
    gridCells(first: Int! = 20): GridCellConnection!
    gridCell(id: ID!): GridCell
    tags: [String!]!
  }
  type GridCellConnection { nodes: [GridCell!]! totalCount: Int! }
  type GridCell {
    code: String!
    enterprises(first: Int! = 50): [Enterprise!]!
    volunteerTeams: [VolunteerTeam!]!
  }
  type Enterprise { name: String! gridCell: GridCell! appeals(first: Int = 50): [Appeal!]! }
  type Appeal { title: String! }
  type VolunteerTeam { name: String! }
`);

function refusals(
  query: string,
  limits: Partial<QueryLimits> = {},
): Array<{ code: unknown; measured: unknown; limit: unknown; message: string }> {
  const errors = validate(schema, parse(query), [
    ...specifiedRules,
    ...queryLimitRules({ ...DEFAULT_QUERY_LIMITS, ...limits }),
  ]);
  return errors.map((error) => ({
    code: error.extensions['code'],
    measured: error.extensions['measured'],
    limit: error.extensions['limit'],
    message: error.message,
  }));
}

/** `{ gridCell(id: "x") { enterprises { gridCell { enterprises { … } } } } }`, `levels` fields deep. */
function deepQuery(levels: number): string {
  let selection = 'code';
  for (let level = 1; level < levels; level += 1)
    selection = level % 2 === 1 ? `enterprises(first: 1) { gridCell { ${selection} } }` : selection;
  return `{ gridCell(id: "x") { ${selection} } }`;
}

describe('depth limit', () => {
  it('accepts a query as deep as the limit and refuses one level more, naming both', () => {
    const atLimit =
      '{ gridCell(id: "x") { enterprises(first: 1) { gridCell { enterprises(first: 1) { gridCell { enterprises(first: 1) { gridCell { enterprises(first: 1) { gridCell { code } } } } } } } } } }';
    expect(refusals(atLimit)).toEqual([]);
    const tooDeep = atLimit.replace('{ code }', '{ enterprises(first: 1) { name } }');
    expect(refusals(tooDeep)).toEqual([
      {
        code: 'QUERY_TOO_DEEP',
        measured: 11,
        limit: 10,
        message: expect.stringContaining('11 levels deep; this API accepts at most 10'),
      },
    ]);
    expect(refusals(deepQuery(25)).map((error) => error.code)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts the depth of fragments where they are spread', () => {
    const query = `
      query { gridCell(id: "x") { ...Cell } }
      fragment Cell on GridCell { enterprises(first: 1) { gridCell { ...Inner } } }
      fragment Inner on GridCell { enterprises(first: 1) { ... on Enterprise { gridCell { code } } } }`;
    // gridCell > enterprises > gridCell > enterprises > gridCell > code
    expect(refusals(query, { maxDepth: 6 })).toEqual([]);
    expect(refusals(query, { maxDepth: 5 })).toMatchObject([
      { code: 'QUERY_TOO_DEEP', measured: 6, limit: 5 },
    ]);
  });

  it('lets GraphiQL’s introspection query through in development, though it nests 13 levels', () => {
    expect(refusals(getIntrospectionQuery())).toEqual([]);
    expect(
      refusals(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
        }),
      ),
    ).toEqual([]);
  });
});

describe('alias limit', () => {
  it('refuses an alias bomb', () => {
    const aliases = Array.from(
      { length: 31 },
      (_, index) => `c${index}: gridCell(id: "${index}") { code }`,
    ).join(' ');
    expect(refusals(`{ ${aliases} }`)).toEqual([
      {
        code: 'TOO_MANY_ALIASES',
        measured: 31,
        limit: 30,
        message: expect.stringContaining('31 aliases'),
      },
    ]);
    expect(refusals(`{ ${aliases.replace(/c30: [^}]*}/, '')} }`)).toEqual([]);
  });

  it('counts aliases in a fragment each time it is spread, and aliased __typename too', () => {
    const fragment = `fragment Five on GridCell { a: code b: code c: code d: code e: __typename }`;
    const spreads = Array.from(
      { length: 7 },
      (_, index) => `g${index}: gridCell(id: "${index}") { ...Five }`,
    ).join(' ');
    // 7 aliased gridCells + 7 × 5 aliases inside the fragment.
    expect(refusals(`{ ${spreads} } ${fragment}`)).toMatchObject([
      { code: 'TOO_MANY_ALIASES', measured: 42 },
    ]);
  });
});

describe('cost limit', () => {
  it('counts each field once per item of the pages above it', () => {
    // gridCells(first: 2) → nodes (the connection's page) → code + enterprises(first: 3) { name }
    // = 1 + 2 × (1 + 1 + (1 + 3 × 1)) = 13
    expect(
      refusals('{ gridCells(first: 2) { nodes { code enterprises(first: 3) { name } } } }', {
        maxCost: 12,
      }),
    ).toMatchObject([{ code: 'QUERY_TOO_COSTLY', measured: 13, limit: 12 }]);
    expect(
      refusals('{ gridCells(first: 2) { nodes { code enterprises(first: 3) { name } } } }', {
        maxCost: 13,
      }),
    ).toEqual([]);
  });

  it('uses the argument’s default, else the default list size, where `first` is not given', () => {
    // gridCells defaults to 20, enterprises to 50, volunteerTeams has no `first`: default list size 20.
    // 1 + 20 × (1 + (1 + 50 × 1) + (1 + 20 × 1)) = 1 + 20 × 73 = 1461
    expect(
      refusals('{ gridCells { nodes { enterprises { name } volunteerTeams { name } } } }', {
        maxCost: 1,
      }),
    ).toMatchObject([{ measured: 1461 }]);
    expect(
      refusals('{ gridCells { nodes { volunteerTeams { name } } } }', {
        maxCost: 1,
        defaultListSize: 5,
      }),
    ).toMatchObject([{ measured: 1 + 20 * (1 + 1 + 5) }]);
  });

  it('refuses costly nested lists given as literals', () => {
    const nested =
      '{ gridCells(first: 100) { nodes { enterprises(first: 100) { appeals(first: 100) { title } } } } }';
    expect(refusals(nested, { maxCost: 1_000_000 })).toEqual([
      {
        code: 'QUERY_TOO_COSTLY',
        measured: 1 + 100 * (1 + 1 + 100 * (1 + 100)),
        limit: 1_000_000,
        message:
          'The query could resolve up to 1,010,201 fields (each list counted at its `first`, or 20 items); this API accepts at most 1,000,000. Ask for smaller pages or fewer nested lists.',
      },
    ]);
  });

  it('counts `first` given as a variable at the request’s value, as the literal would (attack 2)', () => {
    const document = parse(
      'query($n: Int!, $m: Int = 1) { gridCells(first: $n) { nodes { enterprises(first: $n) { appeals(first: $m) { title } } } } }',
    );
    const [operation] = document.definitions;
    if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
    const limits = { ...DEFAULT_QUERY_LIMITS, maxCost: 1_000_000 };
    // Validation cannot know the values, so it leaves an operation with variables to the plugin.
    expect(refusals(print(document), limits)).toEqual([]);
    const refusal = costRefusal(schema, document, operation, { n: 100, m: 100 }, limits);
    expect(refusal?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      measured: 1 + 100 * (1 + 1 + 100 * (1 + 100)),
    });
    // `$m` left out counts as its default (1): 1 + 100 × (1 + 1 + 100 × (1 + 1)) = 20,201.
    expect(costRefusal(schema, document, operation, { n: 100 }, limits)).toBeUndefined();
    expect(
      costRefusal(schema, document, operation, { n: 100 }, { ...limits, maxCost: 1 })?.extensions,
    ).toMatchObject({ measured: 20_201 });
  });

  it('lets the README’s cross-subgraph overview through at the default limit', () => {
    const overview =
      '{ gridCells { nodes { code enterprises { name appeals { title } } volunteerTeams { name } } } }';
    // 1 + 20 × (1 + 1 + (1 + 50 × (1 + 1 + 50)) + (1 + 20)) = 52,481
    expect(refusals(overview, { maxCost: 1 })).toMatchObject([{ measured: 52_481 }]);
    expect(refusals(overview)).toEqual([]);
  });

  it('measures fragments where they are spread', () => {
    const query = `{ gridCells(first: 10) { nodes { ...Cell } } } fragment Cell on GridCell { code enterprises(first: 10) { ...Firm } } fragment Firm on Enterprise { name }`;
    expect(refusals(query, { maxCost: 1 })).toMatchObject([
      { measured: 1 + 10 * (1 + 1 + (1 + 10 * 1)) },
    ]);
  });

  it('does not loop on a fragment cycle, leaving it to the specified rule', () => {
    const errors = validate(
      schema,
      parse(
        '{ gridCell(id: "x") { ...A } } fragment A on GridCell { enterprises { gridCell { ...A } } }',
      ),
      [...specifiedRules, ...queryLimitRules()],
    );
    expect(errors.map((error) => error.message)).toEqual([
      'Cannot spread fragment "A" within itself via "A".'.replace(' via "A"', ''),
    ]);
  });
});

describe('introspection in production', () => {
  it('refuses __schema and __type with INTROSPECTION_DISABLED and keeps __typename', () => {
    const errors = validate(schema, parse(getIntrospectionQuery()), [IntrospectionDisabledRule]);
    expect(errors.map((error) => error.extensions['code'])).toEqual(['INTROSPECTION_DISABLED']);
    expect(errors[0]?.message).toContain('turned off in production');
    expect(
      validate(schema, parse('{ __type(name: "GridCell") { name } }'), [IntrospectionDisabledRule]),
    ).toHaveLength(1);
    expect(
      validate(schema, parse('{ __typename gridCell(id: "x") { __typename } }'), [
        IntrospectionDisabledRule,
      ]),
    ).toEqual([]);
  });
});
