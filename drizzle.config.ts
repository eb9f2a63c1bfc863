import { defineConfig } from 'drizzle-kit';

// SQLite; drizzle.postgres.config.ts is PostgreSQL's. `npm run db:generate` runs both.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/sqlite.ts',
  out: './migrations/sqlite',
});
