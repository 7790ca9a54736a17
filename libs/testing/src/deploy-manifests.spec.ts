import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';

/*
 * deploy/docker-compose.yml and deploy/k8s/ stay in step with apps/: every deployable app has its
 * services, runs its own entry, is probed on /health at its PORT, and gets every variable its source
 * reads, and no secret is written out in them.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** The CLI and the embedded all-in-one are not services of the cluster topology. */
const NOT_SERVICES = new Set(['cli', 'saksi']);
const INFRASTRUCTURE = new Set(['postgres', 'kafka', 'redis']);
/** Read by storageConfigFromEnv in @saksi/database, which every app opens its storage with. */
const READ_BY_EVERY_APP = ['DATABASE_URL'];
const SECRET_NAME = /KEY|PASSWORD|SECRET|TOKEN/;
/** `scheme://user:password@host...`: the password part. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]+:(.+)@[^@]+$/;

type Env = Record<string, string>;
interface ComposeService {
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string };
  labels?: Record<string, string> | string[];
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}
interface Probe {
  httpGet?: { path?: string; port?: number | string };
}
interface Container {
  name: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
interface K8sObject {
  kind: string;
  metadata: { name: string };
  data?: Env;
  stringData?: Env;
  resources?: string[];
  spec?: {
    /** A Deployment's `matchLabels`, or a Service's labels themselves. */
    selector?: { matchLabels?: Env; [label: string]: unknown };
    template?: { metadata: { labels?: Env; annotations?: Env }; spec: { containers: Container[] } };
    ports?: { port: number; targetPort?: number | string }[];
  };
}

function readYaml(path: string): unknown[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((document) => {
    const errors = document.errors.map((error) => `${path}: ${error.message}`);
    if (errors.length) throw new Error(errors.join('\n'));
    return document.toJS() as unknown;
  });
}

function deployableApps(): string[] {
  return readdirSync(join(root, 'apps'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_SERVICES.has(entry.name))
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(root, 'apps', name, 'src', 'main.ts')))
    .sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(int-|e2e-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Library calls that read variables of their own from the `process.env` they are handed. */
const READ_THROUGH: Record<string, string> = {
  'pseudonymKey(process.env': 'SAKSI_PSEUDONYM_KEY',
  'personalDataKey(process.env': 'SAKSI_PERSONAL_DATA_KEY',
};

/** What `process.env['X']` (or `process.env.X`) the app's own source reads, and DATABASE_URL. */
function variablesRead(app: string): string[] {
  const names = new Set(READ_BY_EVERY_APP);
  for (const file of sourceFiles(join(root, 'apps', app, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const [call, name] of Object.entries(READ_THROUGH)) if (source.includes(call)) names.add(name);
    for (const match of source.matchAll(/process\.env(?:\[\s*['"`](\w+)['"`]\s*\]|\.(\w+))/g)) {
      names.add(match[1] ?? match[2] ?? '');
    }
  }
  return [...names].sort();
}

const apps = deployableApps();
const composeText = readFileSync(join(root, 'deploy', 'docker-compose.yml'), 'utf8');
const compose = readYaml(join(root, 'deploy', 'docker-compose.yml'))[0] as {
  services: Record<string, ComposeService>;
};
const k8sDir = join(root, 'deploy', 'k8s');
const k8sFiles = readdirSync(k8sDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const k8s = k8sFiles.flatMap((file) => readYaml(join(k8sDir, file)).filter(Boolean) as K8sObject[]);
const k8sText = k8sFiles.map((file) => readFileSync(join(k8sDir, file), 'utf8')).join('\n');

const ofKind = (kind: string) => k8s.filter((object) => object.kind === kind);
const named = (kind: string, name: string) => ofKind(kind).find((object) => object.metadata.name === name);
const workloads = () => [...ofKind('Deployment'), ...ofKind('StatefulSet')];
const containersOf = (object: K8sObject) => object.spec?.template?.spec.containers ?? [];

function composeEnv(service: ComposeService): Env {
  const environment = service.environment ?? {};
  const pairs = Array.isArray(environment)
    ? environment.map((line) => [line.split('=')[0] ?? '', line.split('=').slice(1).join('=')])
    : Object.entries(environment).map(([name, value]) => [name, value === null ? '' : String(value)]);
  return Object.fromEntries(pairs) as Env;
}

/** Every variable the container gets, with its value, or `secret:<name>/<key>` for a Secret's. */
function containerEnv(container: Container): Env {
  const env: Env = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) Object.assign(env, named('ConfigMap', source.configMapRef.name)?.data ?? {});
  }
  for (const variable of container.env ?? []) {
    const secret = variable.valueFrom?.secretKeyRef;
    const config = variable.valueFrom?.configMapKeyRef;
    if (secret) env[variable.name] = `secret:${secret.name}/${secret.key}`;
    else if (config) env[variable.name] = named('ConfigMap', config.name)?.data?.[config.key] ?? '';
    else env[variable.name] = variable.value ?? '';
  }
  return env;
}

const fromSecret = (value: string | undefined) => value?.startsWith('secret:') ?? false;
const requiredVariable = (value: string | undefined) => /^\$\{\w+:\?[^}]*\}$/.test(value ?? '');

describe('deploy manifests', () => {
  it('find the deployable apps in apps/', () => {
    expect(apps).toContain('ledger');
    expect(apps).toContain('relay');
  });

  it('name no app that does not exist in apps/', () => {
    const known = new Set(apps);
    const entries = [...`${composeText}\n${k8sText}`.matchAll(/dist\/apps\/([\w-]+)\/src\/main\.js/g)];
    const notApps = [
      ...Object.keys(compose.services).filter((name) => !INFRASTRUCTURE.has(name)),
      ...ofKind('Deployment').map((object) => object.metadata.name),
      ...ofKind('Service').map((object) => object.metadata.name),
      ...entries.map((match) => match[1] ?? ''),
    ].filter((name) => !known.has(name) && !INFRASTRUCTURE.has(name));
    expect([...new Set(notApps)].sort()).toEqual([]);
  });

  it('list every Kubernetes file in the kustomization, and only those', () => {
    const kustomization = ofKind('Kustomization')[0];
    expect([...(kustomization?.resources ?? [])].sort()).toEqual(
      k8sFiles.filter((file) => !file.startsWith('kustomization.')),
    );
  });

  it('write no secret out: secrets come from a Secret or a variable compose requires', () => {
    for (const secret of ofKind('Secret')) expect({ ...secret.data, ...secret.stringData }).toEqual({});
    for (const map of ofKind('ConfigMap')) {
      expect(Object.keys(map.data ?? {}).filter((key) => SECRET_NAME.test(key))).toEqual([]);
    }
    for (const container of workloads().flatMap(containersOf)) {
      const env = containerEnv(container);
      for (const [name, value] of Object.entries(env)) {
        if (SECRET_NAME.test(name)) expect({ [name]: fromSecret(value) }).toEqual({ [name]: true });
        const password = URL_PASSWORD.exec(value)?.[1];
        if (password !== undefined) {
          const reference = /^\$\((\w+)\)$/.exec(password)?.[1] ?? '';
          expect({ [name]: fromSecret(env[reference]) }).toEqual({ [name]: true });
        }
      }
    }
    for (const service of Object.values(compose.services)) {
      for (const [name, value] of Object.entries(composeEnv(service))) {
        if (SECRET_NAME.test(name)) expect({ [name]: requiredVariable(value) }).toEqual({ [name]: true });
        const password = URL_PASSWORD.exec(value)?.[1];
        if (password !== undefined) expect({ [name]: requiredVariable(password) }).toEqual({ [name]: true });
      }
    }
  });

  describe.each(apps)('%s', (app) => {
    const entry = `dist/apps/${app}/src/main.js`;
    const needs = variablesRead(app);

    describe('in docker-compose.yml', () => {
      const service = compose.services[app];
      const env = service ? composeEnv(service) : {};
      const port = Number(env['PORT']);

      it('is a service that runs its own entry', () => {
        expect(service).toBeDefined();
        const command = [service?.command ?? []].flat().join(' ');
        expect(command).toBe(`node ${entry}`);
      });

      it('gets every variable its source reads', () => {
        expect(needs.filter((name) => !env[name])).toEqual([]);
      });

      it('publishes, health-checks and labels for Prometheus the port it listens on', () => {
        expect(port).toBeGreaterThan(0);
        for (const published of service?.ports ?? []) {
          const target =
            typeof published === 'object' ? published.target : String(published).split(':').pop();
          expect(Number(String(target).split('/')[0])).toBe(port);
        }
        expect([service?.healthcheck?.test ?? []].flat().join(' ')).toMatch(
          new RegExp(`:${port}/health(?![\\w/])`),
        );
        const labels = composeEnv({ environment: service?.labels ?? {} });
        expect(labels['prometheus.io/scrape']).toBe('true');
        expect(labels['prometheus.io/port']).toBe(String(port));
      });

      it('waits for the health of what it connects to', () => {
        const dependsOn = service?.depends_on ?? {};
        expect(Array.isArray(dependsOn)).toBe(false);
        const conditions = dependsOn as Record<string, { condition?: string }>;
        const wanted = ['postgres'];
        if (needs.includes('KAFKA_BROKERS')) wanted.push('kafka');
        if (needs.includes('REDIS_URL')) wanted.push('redis');
        for (const dependency of wanted) {
          expect({ [dependency]: conditions[dependency]?.condition }).toEqual({
            [dependency]: 'service_healthy',
          });
        }
        for (const dependency of Object.keys(conditions)) {
          expect(compose.services[dependency]?.healthcheck).toBeDefined();
        }
      });
    });

    describe('in deploy/k8s', () => {
      const deployment = named('Deployment', app);
      const service = named('Service', app);
      const template = deployment?.spec?.template;
      const container = template?.spec.containers.find((c) => c.name === app) ?? template?.spec.containers[0];
      const env = container ? containerEnv(container) : {};
      const port = Number(env['PORT']);
      /** A probe's or Service's port, by number or by the container port's name. */
      const portNumber = (value: number | string | undefined) =>
        typeof value === 'string' ? container?.ports?.find((p) => p.name === value)?.containerPort : value;

      it('is a Deployment that runs its own entry', () => {
        expect(deployment).toBeDefined();
        expect([...(container?.command ?? []), ...(container?.args ?? [])].join(' ')).toBe(`node ${entry}`);
        expect(template?.metadata.labels).toMatchObject(deployment?.spec?.selector?.matchLabels ?? {});
      });

      it('gets every variable its source reads', () => {
        expect(needs.filter((name) => !env[name])).toEqual([]);
      });

      it('listens, is probed on /health and is scraped on the port the Service sends to', () => {
        expect(port).toBeGreaterThan(0);
        expect(container?.ports?.map((p) => p.containerPort)).toEqual([port]);
        const probes = [container?.readinessProbe, container?.livenessProbe];
        if (container?.startupProbe) probes.push(container.startupProbe);
        for (const probe of probes) {
          expect(probe?.httpGet?.path).toBe('/health');
          expect(portNumber(probe?.httpGet?.port)).toBe(port);
        }
        expect(template?.metadata.annotations?.['prometheus.io/scrape']).toBe('true');
        expect(template?.metadata.annotations?.['prometheus.io/port']).toBe(String(port));
        expect(service).toBeDefined();
        const { selector, ports } = service?.spec ?? {};
        expect(template?.metadata.labels).toMatchObject(selector ?? { missing: 'selector' });
        expect(ports?.map((p) => [p.port, portNumber(p.targetPort ?? p.port)])).toEqual([[port, port]]);
      });
    });
  });
});
