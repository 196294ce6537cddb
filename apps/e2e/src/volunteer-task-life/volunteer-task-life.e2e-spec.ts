import { createKafkaClient, kafkaCredentialsEnv } from '@erqi/shared/data-access-events';
import { readTopics, recordEndOffsets } from '@erqi/shared/data-access-topic-reader';
import { DEVELOPMENT_JWKS_FILE } from '@erqi/shared/util-auth';
import { eventCatalogue, VOLUNTEER_LIFECYCLE_TOPIC } from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import {
  collectOutput,
  startNodeProcess,
  stopProcess,
  waitForHealthy,
} from '@erqi/shared/util-process';
import { enterpriseByName, volunteers, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import type { ChildProcess } from 'node:child_process';
import { systemAddresses } from '../support/system-file';

type Timeline = Array<{ actor: string; note: string }>;

const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
/** An enterprise of BGM-E03, a cell the crew covers: its JOINT appeals are spread to the crew. */
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');
const member = seedUser('VOLUNTEER');
const memberName = volunteers.find((volunteer) => volunteer.id === member.volunteerId)?.name;

/**
 * A task's whole life, through the real gateway and broker: an appeal spread to the 八卦庙 crew, its
 * member (志愿者, on the phone) accepts, starts and completes it with a note, and each step reaches the
 * appeal's timeline. Then the escalation (上报队长) of a task nobody accepts, fired once with two more
 * volunteer replicas on the same database racing to claim it.
 */
describe('a volunteer task from a dispatched appeal back onto its timeline', () => {
  const system = systemAddresses();
  const logger = createLogger('e2e');
  let supervisor: Record<string, string>;
  let volunteer: Record<string, string>;

  const gql = async <T>(
    query: string,
    variables: Record<string, unknown>,
    who: Record<string, string>,
  ): Promise<T> => {
    const { body } = await postGraphQL<T>(system.gatewayUrl, query, variables, who);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const poll = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 45_000;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const timeline = async (appealId: string): Promise<Timeline> =>
    (
      await gql<{ appeal: { timeline: Timeline } }>(
        `query($id: ID!) { appeal(id: $id) { timeline { actor note } } }`,
        { id: appealId },
        supervisor,
      )
    ).appeal.timeline.filter((entry) => entry.actor === 'BAGUAMIAO_CREW');
  const fileAppeal = async (title: string): Promise<string> =>
    (
      await gql<{ submitAppeal: { id: string } }>(
        `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
        {
          input: {
            enterpriseId: waterTown.id,
            title,
            description: '灯会期间游客集中，需要志愿者协助。', // sample
            category: 'SURROUNDINGS',
            channel: 'GRID_WORKER',
            handlingMode: 'JOINT',
          },
        },
        await authHeaderFor(seedUser('GRID_WORKER')),
      )
    ).submitAppeal.id;
  /** The crew's task for the appeal, as its member sees it on the team's list. */
  const crewTask = (appealId: string) =>
    poll('the crew’s task', async () => {
      const data = await gql<{
        volunteerTeam: {
          tasks: Array<{ id: string; escalatedAt: string | null; appeal: { id: string } }>;
        };
      }>(
        `query($team: ID!) { volunteerTeam(id: $team) { tasks(first: 100) { id escalatedAt appeal { id } } } }`,
        { team: crew?.id },
        volunteer,
      );
      return data.volunteerTeam.tasks.find((task) => task.appeal.id === appealId);
    });

  beforeAll(async () => {
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
    volunteer = await authHeaderFor(member);
  });

  it('shows the member accepting, starting and completing the task with its note, each once', async () => {
    const appealId = await fileAppeal('灯会入口人流疏导');
    const task = await crewTask(appealId);
    const step = (mutation: string, variables: Record<string, unknown> = {}) =>
      gql<Record<string, { status: string }>>(mutation, { id: task.id, ...variables }, volunteer);
    expect(
      (await step(`mutation($id: ID!) { acceptVolunteerTask(id: $id) { status } }`))[
        'acceptVolunteerTask'
      ],
    ).toEqual({ status: 'ACCEPTED' });
    await step(`mutation($id: ID!) { startVolunteerTask(id: $id) { status } }`);
    const done = await step(
      `mutation($id: ID!, $note: String!) { completeVolunteerTask(id: $id, note: $note) { status } }`,
      { note: '已在入口疏导人流，秩序正常' },
    );
    expect(done['completeVolunteerTask']).toEqual({ status: 'DONE' });

    const entries = await poll('the completed task on the timeline', async () => {
      const notes = (await timeline(appealId)).map((entry) => entry.note);
      return notes.some((note) => note.includes('(DONE)')) ? notes : undefined;
    });
    expect(entries).toEqual([
      '志愿服务: BAGUAMIAO_CREW took on the task (OPEN)',
      `志愿服务: BAGUAMIAO_CREW (${memberName}) accepted the task (ACCEPTED)`,
      `志愿服务: BAGUAMIAO_CREW (${memberName}) started the task (IN_PROGRESS)`,
      `志愿服务: BAGUAMIAO_CREW (${memberName}) finished the task (DONE): 已在入口疏导人流，秩序正常`,
    ]);
    // The enterprise sees who helped, never a phone.
    expect(entries.join('\n')).not.toMatch(/1\d{10}/);
  });

  describe('with two more volunteer replicas on the same database', () => {
    const replicas: Array<{ child: ChildProcess; output: () => string }> = [];
    const kafka = createKafkaClient({
      clientId: 'e2e-volunteer-escalation',
      logger,
      principal: 'admin',
    });
    const admin = kafka.admin();

    beforeAll(async () => {
      await admin.connect();
      for (let index = 0; index < 2; index += 1) {
        const port = await findFreePort();
        const child = startNodeProcess(
          'apps/volunteer/src/main.ts',
          {
            NODE_ENV: 'production',
            AUTH_JWKS_FILE: DEVELOPMENT_JWKS_FILE,
            PORT: String(port),
            DATABASE_URL: system.databaseUrl,
            ...kafkaCredentialsEnv('volunteer'),
            // Three seconds to accept; both replicas look five times a second, so they race for it.
            VOLUNTEER_TASK_ACCEPT_MINUTES: '0.05',
            VOLUNTEER_TASK_ESCALATION_SWEEP_SECONDS: '0.2',
          },
          { quiet: true },
        );
        replicas.push({ child, output: collectOutput(child) });
        await waitForHealthy(`http://127.0.0.1:${port}/health`, child, 90_000);
      }
    }, 200_000);

    afterAll(async () => {
      await Promise.all(replicas.map((replica) => stopProcess(replica.child)));
      await admin.disconnect();
    });

    it('escalates a task nobody accepts once: one event on volunteer.lifecycle, one timeline entry, the lead sees escalatedAt', async () => {
      const lifecycle = await readTopics(
        kafka,
        await recordEndOffsets(admin, [VOLUNTEER_LIFECYCLE_TOPIC]),
      );
      try {
        const appealId = await fileAppeal('灯会散场后路面结冰');
        const task = await crewTask(appealId);
        const escalated = (record: { headers: Record<string, string>; value: string }) =>
          record.headers['ce_type'] === eventCatalogue.volunteerTaskEscalated.type &&
          (JSON.parse(record.value) as { taskId: string }).taskId === task.id;
        await lifecycle.until(
          (records) => records.some(escalated),
          45_000,
          'the escalation on volunteer.lifecycle',
        );
        const entries = await poll('the escalation on the timeline', async () => {
          const notes = (await timeline(appealId)).map((entry) => entry.note);
          return notes.some((note) => note.includes('上报队长')) ? notes : undefined;
        });
        // Both replicas go on sweeping (every 200 ms) for a while; nothing more may come of it.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await lifecycle.caughtUp(admin, 20_000);
        expect(lifecycle.records.filter(escalated)).toHaveLength(1);
        expect((await timeline(appealId)).map((entry) => entry.note)).toEqual([
          '志愿服务: BAGUAMIAO_CREW took on the task (OPEN)',
          '志愿服务: nobody of BAGUAMIAO_CREW accepted the task within 0.05 minutes; escalated to the team lead (上报队长)',
        ]);
        expect(entries).toHaveLength(2);
        // One replica claimed it; the other found nothing to claim.
        expect(replicas.filter((replica) => replica.output().includes(task.id))).toHaveLength(1);

        const lead = await authHeaderFor(
          seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW'),
        );
        const seen = await gql<{
          volunteerTeam: { tasks: Array<{ id: string; escalatedAt: string | null }> };
        }>(
          `query($team: ID!) { volunteerTeam(id: $team) { tasks(escalated: true, first: 100) { id escalatedAt } } }`,
          { team: crew?.id },
          lead,
        );
        expect(seen.volunteerTeam.tasks.find((entry) => entry.id === task.id)?.escalatedAt).toEqual(
          expect.any(String),
        );
      } finally {
        await lifecycle.stop();
      }
    });
  });
});
