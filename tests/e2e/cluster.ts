import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, DIST_MAIN, type Spawned, spawnProcess } from './process.js';

/**
 * Several real instances of the bot (`node dist/main.js`, as `npm start` runs it) behind nginx on
 * loopback, for the scale-out test and `npm run bench:scale`.
 */

const NGINX = '/usr/sbin/nginx';

/**
 * nginx from Debian's package: found, or installed when this runs as root with apt-get (CI's fresh
 * machine), or a reason why not, for a clear skip.
 */
export function nginxOrReason(): { nginx: string } | { reason: string } {
  if (existsSync(NGINX)) return { nginx: NGINX };
  if (process.getuid?.() !== 0)
    return { reason: `nginx is not installed (${NGINX}) and installing it needs root` };
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx-light'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: 'ignore',
      timeout: 180_000,
    });
  } catch (error) {
    return {
      reason: `nginx is not installed and \`apt-get install nginx-light\` failed: ${(error as Error).message}`,
    };
  }
  return existsSync(NGINX) ? { nginx: NGINX } : { reason: `apt-get ran but ${NGINX} is still missing` };
}

export interface Instance {
  port: number;
  run: Spawned;
  /** SIGKILL: no drain, no goodbye, as when a machine dies. */
  kill(): void;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

const READY = /role bot ready: http on port (\d+)/;

/** One instance of the compiled app with this environment (Slack settings, DATABASE_URL, ...). */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const run = spawnProcess(process.execPath, [DIST_MAIN], {
    env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', ...env }),
  });
  const port = Number((await run.waitForStdout(READY, 30_000))[1]);
  return {
    port,
    run,
    kill: () => run.child.kill('SIGKILL'),
    async stop() {
      if (run.child.exitCode !== null || run.child.signalCode !== null) return;
      run.child.kill('SIGTERM');
      await run.exited;
    },
  };
}

export interface Balancer {
  url: string;
  stop(): Promise<void>;
  /** nginx's error log, for a failing test's message. */
  errors(): string;
}

/**
 * nginx in front of the instances, round robin. A request is passed to the next instance only when
 * it could not be sent to the chosen one (connection refused or timed out): after a POST has reached
 * an instance nginx does not send it again, so a request is never answered twice by two instances.
 * Each response names the instance that gave it (`X-Upstream`). No keep-alive to the instances: a
 * request written to a cached connection of an instance that has just died counts as sent, and nginx
 * would answer it 502 instead of trying the other one.
 */
export async function startNginx(nginx: string, ports: number[]): Promise<Balancer> {
  const dir = mkdtempSync(join(tmpdir(), 'rolebot-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream rolebot {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://rolebot;
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 15s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const errors = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${errors()}`);
    const up = await fetch(`${url}/livez`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error(`nginx did not answer on ${url}:\n${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    errors,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
