import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '../config.js';
import { run } from './index.js';

const [command] = process.argv.slice(2);
if (command === 'serve') {
  // Loaded for `serve` only: the other commands (an import above all) need not hold the whole server in memory.
  const { startServer, StartupError } = await import('../server.js');
  const { workersOption, startWorkers } = await import('../cluster.js');
  try {
    const config = loadConfig(process.env);
    const workers = workersOption(process.argv.slice(3));
    // The workers run this file again, with the same arguments: each serves.
    if (workers !== undefined && cluster.isPrimary) await startWorkers(config, workers);
    else await startServer(config);
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof StartupError ? error.message : error);
    process.exitCode = 1;
  }
} else {
  process.exitCode = await run(process.argv.slice(2), process.env);
}
