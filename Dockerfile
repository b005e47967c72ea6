# journeykit-server in a container: the workshop app, the live rooms and the map API on one port, every
# room, the room list, the passcode's hash and the signing secret in the /data volume.
#
#   docker build -t journeykit-server .
#   docker run -d -p 4455:4455 -v journeykit-data:/data --name journeykit journeykit-server
#   docker logs journeykit        # the facilitator passcode, printed on first start only
#
# Settings are environment variables (each is also a flag): JOURNEYKIT_PUBLIC_URL (the address
# participants' links name: the laptop's network address or a reverse proxy's https URL),
# JOURNEYKIT_PASSCODE, JOURNEYKIT_SECRET, JOURNEYKIT_REDIS. See docs/collaboration-hosting.md.
# packages/server/test/container-entry.test.ts runs this file's ENTRYPOINT and HEALTHCHECK with its ENV.

ARG NODE_VERSION=20

# Build: the packages the server needs and the workshop app it serves, then the server package alone
# with its production dependencies (what `npx @journeykit/server` installs).
FROM node:${NODE_VERSION}-slim AS build
ENV CI=true
RUN npm install -g pnpm@12.21.0
WORKDIR /repo
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile \
  && pnpm --filter "@journeykit/server..." build \
  && pnpm --filter @journeykit/server deploy --prod /out

# Run: a non-root user, the data folder as a volume, the same entry point as `npx @journeykit/server`.
FROM node:${NODE_VERSION}-slim
ENV NODE_ENV=production \
  JOURNEYKIT_DATA=/data \
  JOURNEYKIT_PORT=4455
WORKDIR /opt/journeykit
COPY --from=build /out ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 4455
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "dist/bin.js", "health"]
ENTRYPOINT ["node", "dist/bin.js"]
