import { BadUserInput } from '@erqi/shared/util-errors';
import { ServiceMode } from '../service-matter/service-matter.enums';
import type { ServiceMatter } from '../service-matter/service-matter.entity';
import type { ApplyForServiceMatterInput } from './service-application.input';

/** How each required material of an application is accounted for. */
export interface MaterialAccount {
  submitted: string[];
  lookedUp: string[];
  deferred: string[];
  committed: string[];
}

/**
 * Every material the matter requires is handed in, looked up (免证办), deferred (容缺) or replaced by
 * the commitment (告知承诺), as the matter allows; otherwise BAD_USER_INPUT naming the field at fault.
 */
export function accountForMaterials(
  matter: ServiceMatter,
  input: ApplyForServiceMatterInput,
): MaterialAccount {
  const byCode = new Map(matter.materials.map((material) => [material.code, material]));
  const named = (field: string, codes: string[]): void => {
    const unknown = codes.filter((code) => !byCode.has(code));
    if (unknown.length > 0)
      throw new BadUserInput(
        field,
        `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a material of ${matter.code}; its materials are ${[...byCode.keys()].join(', ')}`,
      );
  };
  const committed = input.commitment?.materials ?? [];
  const deferred = input.deferredMaterials ?? [];
  named('submittedMaterials', input.submittedMaterials);
  named('deferredMaterials', deferred);
  named('commitment.materials', committed);
  const lenient = matter.modes.includes(ServiceMode.DEFERRED_MATERIALS_WITH_COMMITMENT);
  for (const code of deferred) {
    if (!lenient || !byCode.get(code)?.deferrable)
      throw new BadUserInput(
        'deferredMaterials',
        `${code} may not be deferred (容缺) for ${matter.code}: hand it in`,
      );
    if (input.submittedMaterials.includes(code))
      throw new BadUserInput(
        'deferredMaterials',
        `${code} is handed in; it cannot be deferred too`,
      );
  }
  for (const code of committed) {
    if (!lenient || !byCode.get(code)?.replaceableByCommitment)
      throw new BadUserInput(
        'commitment.materials',
        `${code} may not be replaced by a commitment (告知承诺) for ${matter.code}`,
      );
    if (input.submittedMaterials.includes(code) || deferred.includes(code))
      throw new BadUserInput(
        'commitment.materials',
        `${code} is handed in or deferred already; a commitment replaces a material not given`,
      );
  }
  const given = new Set([...input.submittedMaterials, ...deferred, ...committed]);
  const lookedUp = matter.modes.includes(ServiceMode.NO_CERTIFICATE)
    ? matter.materials.filter((m) => m.certificateFree && !given.has(m.code)).map((m) => m.code)
    : [];
  const missing = matter.materials.filter((m) => !given.has(m.code) && !lookedUp.includes(m.code));
  if (missing.length > 0)
    throw new BadUserInput(
      'submittedMaterials',
      `required materials missing: ${missing.map((m) => `${m.code} ${m.name}`).join(', ')}; hand them in${lenient ? ', or defer (容缺) or commit (告知承诺) those the matter allows' : ''}`,
    );
  return {
    submitted: [...input.submittedMaterials],
    lookedUp,
    deferred: [...deferred],
    committed: [...committed],
  };
}
