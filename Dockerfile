# syntax=docker/dockerfile:1
# One image per service:  docker build --build-arg SERVICE=payments -t collections/payments .
# The image runs `node main.js` (the service); `migrate.js` (migrations) and `dead-letters.js`
# (list/replay parked messages) are the other commands, e.g. `docker run … collections/payments migrate.js`.
# deploy/runtime/test/production-image.int-spec.ts starts each service from its build the way this
# file does (WORKDIR, USER-owned files, ENTRYPOINT, CMD, ENV) with production dependencies only.

ARG NODE_IMAGE=node:20.20-bookworm-slim

# Production dependencies only, shared by every service's image: the layer is identical for all
# six, so a node pulls it once. Install scripts are off: none of them is needed at run time.
FROM ${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# The full toolchain, to bundle one service (tools/deploy/src/build).
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
ARG SERVICE
RUN test -n "${SERVICE}" || (echo "--build-arg SERVICE=<name> is required" >&2; exit 1)
# A service's static assets (intake's creditor portal) come from its `build-assets:<service>` script, if any.
RUN npm run -s --if-present "build-assets:${SERVICE}"
RUN npm run -s build:services -- --service "${SERVICE}" --out-dir /out

FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to Node (whose handler drains consumers and the outbox) and reaps zombies.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ARG SERVICE
ENV NODE_ENV=production
WORKDIR /app
COPY --from=production-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /out/${SERVICE}/ ./
# The uid the manifests' runAsUser names; it owns nothing in /app, so the code cannot be changed at run time.
USER 1000:1000
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--", "node", "--enable-source-maps"]
CMD ["main.js"]
