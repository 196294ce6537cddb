/** How the enterprise accounts for one material of a matter when it applies. */
export type MaterialChoice = 'SUBMIT' | 'LOOKED_UP' | 'DEFER' | 'COMMIT';

export interface MaterialRule {
  code: string;
  deferrable: boolean;
  replaceableByCommitment: boolean;
  certificateFree: boolean;
}

/** What the matter allows for one material: handing it in always; the rest as the matter's modes say. */
export function choicesFor(material: MaterialRule, modes: readonly string[]): MaterialChoice[] {
  const lenient = modes.includes('DEFERRED_MATERIALS_WITH_COMMITMENT');
  return [
    ...(modes.includes('NO_CERTIFICATE') && material.certificateFree ? ['LOOKED_UP' as const] : []),
    'SUBMIT' as const,
    ...(lenient && material.deferrable ? ['DEFER' as const] : []),
    ...(lenient && material.replaceableByCommitment ? ['COMMIT' as const] : []),
  ];
}

/** The first choice by default: 免证 when the data can be looked up, else handing it in. */
export function defaultChoices(
  materials: readonly MaterialRule[],
  modes: readonly string[],
): Record<string, MaterialChoice> {
  return Object.fromEntries(
    materials.map((material) => [material.code, choicesFor(material, modes)[0] ?? 'SUBMIT']),
  );
}

/** The application's material lists, as `applyForServiceMatter` takes them. */
export function materialLists(choices: Record<string, MaterialChoice>): {
  submittedMaterials: string[];
  deferredMaterials: string[];
  committedMaterials: string[];
} {
  const of = (choice: MaterialChoice) =>
    Object.entries(choices)
      .filter(([, chosen]) => chosen === choice)
      .map(([code]) => code);
  return {
    submittedMaterials: of('SUBMIT'),
    deferredMaterials: of('DEFER'),
    committedMaterials: of('COMMIT'),
  };
}
