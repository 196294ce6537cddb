import { BadUserInput } from '@erqi/shared/util-errors';
import { ServiceChannel, ServiceMode } from './service-matter.enums';
import type { ServiceMatterInput } from './service-matter.input';

/**
 * A matter's modes must be true of it, or the 2024 targets would count matters that cannot be done
 * that way: 免证办 needs a material that is looked up, 容缺+承诺 one that may be deferred or
 * promised, 跨省通办 both online and at a window. Input errors name the field; nothing is written.
 */
export function checkMatterInput(input: ServiceMatterInput): void {
  if (input.promisedDays > input.legalDays)
    throw new BadUserInput(
      'promisedDays',
      `promisedDays (${input.promisedDays}) must not exceed the legal time limit legalDays (${input.legalDays})`,
    );
  const codes = input.materials.map((material) => material.code);
  const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
  if (repeated)
    throw new BadUserInput(
      'materials',
      `materials must not repeat a code; ${repeated} appears twice`,
    );
  const modes = new Set(input.modes);
  if (modes.has(ServiceMode.NO_CERTIFICATE) && !input.materials.some((m) => m.certificateFree))
    throw new BadUserInput(
      'modes',
      'NO_CERTIFICATE (免证办) needs at least one material marked certificateFree (looked up, not asked for)',
    );
  if (
    modes.has(ServiceMode.DEFERRED_MATERIALS_WITH_COMMITMENT) &&
    !input.materials.some((m) => m.deferrable || m.replaceableByCommitment)
  )
    throw new BadUserInput(
      'modes',
      'DEFERRED_MATERIALS_WITH_COMMITMENT (容缺受理+告知承诺) needs a material that is deferrable or replaceableByCommitment',
    );
  if (
    modes.has(ServiceMode.CROSS_PROVINCE) &&
    !(
      input.channels.includes(ServiceChannel.ONLINE) &&
      input.channels.includes(ServiceChannel.WINDOW)
    )
  )
    throw new BadUserInput(
      'channels',
      'CROSS_PROVINCE (跨省通办) runs online and offline alike: channels must include ONLINE and WINDOW',
    );
}
