import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SERVICE_NAMES, kafkaTopicSpecs } from '@collections/contracts';
import { WORKSPACE_ROOT } from '../model/config-schema';
import { OBJECT_STORE_VARIABLES, usesObjectStore } from '../model/object-store';
import { platformModel, serviceModel, type PlatformModel } from '../model/platform-model';
import { REMITTANCE_DEADLINE_METRIC } from './alert-rules';
import { generateFiles, staleFiles } from './generate';

describe('generated deployment files', () => {
  const model = platformModel();

  it('are what the service list, topic registry and config classes give now (run npm run deploy:generate)', () => {
    expect(staleFiles(generateFiles(model))).toEqual([]);
  });

  it('cover every service of SERVICE_NAMES with manifests and a runbook, and every service folder is in the list', () => {
    const files = generateFiles(model);
    for (const service of SERVICE_NAMES) {
      expect(files.has(`deploy/k8s/base/services/${service}.yaml`)).toBe(true);
      expect(files.has(`deploy/runbooks/${service}.md`)).toBe(true);
    }
    const folders = readdirSync(join(WORKSPACE_ROOT, 'services')).filter((name) => existsSync(join(WORKSPACE_ROOT, 'services', name, 'project.json')));
    expect([...folders].sort()).toEqual([...SERVICE_NAMES].sort());
    const compose = files.get('docker-compose.yml')!;
    for (const service of SERVICE_NAMES) expect(compose).toContain(`SERVICE: ${service}`);
  });

  it('go stale when a topic is removed from the registry without regenerating', () => {
    const [removed] = model.topics.filter((topic) => topic.consumers.length > 0);
    const without: PlatformModel = {
      ...model,
      topics: model.topics.filter((topic) => topic !== removed),
      topicSpecs: model.topicSpecs.filter((spec) => !spec.name.startsWith(removed!.name)),
      localTopicSpecs: model.localTopicSpecs.filter((spec) => !spec.name.startsWith(removed!.name)),
    };
    expect(staleFiles(generateFiles(without))).toEqual(expect.arrayContaining(['deploy/k8s/base/kafka/topics.yaml', 'docker-compose.yml']));
  });

  it('go stale when a service is added without regenerating', () => {
    // A copy of payments under a new name stands for a service made by `npm run new-service`.
    const added = { ...serviceModel('payments'), name: 'ledger-audit' as never, database: 'collections_ledger_audit' };
    const stale = staleFiles(generateFiles({ ...model, services: [...model.services, added] }));
    expect(stale).toEqual(expect.arrayContaining(['deploy/k8s/base/services/ledger-audit.yaml', 'deploy/runbooks/ledger-audit.md', 'deploy/k8s/base/kafka/users.yaml', 'docker-compose.yml']));
  });

  it('create every topic the registry derives (retry and dead-letter topics included), with its partitions', () => {
    const topics = readFileSync(join(WORKSPACE_ROOT, 'deploy/k8s/base/kafka/topics.yaml'), 'utf8');
    for (const spec of kafkaTopicSpecs()) expect(topics).toContain(`topicName: ${spec.name}\n  partitions: ${spec.partitions}\n`);
  });

  it('alert on the remittance deadline gauge under the name payments exports', () => {
    const exporter = readFileSync(join(WORKSPACE_ROOT, 'services/payments/src/adapters/metrics/remittance-deadline.metric.ts'), 'utf8');
    expect(exporter).toContain(`'${REMITTANCE_DEADLINE_METRIC}'`);
    expect(readFileSync(join(WORKSPACE_ROOT, 'deploy/monitoring/prometheus/alerts.yml'), 'utf8')).toContain(REMITTANCE_DEADLINE_METRIC);
  });

  it('deploy a service with the object store once its code imports the library, and not for an import in its tests', () => {
    const root = mkdtempSync(join(tmpdir(), 'object-store-users-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    try {
      write('services/ledger-audit/src/ledger.module.ts', "import { Module } from '@nestjs/common';\n");
      write('services/ledger-audit/src/ledger.module.spec.ts', "import { FilesystemObjectStore } from '@collections/object-store';\n");
      write('services/ledger-audit/test/support/app.ts', "import { ObjectStoreModule } from '@collections/object-store';\n");
      expect(usesObjectStore('ledger-audit', root)).toBe(false);
      write('services/ledger-audit/src/adapters/archive.ts', "import {\n  ObjectStore,\n} from '@collections/object-store';\n");
      expect(usesObjectStore('ledger-audit', root)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const added = { ...serviceModel('dunning'), name: 'ledger-audit' as never, database: 'collections_ledger_audit', objectStore: true };
    const files = generateFiles({ ...model, services: [...model.services, added] });
    expect(files.get('deploy/k8s/base/services/ledger-audit.yaml')).toContain('OBJECT_STORE: s3');
    expect(files.get('deploy/k8s/overlays/dev/kustomization.yaml')).toContain('name: ledger-audit-config');
  });

  it('document the object store\'s variables in the runbook of each service that uses it', () => {
    for (const service of model.services) {
      const runbook = readFileSync(join(WORKSPACE_ROOT, `deploy/runbooks/${service.name}.md`), 'utf8');
      expect(runbook.includes('## Object store')).toBe(service.objectStore);
      if (service.objectStore) for (const variable of OBJECT_STORE_VARIABLES) expect(runbook).toContain(`| \`${variable.name}\` |`);
    }
  });

  it('document every variable of each config class in the runbook', () => {
    for (const service of model.services) {
      const runbook = readFileSync(join(WORKSPACE_ROOT, `deploy/runbooks/${service.name}.md`), 'utf8');
      for (const variable of service.config) expect(runbook).toContain(`| \`${variable.name}\` |`);
    }
  });
});
