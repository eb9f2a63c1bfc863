import { run } from './index.js';

const code = await run(process.argv.slice(2), process.env);
if (process.argv[2] !== 'serve') process.exitCode = code;
