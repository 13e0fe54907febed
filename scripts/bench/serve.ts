import { preview, type PreviewServer } from 'vite';

/** Serves a built folder on a loopback port, the way `vite preview` does. */
export async function serveStatic(outDir: string, port: number, configFile: string | false = false): Promise<PreviewServer> {
  return preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
}
