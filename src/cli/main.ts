import { ConfigError, loadConfig } from '../config.js';
import { run } from './index.js';

const [command] = process.argv.slice(2);
if (command === 'serve') {
  try {
    // Loaded for `serve` only: the other commands (an import above all) need not hold the whole server in memory.
    const { startServer } = await import('../server.js');
    await startServer(loadConfig(process.env));
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  }
} else {
  process.exitCode = await run(process.argv.slice(2), process.env);
}
