import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';

/** Appeals submitted through the gateway at a steady rate, as the 12345 hotline's operators would. */
export interface AppealLoad {
  /** Put in each title (see `loadTitlePrefix`). */
  label: string;
  /** Ids of the appeals the mutation answered with: accepted, so they must reach every target. */
  accepted: string[];
  /** Submissions answered with an error or not at all: never accepted, so not counted as lost. */
  refused: number;
  /** The first few refusals, to say what the caller saw. */
  refusals: string[];
  /** Refusals by kind: `timeout`, `no answer`, or the HTTP status and error code. */
  refusalsByKind: Record<string, number>;
  /** Submissions sent so far. */
  sent(): number;
  /** Resolves when every submission has had its answer (or timed out). */
  done: Promise<void>;
}

const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`;

/**
 * SURROUNDINGS in the collective enterprise's cell: led by URBAN_MANAGEMENT, assisted by
 * HOUSING_CONSTRUCTION, spread to the ALLIANCE_YOUTH volunteer team, so one appeal has four targets:
 * two department topics, one team topic and one volunteer task.
 */
export const LOAD_TARGETS = {
  departments: ['URBAN_MANAGEMENT', 'HOUSING_CONSTRUCTION'],
  volunteerTeams: ['ALLIANCE_YOUTH'],
} as const;

/** How a load's appeals are titled: a scenario's appeals are found in the data by this prefix. */
export function loadTitlePrefix(label: string): string {
  return `故障演练 ${label} `;
}

export function startAppealLoad(options: {
  gatewayUrl: string;
  count: number;
  perSecond: number;
  /** Put in each title, to tell a scenario's appeals apart in the data. */
  label: string;
  /** @default 15000 */
  requestTimeoutMs?: number;
}): AppealLoad {
  const accepted: string[] = [];
  const refusals: string[] = [];
  const refusalsByKind: Record<string, number> = {};
  let refused = 0;
  let sent = 0;
  const refuse = (kind: string, reason: string): void => {
    refused += 1;
    refusalsByKind[kind] = (refusalsByKind[kind] ?? 0) + 1;
    if (refusals.length < 5) refusals.push(reason);
  };
  const submitOne = async (index: number, headers: Record<string, string>): Promise<void> => {
    try {
      const response = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...headers,
        },
        body: JSON.stringify({
          query: SUBMIT,
          variables: {
            input: {
              enterpriseId: collectiveEnterprise.id,
              title: `${loadTitlePrefix(options.label)}${index}`,
              description: '故障演练：路灯损坏',
              category: 'SURROUNDINGS',
              channel: 'HOTLINE',
              handlingMode: 'TRACKED',
            },
          },
        }),
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 15_000),
      });
      const body = (await response.json()) as {
        data?: { submitAppeal?: { id?: string } | null } | null;
        errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
      };
      const id = body.data?.submitAppeal?.id;
      if (id) accepted.push(id);
      else
        refuse(
          `HTTP ${response.status} ${String(body.errors?.[0]?.extensions?.code ?? 'no id')}`,
          `HTTP ${response.status}: ${body.errors?.map((error) => `${String(error.extensions?.code)} ${error.message}`).join('; ') ?? 'no id'}`,
        );
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      refuse(
        timedOut ? 'timeout' : 'no answer',
        error instanceof Error ? error.message : String(error),
      );
    }
  };
  const done = (async () => {
    // The hotline operator files for any enterprise: an ADMIN token.
    const headers = await authHeaderFor(seedUser('ADMIN'), { expiresIn: '2h' });
    const started = performance.now();
    const inFlight: Array<Promise<void>> = [];
    for (let index = 0; index < options.count; index += 1) {
      // Open loop: a slow answer does not slow the callers down, as on a real hotline.
      const wait = started + (index * 1000) / options.perSecond - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sent += 1;
      inFlight.push(submitOne(index, headers));
    }
    await Promise.all(inFlight);
  })();
  return {
    label: options.label,
    accepted,
    get refused() {
      return refused;
    },
    refusals,
    refusalsByKind,
    sent: () => sent,
    done,
  };
}
