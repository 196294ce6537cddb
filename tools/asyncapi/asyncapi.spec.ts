import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { ASYNCAPI_FILE, renderAsyncApi } from './asyncapi';

// Department systems build on docs/asyncapi.json: it must be valid AsyncAPI 3 and match the catalogue.
describe('docs/asyncapi.json', () => {
  const committed = readFileSync(ASYNCAPI_FILE, 'utf8');

  it('is what the event catalogue generates (else run `npm run asyncapi`)', () => {
    expect(committed).toBe(renderAsyncApi());
  });

  it('is a valid AsyncAPI 3 document with the contract’s channels and event types', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    const errors = diagnostics
      .filter((diagnostic) => diagnostic.severity === 0)
      .map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    const addresses = document
      ?.channels()
      .all()
      .map((channel) => channel.address());
    expect(addresses).toEqual(
      expect.arrayContaining([
        'appeal.lifecycle',
        'dispatch.department.{departmentCode}',
        'dispatch.volunteer-team.{teamCode}',
        'acknowledgement.department.{departmentCode}',
        'grid.departments',
        'grid.grid-cells',
        'enterprise.registry',
        'volunteer.team-coverage',
      ]),
    );
    const types = document
      ?.messages()
      .all()
      .map((message) => message.name());
    expect(types).toEqual(
      expect.arrayContaining([
        'cn.erqi.appeal.submitted',
        'cn.erqi.appeal.dispatched',
        'cn.erqi.appeal.acknowledged',
        'cn.erqi.department.reported-in',
        'cn.erqi.volunteer.task-status-changed',
      ]),
    );
    // A department's report is the one thing the platform receives rather than sends.
    const received = document
      ?.operations()
      .all()
      .filter((operation) => operation.action() === 'receive')
      .map((operation) => operation.channels().all()[0]?.address());
    expect(received).toEqual(['acknowledgement.department.{departmentCode}']);
  });
});
