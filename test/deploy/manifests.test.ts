/**
 * The deployment files an operator relies on (issue 18, decision 0069), checked against the code rather than
 * against constants of their own: the subgraph registry (names and ports), the secrets the processes refuse
 * to start without, the ports the gateway and storefront listen on by default, the workspaces and tsx's
 * dependencies. Fast and offline; `kubectl kustomize` builds the overlays when kubectl is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SUBGRAPHS } from '../../gateway/src/subgraphs';
import { SECRET_NAMES } from '../../subgraphs/protocol/src/config';
import { shutdownGraceMs } from '../../subgraphs/protocol/src/shutdown';
import { BACKEND_SECRET_KEYS, K8S_SECRET, METRICS_PORT, generatedFiles } from '../../deploy/generate';

const ROOT = path.resolve(__dirname, '../..');
const DEPLOY = path.join(ROOT, 'deploy');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const parseAll = (text: string) => parseAllDocuments(text).map((d) => d.toJS()).filter(Boolean) as any[];

/** The port a process listens on when PORT is not set, read from its entry point. */
function defaultPortIn(file: string, pattern: RegExp): number {
  const m = read(file).match(pattern);
  if (!m) throw new Error(`no default port found in ${file}`);
  return Number(m[1]);
}
const GATEWAY_DEFAULT_PORT = defaultPortIn('gateway/src/main.ts', /process\.env\.PORT \?\? (\d+)/);
const STOREFRONT_DEFAULT_PORT = defaultPortIn('storefront/server.js', /process\.env\.PORT \?\? (\d+)/);
/** What each service listens on: a subgraph on its registry port, the gateway and storefront on their defaults. */
const EXPECTED_PORTS: Record<string, number> = {
  ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.defaultPort])),
  gateway: GATEWAY_DEFAULT_PORT,
  storefront: STOREFRONT_DEFAULT_PORT,
};
/** A subgraph binds 127.0.0.1 unless HOST says otherwise (kit runSubgraphProcess): unreachable in a container. */
const SUBGRAPH_DEFAULT_HOST = read('subgraphs/kit/src/server.ts').match(/host: process\.env\.HOST \?\? '([^']+)'/)?.[1];
const URL_VARS = SUBGRAPHS.map((s) => `${s.name.toUpperCase()}_URL`);
/** What a gateway or subgraph needs at start in production: the secrets (config.ts), the database and Redis, where the subgraphs are. */
const BACKEND_REQUIRED = [...SECRET_NAMES, 'DATABASE_URL', 'REDIS_URL', 'PORT', ...URL_VARS];

describe('Kubernetes manifests (deploy/k8s)', () => {
  const baseDir = path.join(DEPLOY, 'k8s/base');
  const kustomization = parseAll(readFileSync(path.join(baseDir, 'kustomization.yaml'), 'utf8'))[0];
  const objects = (kustomization.resources as string[]).flatMap((f) => parseAll(readFileSync(path.join(baseDir, f), 'utf8')));
  const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const deployments = ofKind('Deployment');
  const configMap = ofKind('ConfigMap')[0];
  const component = (o: any) => o.metadata.labels['app.kubernetes.io/component'];

  it('are what deploy/generate.ts writes from the code (run `npx tsx deploy/generate.ts`)', () => {
    for (const [file, text] of Object.entries(generatedFiles())) expect([file, readFileSync(path.join(DEPLOY, file), 'utf8')]).toEqual([file, text]);
    const generatedBase = Object.keys(generatedFiles()).filter((f) => f.startsWith('k8s/base/')).map((f) => f.slice('k8s/base/'.length));
    expect(readdirSync(baseDir).sort()).toEqual(generatedBase.sort());
  });

  it('are valid objects of stable API versions (what a schema validator such as kubeconform would reject)', () => {
    const API: Record<string, string> = {
      ConfigMap: 'v1', Service: 'v1', Deployment: 'apps/v1', Job: 'batch/v1', HorizontalPodAutoscaler: 'autoscaling/v2', PodDisruptionBudget: 'policy/v1',
    };
    const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
    const quantity = /^\d+(\.\d+)?(m|Ki|Mi|Gi)?$/;
    for (const o of objects) {
      expect([o.kind, o.apiVersion]).toEqual([o.kind, API[o.kind]]);
      expect(o.metadata.name).toMatch(dns1123);
      expect(o.metadata.name.length).toBeLessThanOrEqual(63);
      const pod = o.spec?.template?.spec;
      if (!pod) continue;
      // A Deployment's selector must match its pod template's labels, or the API server refuses it.
      if (o.kind === 'Deployment') for (const [k, v] of Object.entries(o.spec.selector.matchLabels)) expect(o.spec.template.metadata.labels[k]).toBe(v);
      if (o.kind === 'Job') expect(['Never', 'OnFailure']).toContain(pod.restartPolicy);
      for (const c of pod.containers) {
        expect(c.name).toMatch(dns1123);
        for (const kind of ['requests', 'limits']) for (const q of Object.values(c.resources[kind])) expect(String(q)).toMatch(quantity);
        for (const e of c.env) expect(Object.keys(e).sort()).toEqual(['name', 'value' in e ? 'value' : 'valueFrom'].sort());
        for (const p of [c.livenessProbe, c.readinessProbe, c.startupProbe].filter(Boolean)) expect(c.ports.map((x: any) => x.name)).toContain(p.httpGet.port);
      }
    }
    // Every Service selects pods of a Deployment; every autoscaler and budget points at one.
    const podLabels = deployments.map((d) => d.spec.template.metadata.labels);
    for (const svc of ofKind('Service')) expect(podLabels.some((l) => Object.entries(svc.spec.selector).every(([k, v]) => l[k] === v))).toBe(true);
    for (const h of ofKind('HorizontalPodAutoscaler')) expect(deployments.map((d) => d.metadata.name)).toContain(h.spec.scaleTargetRef.name);
  });

  it('lists every file of the base in its kustomization, and every overlay builds on the base', () => {
    expect([...kustomization.resources].sort()).toEqual(readdirSync(baseDir).filter((f) => f !== 'kustomization.yaml').sort());
    const overlays = readdirSync(path.join(DEPLOY, 'k8s/overlays')).sort();
    expect(overlays).toEqual(['beta', 'stable']);
    for (const channel of overlays) {
      const k = parseAll(readFileSync(path.join(DEPLOY, 'k8s/overlays', channel, 'kustomization.yaml'), 'utf8'))[0];
      expect(k.resources).toEqual(['../../base']);
      // Every image the base names is given a registry and the channel's tag.
      const named = new Set(objects.flatMap((o) => (o.spec?.template?.spec?.containers ?? []).map((c: any) => c.image)));
      expect(k.images.map((i: any) => i.name).sort()).toEqual([...named].sort());
      for (const i of k.images) expect(i.newTag).toBe(channel);
    }
  });

  it('runs the gateway, every subgraph of the gateway\'s list and the storefront, each with a Service, a disruption budget and (but the storefront) an autoscaler', () => {
    expect(deployments.map(component).sort()).toEqual([...SUBGRAPHS.map((s) => s.name), 'gateway', 'storefront'].sort());
    for (const d of deployments) {
      const c = component(d);
      const selects = (o: any) => JSON.stringify(o.spec.selector.matchLabels ?? o.spec.selector) === JSON.stringify(d.spec.selector.matchLabels);
      const service = ofKind('Service').find(selects);
      expect(service?.spec.ports).toEqual([{ name: 'http', port: EXPECTED_PORTS[c], targetPort: 'http' }]);
      expect(ofKind('PodDisruptionBudget').some(selects)).toBe(true);
      const hpa = ofKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === d.metadata.name);
      if (c === 'storefront') expect(hpa).toBeUndefined();
      else {
        expect(hpa?.spec.minReplicas).toBeGreaterThanOrEqual(2);
        // An autoscaled Deployment names no replica count (an apply would reset the autoscaler's).
        expect(d.spec.replicas).toBeUndefined();
      }
    }
  });

  it('probes /healthz (liveness) and /readyz (readiness) on the port each process really listens on', () => {
    for (const d of deployments) {
      const [container] = d.spec.template.spec.containers;
      const env = Object.fromEntries(container.env.filter((e: any) => 'value' in e).map((e: any) => [e.name, e.value]));
      const port = EXPECTED_PORTS[component(d)];
      expect([component(d), Number(env.PORT)]).toEqual([component(d), port]);
      // Backend processes also serve Prometheus metrics on their own port, announced to scrapers (decision 0070).
      const metrics = component(d) === 'storefront' ? [] : [{ name: 'metrics', containerPort: METRICS_PORT }];
      expect(container.ports).toEqual([{ name: 'http', containerPort: port }, ...metrics]);
      if (metrics.length) {
        expect([component(d), Number(env.METRICS_PORT), env.METRICS_HOST]).toEqual([component(d), METRICS_PORT, '0.0.0.0']);
        expect(d.spec.template.metadata.annotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(METRICS_PORT), 'prometheus.io/path': '/metrics' });
      }
      expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container.startupProbe.httpGet.path).toBe('/healthz');
    }
  });

  it('gives every pod longer to stop than its preStop sleep and its drain take (decision 0073)', () => {
    for (const d of deployments) {
      const [container] = d.spec.template.spec.containers;
      const sleep = Number(container.lifecycle.preStop.exec.command[1]);
      expect([component(d), container.lifecycle.preStop.exec.command[0], sleep > 0]).toEqual([component(d), 'sleep', true]);
      if (component(d) === 'storefront') continue;
      // The process's own grace is read from SHUTDOWN_GRACE_MS (protocol's shutdownGraceMs); the kill must come after it.
      const env = Object.fromEntries(container.env.filter((e: any) => 'value' in e).map((e: any) => [e.name, e.value]));
      const graceSeconds = shutdownGraceMs({ SHUTDOWN_GRACE_MS: env.SHUTDOWN_GRACE_MS }) / 1000;
      expect(d.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(sleep + graceSeconds + 10);
    }
  });

  it('keeps the metrics port out of every Service: only the pod network reaches it (decision 0070)', () => {
    for (const svc of ofKind('Service')) for (const p of svc.spec.ports) expect([svc.metadata.name, p.targetPort]).toEqual([svc.metadata.name, 'http']);
  });

  it('gives every container resources, a non-root user and a read-only root filesystem with /tmp writable', () => {
    const pods = [...deployments, ...ofKind('Job')].map((o) => o.spec.template.spec);
    expect(pods).toHaveLength(SUBGRAPHS.length + 3);
    for (const pod of pods) {
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      for (const c of pod.containers) {
        for (const kind of ['requests', 'limits']) expect(Object.keys(c.resources[kind]).sort()).toEqual(['cpu', 'memory']);
        expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(c.volumeMounts.map((m: any) => m.mountPath)).toContain('/tmp');
        for (const m of c.volumeMounts) expect(pod.volumes.map((v: any) => v.name)).toContain(m.name);
      }
    }
  });

  it('provides every variable a process needs at start in production; secrets only from the cluster\'s Secret', () => {
    expect(ofKind('Secret')).toEqual([]);
    for (const d of deployments) {
      const [c] = d.spec.template.spec.containers;
      const names = c.env.map((e: any) => e.name);
      for (const e of c.env) {
        if (e.valueFrom?.configMapKeyRef) expect(Object.keys(configMap.data)).toContain(e.valueFrom.configMapKeyRef.key);
        if (e.valueFrom?.secretKeyRef) expect(e.valueFrom.secretKeyRef.name).toBe(K8S_SECRET);
        // Nothing secret is written out as a value.
        if (/SECRET|KEY|PASSWORD|DATABASE_URL|REDIS_URL/.test(e.name)) expect([e.name, e.valueFrom?.secretKeyRef?.key]).toEqual([e.name, e.name]);
      }
      if (component(d) === 'storefront') {
        expect(names).toEqual(expect.arrayContaining(['GATEWAY_URL', 'STOREFRONT_SECRET', 'PORT']));
        // A client of the gateway holds none of the backend's secrets (decision 0020).
        for (const secret of SECRET_NAMES) expect(names).not.toContain(secret);
        continue;
      }
      expect([component(d), BACKEND_REQUIRED.filter((n) => !names.includes(n))]).toEqual([component(d), []]);
      expect(c.env.find((e: any) => e.name === 'HOST')?.value).toBe('0.0.0.0');
      // Every subgraph reached at its Service on its port.
      for (const s of SUBGRAPHS) expect(configMap.data[`${s.name.toUpperCase()}_URL`]).toBe(`http://webwaka-${s.name}:${s.defaultPort}/graphql`);
    }
    expect(SUBGRAPH_DEFAULT_HOST).toBe('127.0.0.1');
  });

  it('migrates in a Job before the rollout, never when a service starts', () => {
    const [job] = ofKind('Job');
    const [c] = job.spec.template.spec.containers;
    expect(c.command.join(' ')).toMatch(/prisma\/scripts\/migrate\.ts deploy$/);
    expect(c.env.map((e: any) => e.valueFrom.secretKeyRef.key)).toEqual(['DATABASE_URL']);
    expect(job.metadata.annotations['argocd.argoproj.io/hook']).toBe('PreSync');
    for (const d of deployments) expect(d.spec.template.spec.containers[0].command.join(' ')).not.toMatch(/migrate|db:deploy|seed/);
  });

  const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
  (kubectl ? it : it.skip)(`builds both overlays with kubectl kustomize${kubectl ? '' : ' [skipped: kubectl not installed]'}`, () => {
    for (const channel of ['stable', 'beta']) {
      const built = parseAll(execFileSync(kubectl!, ['kustomize', path.join(DEPLOY, 'k8s/overlays', channel)], { encoding: 'utf8' }));
      expect(built).toHaveLength(objects.length);
      for (const o of built) expect(o.metadata.namespace ?? 'cluster-scoped').toBe(channel === 'stable' ? 'webwaka' : 'webwaka-beta');
      for (const d of built.filter((o) => o.kind === 'Deployment')) expect(d.spec.template.spec.containers[0].image).toBe(`ghcr.io/webwaka/webwaka:${channel}`);
      if (channel === 'beta') for (const h of built.filter((o) => o.kind === 'HorizontalPodAutoscaler')) expect(h.spec.minReplicas).toBe(1);
    }
  });
});

describe('Docker Compose (deploy/compose.yaml)', () => {
  const text = readFileSync(path.join(DEPLOY, 'compose.yaml'), 'utf8');
  const { services } = parseAll(text)[0];
  const envExample = readFileSync(path.join(DEPLOY, '.env.example'), 'utf8');
  const app = Object.entries(services).filter(([, s]: [string, any]) => s.image?.startsWith('webwaka:')) as [string, any][];

  it('runs PostgreSQL, Redis, the migration one-off, every subgraph of the gateway\'s list, two gateways and the storefront', () => {
    expect(app.map(([n]) => n).sort()).toEqual([...SUBGRAPHS.map((s) => s.name), 'gateway-1', 'gateway-2', 'storefront'].sort());
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'migrate']));
    // Third-party images pinned to a version.
    for (const name of ['postgres', 'redis']) expect(services[name].image).toMatch(/^[a-z]+:\d+\.\d+[.-]/);
  });

  it('starts the services on a migrated database, checks each on the port it listens on, and publishes the gateways and storefront', () => {
    for (const [name, s] of app) {
      const role = name.startsWith('gateway') ? 'gateway' : name;
      expect([name, Number(s.environment.PORT)]).toEqual([name, EXPECTED_PORTS[role]]);
      expect(s.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${EXPECTED_PORTS[role]}/readyz`);
      expect(s.command.join(' ')).not.toMatch(/migrate|db:deploy|seed/);
      if (SUBGRAPHS.some((g) => g.name === name)) expect(s.depends_on.migrate).toEqual({ condition: 'service_completed_successfully' });
    }
    expect([services['gateway-1'].ports, services['gateway-2'].ports, services.storefront.ports]).toEqual([['4000:4000'], ['4001:4000'], ['3000:3000']]);
    expect(services.migrate.command ?? 'image default').toBe('image default');
  });

  it('lets each backend service drain before Compose kills it (decision 0073)', () => {
    for (const [name, s] of app) {
      if (name === 'storefront') continue;
      const graceSeconds = shutdownGraceMs({ SHUTDOWN_GRACE_MS: s.environment.SHUTDOWN_GRACE_MS }) / 1000;
      expect([name, Number(String(s.stop_grace_period).replace(/s$/, '')) > graceSeconds]).toEqual([name, true]);
    }
  });

  it('provides every variable a process needs, secrets only from deploy/.env (required, never written here)', () => {
    for (const [name, s] of app) {
      const names = Object.keys(s.environment);
      if (name === 'storefront') {
        expect(names).toEqual(expect.arrayContaining(['GATEWAY_URL', 'STOREFRONT_SECRET']));
        for (const secret of SECRET_NAMES) expect(names).not.toContain(secret);
        continue;
      }
      expect([name, BACKEND_REQUIRED.filter((n) => !names.includes(n))]).toEqual([name, []]);
      expect(s.environment.HOST).toBe('0.0.0.0');
      for (const g of SUBGRAPHS) expect(s.environment[`${g.name.toUpperCase()}_URL`]).toBe(`http://${g.name}:${g.defaultPort}/graphql`);
      for (const secret of BACKEND_SECRET_KEYS.filter((k) => !/_URL$/.test(k))) expect(s.environment[secret]).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
    }
    // Every variable the file requires is in the example, with no value.
    const required = [...new Set([...text.matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]))];
    for (const name of required) expect(envExample).toMatch(new RegExp(`^${name}=$`, 'm'));
  });
});

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  // Instructions with their continuation lines joined, comments dropped.
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
  const args = Object.fromEntries(instructions.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=')));
  const stages: { from: string; name: string; body: typeof instructions }[] = [];
  for (const i of instructions) {
    if (i.op === 'FROM') {
      const [image, , name] = i.args.split(/\s+/);
      stages.push({ from: image.replace(/\$\{(\w+)\}/, (_, a) => args[a] ?? _), name: name ?? '', body: [] });
    } else stages.at(-1)?.body.push(i);
  }
  const final = stages.at(-1)!;
  const stageNames = stages.map((s) => s.name);

  it('builds in stages from a pinned base image whose Node satisfies the engines field', () => {
    expect(stageNames).toEqual(['deps', 'build', 'migrate', 'prod', 'runtime']);
    for (const s of stages) {
      if (stageNames.includes(s.from)) continue;
      expect(s.from).toMatch(/^node:\d+\.\d+\.\d+-[a-z]+-slim$/);
      const [major, minor] = s.from.slice('node:'.length).split('.').map(Number);
      const engines = read('package.json').match(/"node": ">=(\d+)\.(\d+)"/)!;
      expect(major > Number(engines[1]) || (major === Number(engines[1]) && minor >= Number(engines[2]))).toBe(true);
    }
  });

  it('runs as a non-root user, with a health check, and never migrates when a service starts', () => {
    const users = final.body.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    expect(final.body.findIndex((i) => i.op === 'USER')).toBeLessThan(final.body.findIndex((i) => i.op === 'CMD'));
    expect(final.body.find((i) => i.op === 'HEALTHCHECK')?.args).toMatch(/\/healthz/);
    expect(final.body.find((i) => i.op === 'CMD')!.args).not.toMatch(/migrate|db:deploy|seed/);
    expect(final.body.find((i) => i.op === 'ENV')!.args).toMatch(/NODE_ENV=production/);
    expect(stages.find((s) => s.name === 'migrate')!.body.find((i) => i.op === 'CMD')!.args).toMatch(/migrate\.ts", "deploy"/);
  });

  it('keeps to the lint rules: no ADD of URLs, COPY --chown in the final stage, no secrets in ENV or ARG', () => {
    for (const i of instructions) if (i.op === 'ADD') expect(i.args).not.toMatch(/https?:\/\//);
    for (const i of final.body.filter((x) => x.op === 'COPY')) expect(i.args).toMatch(/--chown=/);
    for (const i of instructions.filter((x) => x.op === 'ENV' || x.op === 'ARG')) expect(i.args).not.toMatch(/SECRET|PASSWORD|TOKEN|_KEY|DATABASE_URL/);
    expect(instructions.some((i) => i.op === 'RUN' && /npm (run )?(db:deploy|start)\b/.test(i.args))).toBe(false);
  });

  it('installs from every workspace\'s manifest, and carries tsx (the services\' loader) with what it depends on into the final stage', () => {
    const workspaces: string[] = JSON.parse(read('package.json')).workspaces;
    const manifests = workspaces.flatMap((w) =>
      w.endsWith('/*') ? readdirSync(path.join(ROOT, w.slice(0, -2))).map((d) => `${w.slice(0, -2)}/${d}/package.json`) : [`${w}/package.json`],
    ).filter((f) => existsSync(path.join(ROOT, f)));
    const deps = stages[0].body.filter((i) => i.op === 'COPY').map((i) => i.args.split(/\s+/)[0]);
    for (const m of manifests) expect(deps).toContain(m);
    const carried = final.body.filter((i) => i.op === 'COPY' && i.args.includes('--from=deps')).map((i) => i.args.split(/\s+/).at(-1));
    const tsx = JSON.parse(read('node_modules/tsx/package.json'));
    for (const name of ['tsx', ...Object.keys(tsx.dependencies ?? {})]) expect(carried).toContain(`/app/node_modules/${name}`);
    // esbuild's platform binary lives under @esbuild/<platform>.
    if (tsx.dependencies?.esbuild) expect(carried).toContain('/app/node_modules/@esbuild');
  });

  it('leaves out nothing the services load: every package they import is a production dependency, no source imports what the prod stage removes', () => {
    const manifests = ['package.json', 'gateway/package.json', 'storefront/package.json', ...readdirSync(path.join(ROOT, 'subgraphs')).map((d) => `subgraphs/${d}/package.json`)]
      .filter((f) => existsSync(path.join(ROOT, f)))
      .map((f) => JSON.parse(read(f)));
    const production = new Set(manifests.flatMap((m) => [m.name, ...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})]));
    // Resolved by Next's bundler into the build, never loaded from node_modules at run time.
    const bundledByNext = new Set(['server-only', 'client-only']);
    const prodStage = stages.find((s) => s.name === 'prod')!.body.find((i) => i.op === 'RUN')!.args;
    const removed = prodStage.slice(prodStage.indexOf('rm -rf')).split(/\s+/).slice(2).filter((d) => !d.startsWith('node_modules/')).map((d) => d.replace(/\*/g, '[^/]+'));
    const removedPattern = new RegExp(`^(${removed.join('|')})(/|$)`);
    const missing: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!['node_modules', '.next', 'generated', 'test'].includes(e.name)) walk(file);
          continue;
        }
        if (!/\.(ts|tsx|js|mjs|cjs)$/.test(e.name) || /\.(test|d)\.tsx?$/.test(e.name)) continue;
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) {
          const spec = m[1] ?? m[2] ?? m[3];
          if (spec.startsWith('.')) {
            const target = path.relative(ROOT, path.resolve(path.dirname(file), spec));
            if (removedPattern.test(target)) missing.push(`${path.relative(ROOT, file)} imports ${spec}`);
            continue;
          }
          if (spec.startsWith('node:') || spec.startsWith('@/')) continue;
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!builtinModules.includes(name) && !production.has(name) && !bundledByNext.has(name)) missing.push(`${path.relative(ROOT, file)} imports ${name}`);
        }
      }
    };
    for (const dir of ['gateway/src', ...readdirSync(path.join(ROOT, 'subgraphs')).map((d) => `subgraphs/${d}/src`), 'storefront']) walk(path.join(ROOT, dir));
    expect(removed.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('is given no local dependencies, data, secrets or build output (.dockerignore)', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '**/.next', '.data', '.env', '.git', 'subgraphs/kit/src/generated']) expect(ignored).toContain(entry);
  });
});
