import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { invalid } from '../lib/errors.js';
import { loadConfig, ConfigError, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/connection.js';
import { createRepositories, transactor } from '../db/repositories.js';
import { isEmpty } from '../db/seed/empty.js';
import { createKey, revokeKey, scopes, toKeyMetadata, type Scope } from '../modules/keys/service.js';
import { buildApp } from '../app.js';
import { openMigrated, seedDemoNewsroom, StartupError } from '../server.js';
import { copyUsage, importUsage } from './usages.js';

const usage = `kiosque <command>

  serve [--workers N|auto]      start the API (migrates, seeds demo content into an empty database);
                                --workers: N processes on one port (auto: one a core)
  migrate                       apply pending migrations
  seed [--force]                fill the database with the demo newsroom (only when empty, unless --force)
  keys create --name N --scope S [--scope S…]
        [--section S…] [--field F…] [--embargo] [--rate-limit N]
                                create an API key (scopes: ${scopes.join(', ')}); prints the secret once;
                                a partner key (content:read) may be limited to sections (ids or paths)
                                and article fields, see embargoed articles, get its own requests/minute
  keys list                     list keys (never their secrets)
  keys revoke <id>              revoke a key
  search reindex                rebuild the search index from the articles (one transaction)
  related rebuild               compute and store every published article's related candidates,
                                newest first (a database written before they were stored)
  openapi <file>                write the OpenAPI document the server serves to <file>
  schemas [<file>]              compile every route's validators and serializers ahead of time
                                (npm ci does it; a start compiles at start what they lack)
  bundle [<dir>]                bundle the command's sources (a module and its chunks), which bin/kiosque.js
                                runs while the sources are unchanged (npm ci does it)
  backup <file>                 copy the live database to a new <file> (safe while the server runs)
  restore <file> [--force]      check a backup and replace the database with it (stop the server first)
${importUsage}
${copyUsage}

Configuration comes from the environment (see README).`;

type Out = (line: string) => void;

async function withDb<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openMigrated(config);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function keys(config: Config, args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, options: {
      name: { type: 'string' }, scope: { type: 'string', multiple: true },
      section: { type: 'string', multiple: true }, field: { type: 'string', multiple: true },
      embargo: { type: 'boolean' }, 'rate-limit': { type: 'string' },
    },
  });
  return withDb(config, async (db) => {
    const repos = createRepositories(db.sql);
    const deps = { keys: repos.keys, sections: repos.sections, now: Date.now };
    const [action, id] = positionals;
    const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);
    if (action === 'create' && values.name && values.scope?.every((s) => (scopes as readonly string[]).includes(s))
      && (rateLimit === undefined || (Number.isInteger(rateLimit) && rateLimit > 0))) {
      let key;
      try {
        key = await createKey(deps, {
          name: values.name, scopes: values.scope as Scope[], sections: values.section, fields: values.field,
          embargoAccess: values.embargo, rateLimit,
        });
      } catch (error) {
        // createKey throws only the validation error of its entitlements.
        for (const e of (error as ReturnType<typeof invalid>).errors) out(`${e.pointer.slice(1)} ${e.message}`);
        return 1;
      }
      out(JSON.stringify(key, null, 2));
      out('Store the key now: it is not shown again.');
      return 0;
    }
    if (action === 'list') {
      for (const k of (await deps.keys.list()).map(toKeyMetadata)) out(`${k.id}  ${k.prefix}…  ${k.scopes.join(',')}  ${k.name}${k.revokedAt ? '  (revoked)' : ''}`);
      return 0;
    }
    if (action === 'revoke' && id) {
      out(JSON.stringify(await revokeKey(deps, id)));
      return 0;
    }
    out(usage);
    return 2;
  });
}

/** Runs one CLI command but `serve` (see main.ts); returns the exit code. */
export async function run(argv: string[], env: Record<string, string | undefined>, out: Out = console.log): Promise<number> {
  const [command, ...rest] = argv;
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    // loadConfig throws only ConfigError, whose message names every bad variable.
    out((error as ConfigError).message);
    return 1;
  }
  try {
    return await dispatch(config, command, rest, out);
  } catch (error) {
    // An option a command does not know, or one missing its value (`--help` among them): said as `serve` says it.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) {
      out(`${command}: ${(error as Error).message}`);
      out(usage);
      return 2;
    }
    if (!(error instanceof StartupError)) throw error;
    out(error.message);
    return 1;
  }
}

async function dispatch(config: Config, command: string | undefined, rest: string[], out: Out): Promise<number> {
  switch (command) {
    case 'migrate':
      await withDb(config, async () => out('migrations applied'));
      return 0;
    case 'seed':
      return withDb(config, async (db) => {
        if (!rest.includes('--force') && !await isEmpty({ db })) {
          out('the database already has content; use --force to add the demo newsroom anyway');
          return 1;
        }
        out(JSON.stringify(await seedDemoNewsroom(db, config)));
        await createRepositories(db.sql).changes.wroteOutside();
        return 0;
      });
    case 'keys':
      return keys(config, rest, out);
    case 'search':
      if (rest[0] !== 'reindex') break;
      return withDb(config, async (db) => {
        out(`search index rebuilt: ${await transactor(db)((repos) => repos.search.rebuild())} articles`);
        await createRepositories(db.sql).changes.wroteOutside();
        return 0;
      });
    case 'related':
      if (rest[0] !== 'rebuild') break;
      return withDb(config, async (db) => {
        const { rebuildRelated } = await import('../modules/related/refresh.js');
        out(`related candidates stored: ${await rebuildRelated({ repos: createRepositories(db.sql), transaction: transactor(db), now: Date.now })} articles`);
        await createRepositories(db.sql).changes.wroteOutside();
        return 0;
      });
    case 'openapi': {
      if (!rest[0]) break;
      const db = openDatabase(':memory:');
      await db.migrate();
      const app = await buildApp({ config, db, ownsDatabase: true });
      await app.ready();
      writeFileSync(rest[0], `${JSON.stringify(app.swagger(), null, 2)}\n`);
      await app.close();
      return 0;
    }
    case 'schemas': {
      const { compileSchemas } = await import('./schemas.js');
      out(await compileSchemas(rest[0]));
      return 0;
    }
    case 'bundle': {
      const { bundleServer } = await import('./bundle.js');
      out(await bundleServer(rest[0]));
      return 0;
    }
    // The commands below load what they need when run: a server's start never parses them.
    case 'backup':
      if (!rest[0]) break;
      return (await import('./backup.js')).backup(config, rest[0], out);
    case 'import':
      return (await import('./import.js')).importCommand(config, rest, out);
    case 'copy':
      return (await import('./copy.js')).copyCommand(config, rest, out);
    case 'restore': {
      const file = rest.find((arg) => !arg.startsWith('--'));
      if (!file) break;
      return (await import('./backup.js')).restore(config, file, rest.includes('--force'), out);
    }
    case undefined:
    case 'help':
      out(usage);
      return 0;
  }
  out(usage);
  return 2;
}
