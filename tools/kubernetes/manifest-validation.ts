import { coreKindErrors } from './core-schemas';
import { describeErrors, loadCrdValidators } from './crd-schemas';

export interface ManifestCheck {
  /** Which schema judged it: Kubernetes' own (kubernetes-models) or an operator's CRD. */
  schema: 'core' | 'crd' | 'none';
  errors: string[];
}

/** A function that checks one manifest document against the schema of its kind; none is an error. */
export function createManifestValidator(): (document: Record<string, unknown>) => ManifestCheck {
  const crds = loadCrdValidators();
  return (document) => {
    const core = coreKindErrors(document);
    if (core) return { schema: 'core', errors: core };
    const kind = `${String(document['apiVersion'])} ${String(document['kind'])}`;
    const validate = crds.get(kind);
    if (!validate) return { schema: 'none', errors: [`no schema for ${kind}`] };
    return validate(document)
      ? { schema: 'crd', errors: [] }
      : { schema: 'crd', errors: describeErrors(validate.errors) };
  };
}
