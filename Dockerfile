# syntax=docker/dockerfile:1
# Build stage: compiles better-sqlite3 against the same Debian and Node as the runtime.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci checks the lockfile against every workspace's manifest (the typed client, the reader site).
COPY clients/typescript/package.json clients/typescript/
COPY site/package.json site/
# npm ci's prepare step compiles the route schemas ahead of time and bundles the server (`npm run
# schemas`, `npm run bundle`, see the README's Cold start): both read the sources, so they come first
# (a change of source installs the packages again: the price of one npm ci that does it all).
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY migrations ./migrations
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# Resident memory (README, Performance): glibc's allocator keeps an arena per thread that allocates, and
# V8's young generation grows to 2 × 16 MB by default; 2 arenas and 8 MB semi-spaces keep a loaded
# server on 100,000 articles under 200 MB.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=file:/data/kiosque.db MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=8", "bin/kiosque.js", "serve"]
