/**
 * The static baseline: one saved HTML page served by nginx (Debian's, one
 * worker, sendfile, no access log) on a free port, or — only when nginx is
 * missing — by a minimal Node `http` server holding the file in memory.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { freePort } from "../../db/embedded";

export interface StaticServer {
  kind: "nginx" | "node";
  base: string;
  path: string;
  stop(): Promise<void>;
}

const NGINX_CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx"];

export function findNginx(): string | undefined {
  return NGINX_CANDIDATES.find((candidate) => existsSync(candidate)) ?? (spawnSync("nginx", ["-v"]).error ? undefined : "nginx");
}

async function waitForPort(base: string, file: string, child?: ChildProcess) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the static server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}${file}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the static server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Serves `html` at /article.html from `dir` (made readable for nginx's
 * unprivileged worker; its parent must let others through).
 */
export async function startStaticServer(dir: string, html: string): Promise<StaticServer> {
  const root = path.join(dir, "www");
  mkdirSync(root, { recursive: true });
  const file = "/article.html";
  writeFileSync(path.join(root, file), html);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const nginx = findNginx();
  if (nginx) {
    for (const name of ["body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"]) mkdirSync(path.join(dir, name), { recursive: true });
    // As root, nginx's workers run as "nobody": the page and its folders must be readable by them.
    for (const target of [dir, root]) chmodSync(target, 0o755);
    chmodSync(path.join(root, file), 0o644);
    const conf = path.join(dir, "nginx.conf");
    writeFileSync(
      conf,
      `worker_processes 1;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "logs", "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  client_body_temp_path ${path.join(dir, "body")};
  proxy_temp_path ${path.join(dir, "proxy")};
  fastcgi_temp_path ${path.join(dir, "fastcgi")};
  uwsgi_temp_path ${path.join(dir, "uwsgi")};
  scgi_temp_path ${path.join(dir, "scgi")};
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`,
    );
    const child = spawn(nginx, ["-e", path.join(dir, "logs", "error.log"), "-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await waitForPort(base, file, child);
    } catch (error) {
      child.kill("SIGTERM");
      const log = existsSync(path.join(dir, "logs", "error.log")) ? readFileSync(path.join(dir, "logs", "error.log"), "utf8") : "";
      throw new Error(`${(error as Error).message}: ${`${stderr}${log}`.trim().split("\n").slice(0, 5).join("\n")}`);
    }
    return {
      kind: "nginx",
      base,
      path: file,
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => {
            if (child.exitCode === null) child.kill("SIGKILL");
            resolve();
          }, 5000).unref();
        }),
    };
  }

  // Fallback: the bytes from memory, with the headers a static server sends.
  const body = Buffer.from(html);
  const server = http.createServer((request, response) => {
    if (request.url !== file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length, "last-modified": new Date(0).toUTCString() });
    response.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  await waitForPort(base, file);
  return {
    kind: "node",
    base,
    path: file,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
