import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface StaticServer {
  close(): Promise<void>;
}

/**
 * Serves a built folder on a loopback port the way `vite preview` does, in a process of its own as a static host
 * would be. Served from the benchmark's own process, responses waited behind the browser driver's work there (the
 * response bodies it reads and their garbage collection) for tens of milliseconds at a time, during the very loads
 * being measured.
 */
export async function serveStatic(outDir: string, port: number): Promise<StaticServer> {
  const script = fileURLToPath(new URL('./staticServer.ts', import.meta.url));
  const child = fork(script, [outDir, String(port)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the static server for ${outDir} stopped before listening (exit code ${code})`)));
  });
  return {
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
