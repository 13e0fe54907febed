/** The static server of serve.ts, in a process of its own: `staticServer.ts <folder> <port>`; it says when it listens. */
import { preview } from 'vite';

const [outDir, port] = process.argv.slice(2);
await preview({ configFile: false, logLevel: 'warn', build: { outDir }, preview: { port: Number(port), strictPort: true, host: '127.0.0.1' } });
process.on('disconnect', () => process.exit(0)); // the benchmark stopped: stop with it
process.send?.('listening');
