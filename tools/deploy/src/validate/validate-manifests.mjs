// @ts-check
/**
 * Validates Kubernetes objects (YAML documents on stdin) against the schema of their apiVersion and
 * kind, and prints `{ count, problems }` as JSON: Kubernetes' own schemas, and those of the Strimzi,
 * KEDA and Prometheus Operator CRDs, as the kubernetes-models packages compile them to ajv code.
 * Plain ESM JavaScript run with `node` because those packages ship ES modules only (no "require"
 * export condition), which neither jest nor the swc-node require hook can load.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import * as core from 'kubernetes-models/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as batch from 'kubernetes-models/batch/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as strimzi from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1';
import * as keda from '@kubernetes-models/keda/keda.sh/v1alpha1';
import * as monitoring from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';

/** @type {Record<string, Record<string, unknown>>} apiVersion → that group-version's kinds. */
const MODELS = {
  v1: core,
  'apps/v1': apps,
  'batch/v1': batch,
  'policy/v1': policy,
  'autoscaling/v2': autoscaling,
  'networking.k8s.io/v1': networking,
  'kafka.strimzi.io/v1': strimzi,
  'keda.sh/v1alpha1': keda,
  'monitoring.coreos.com/v1': monitoring,
};

/** @param {{ apiVersion?: string, kind?: string, metadata?: { name?: string } }} object */
function validate(object) {
  const resource = `${object.apiVersion}/${object.kind} ${object.metadata?.name ?? '(unnamed)'}`;
  const Model = /** @type {(new (data: unknown) => { validate(): void }) | undefined} */ (MODELS[object.apiVersion ?? '']?.[object.kind ?? '']);
  // A kind without a known schema is a problem too: nothing slips through unvalidated.
  if (typeof Model !== 'function') return [{ resource, message: 'no schema known for this apiVersion and kind' }];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [{ resource, message: /** @type {Error} */ (error).message }];
  }
}

/**
 * kustomize wraps generated Secret data at 70 columns; the API server's base64 decoder (Go's)
 * ignores line breaks, the schema's "byte" format does not: compare what the server would decode.
 * @param {any} object
 */
function unwrapBase64(object) {
  if (object.kind !== 'Secret' || !object.data) return object;
  return { ...object, data: Object.fromEntries(Object.entries(object.data).map(([key, value]) => [key, String(value).replace(/\n/g, '')])) };
}

const objects = parseAllDocuments(readFileSync(0, 'utf8'))
  .map((document) => document.toJS())
  .filter((object) => object !== null)
  .map(unwrapBase64);
process.stdout.write(`${JSON.stringify({ count: objects.length, problems: objects.flatMap(validate) })}\n`);
