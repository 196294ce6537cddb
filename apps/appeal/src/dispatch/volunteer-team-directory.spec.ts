import { failureOf, fakeSubgraph, json } from '../../test/fake-subgraph';
import { DEFAULT_VOLUNTEER_SUBGRAPH_URL, HttpVolunteerTeamDirectory } from './volunteer-team-directory';

describe('HttpVolunteerTeamDirectory', () => {
  const cell = '6f1c2a9e-0000-5000-8000-000000000003';
  const crew = { id: '6f1c2a9e-0000-5000-8000-000000000004', code: 'BAGUAMIAO_CREW' };

  it('asks the volunteer subgraph for the teams it adds to the cell', async () => {
    const fake = await fakeSubgraph((_body, response) => json(response, 200, { data: { _entities: [{ volunteerTeams: [crew] }] } }));
    try {
      expect(await new HttpVolunteerTeamDirectory({ url: fake.url }).teamsCovering(cell)).toEqual([crew]);
      expect(fake.seen[0]?.variables).toEqual({ r: [{ __typename: 'GridCell', id: cell }] });
      expect(fake.seen[0]?.query).toContain('... on GridCell { volunteerTeams { id code } }');
    } finally {
      await fake.close();
    }
  });

  it('answers no teams for a cell no team covers, or that the subgraph does not know', async () => {
    const answers = [{ data: { _entities: [{ volunteerTeams: [] }] } }, { data: { _entities: [null] } }];
    const fake = await fakeSubgraph((_body, response) => json(response, 200, answers.shift()));
    try {
      const directory = new HttpVolunteerTeamDirectory({ url: fake.url });
      expect(await directory.teamsCovering(cell)).toEqual([]);
      expect(await directory.teamsCovering(cell)).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE, tagged volunteer, when the subgraph fails', async () => {
    const fake = await fakeSubgraph((_body, response) => json(response, 500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    try {
      const error = await failureOf(new HttpVolunteerTeamDirectory({ url: fake.url }).teamsCovering(cell));
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'volunteer' });
    } finally {
      await fake.close();
    }
  });

  it('reads its address from VOLUNTEER_SUBGRAPH_URL, else the contract port', () => {
    const saved = process.env['VOLUNTEER_SUBGRAPH_URL'];
    try {
      delete process.env['VOLUNTEER_SUBGRAPH_URL'];
      expect(new HttpVolunteerTeamDirectory().url).toBe(DEFAULT_VOLUNTEER_SUBGRAPH_URL);
      process.env['VOLUNTEER_SUBGRAPH_URL'] = 'http://volunteer:4004/graphql';
      expect(new HttpVolunteerTeamDirectory().url).toBe('http://volunteer:4004/graphql');
    } finally {
      if (saved === undefined) delete process.env['VOLUNTEER_SUBGRAPH_URL'];
      else process.env['VOLUNTEER_SUBGRAPH_URL'] = saved;
    }
  });
});
