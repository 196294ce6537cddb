/**
 * An operator's resource as the manifests write it. Its shape is checked against the operator's own
 * CRD schema (deploy/kubernetes/crds), not by a type here: the vendored schema is the contract.
 */
export interface CustomResource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  spec: Record<string, unknown>;
}
