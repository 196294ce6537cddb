import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { guardArguments } from './guard-arguments';

const ID = '2b6a3c1e-9f4d-4c8e-8a51-0f3d2e1c4b5a';

function schemaThatRecords(calls: unknown[]): GraphQLSchema {
  const schema = buildSchema(`
    input Note { text: String!, tags: [String!], authorId: ID, subjectId: ID }
    input Submit { title: String!, notes: [Note!] }
    type Query { cells(regionId: ID, first: Int): [String!]! }
    type Appeal { id: ID! }
    type Mutation { submit(input: Submit!, ownerId: ID): String!, accept(id: ID!): Appeal }
  `);
  const record = (name: string) => (_source: unknown, args: unknown) => {
    calls.push(args);
    return name === 'cells' ? ['BGM-E01'] : 'ok';
  };
  schema.getQueryType()!.getFields()['cells']!.resolve = record('cells');
  schema.getMutationType()!.getFields()['submit']!.resolve = record('submit');
  schema.getMutationType()!.getFields()['accept']!.resolve = record('accept');
  guardArguments(schema, { idsThatAreNotUuids: ['Note.subjectId'] });
  return schema;
}

async function run(source: string, variables: Record<string, unknown> = {}) {
  const calls: unknown[] = [];
  const result = await graphql({
    schema: schemaThatRecords(calls),
    source,
    variableValues: variables,
  });
  const error = result.errors?.[0];
  return {
    calls,
    data: result.data,
    code: error?.extensions['code'],
    field: error?.extensions['field'],
    message: error?.message,
  };
}

const SUBMIT =
  'mutation($input: Submit!, $ownerId: ID) { submit(input: $input, ownerId: $ownerId) }';

describe('guardArguments', () => {
  it('lets good arguments through to the resolver, line breaks and tabs in free text included', async () => {
    const result = await run(SUBMIT, {
      input: {
        title: '路灯坏了',
        notes: [{ text: '第一行\n第二行\t', authorId: ID, subjectId: 'seed:butler' }],
      },
      ownerId: ID.toUpperCase(),
    });
    expect(result.data).toEqual({ submit: 'ok' });
    expect(result.calls).toHaveLength(1);
  });

  it.each([
    ['a NUL in a title', { input: { title: '路灯\u0000坏了' } }, 'title', 'U+0000'],
    [
      'an escape deep in a list of inputs',
      { input: { title: 't', notes: [{ text: 'ok' }, { text: 'x', tags: ['a', '\u001B'] }] } },
      'notes.tags',
      'U+001B',
    ],
    [
      'a NUL in an opaque id',
      { input: { title: 't', notes: [{ text: 'x', subjectId: 'a\u0000' }] } },
      'notes.subjectId',
      'U+0000',
    ],
    [
      'a non-UUID id in an input',
      { input: { title: 't', notes: [{ text: 'x', authorId: "1' OR '1'='1" }] } },
      'notes.authorId',
      'UUID',
    ],
    ['a non-UUID id argument', { input: { title: 't' }, ownerId: 'BGM-E01' }, 'ownerId', 'UUID'],
  ])(
    'refuses %s as BAD_USER_INPUT naming the field, and never calls the resolver',
    async (_what, variables, field, said) => {
      const result = await run(SUBMIT, variables);
      expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field, calls: [] });
      expect(result.message).toContain(said);
    },
  );

  it('answers NOT_FOUND for a malformed id of the object itself, as for an unknown one', async () => {
    const result = await run('mutation { accept(id: "APL-1") { id } }');
    expect(result).toMatchObject({ code: 'NOT_FOUND', field: 'id', calls: [] });
    expect(result.message).toBe('Appeal APL-1 does not exist');
  });

  it('checks literal arguments as well as variables', async () => {
    const result = await run('{ cells(regionId: "not-a-uuid", first: 3) }');
    expect(result).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionId',
      calls: [],
      data: null,
    });
    expect((await run(`{ cells(regionId: "${ID}") }`)).data).toEqual({ cells: ['BGM-E01'] });
  });
});
