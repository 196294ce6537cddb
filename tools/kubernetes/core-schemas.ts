import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';

interface Validating {
  validate(): void;
}

/**
 * The core kinds the manifests use, by `apiVersion` and kind, each a `kubernetes-models` class: its
 * `validate()` checks the object against the Kubernetes OpenAPI schema of that kind (types, required
 * fields, enums). It does not refuse unknown fields; the typed manifests cannot write one.
 */
const CORE_KINDS: Record<string, (document: never) => Validating> = {
  'v1 Namespace': (document) => new Namespace(document),
  'v1 ConfigMap': (document) => new ConfigMap(document),
  'v1 Service': (document) => new Service(document),
  'apps/v1 Deployment': (document) => new Deployment(document),
  'autoscaling/v2 HorizontalPodAutoscaler': (document) => new HorizontalPodAutoscaler(document),
  'policy/v1 PodDisruptionBudget': (document) => new PodDisruptionBudget(document),
  'networking.k8s.io/v1 Ingress': (document) => new Ingress(document),
};

/** The schema errors of a core object, or undefined when its kind is not one of CORE_KINDS. */
export function coreKindErrors(document: Record<string, unknown>): string[] | undefined {
  const construct = CORE_KINDS[`${String(document['apiVersion'])} ${String(document['kind'])}`];
  if (!construct) return undefined;
  try {
    construct(document as never).validate();
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
