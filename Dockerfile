# syntax=docker/dockerfile:1
# SingKing host image: the web host with its co-hosted Orleans silo, the built front end, the bundled songs and the
# timbre model. Built by `docker compose up --build` (docker-compose.yml) or `docker build -t singking .`.
#
# .NET 10's images are Ubuntu 24.04 (glibc, Debian-derived; ONNX Runtime's native library needs glibc, so no
# Alpine). Ubuntu's own Node.js is older than the 20.19 Vite needs, so the front end is built in Node's image.

# 1. The front end: npm ci and Vite, exactly as src/Host/FrontEnd.targets does in a local build.
FROM node:22-bookworm-slim AS web
WORKDIR /src/wwwroot
COPY wwwroot/package.json wwwroot/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY wwwroot/ ./
RUN npm run build

# 2. The host: restore first (cached while only sources change), then publish with the built front end beside it.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Dsp/SingKing.Dsp.csproj src/Dsp/
COPY src/Grains/SingKing.Grains.csproj src/Grains/
COPY src/Storage/SingKing.Storage.csproj src/Storage/
COPY src/Host/SingKing.Host.csproj src/Host/FrontEnd.targets src/Host/
RUN dotnet restore src/Host/SingKing.Host.csproj
COPY src/ src/
COPY songs/ songs/
COPY models/ models/
# The publish step copies wwwroot/dist into the app's own wwwroot (FrontEndPublish in FrontEnd.targets).
COPY --from=web /src/wwwroot/dist/ wwwroot/dist/
RUN dotnet publish src/Host/SingKing.Host.csproj -c Release -o /app --no-restore -p:SkipFrontEndBuild=true

# 3. The runtime: ASP.NET Core only, as the image's unprivileged `app` user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
# curl answers the HEALTHCHECK; tzdata is named because the boards' weeks run in Asia/Seoul time and need it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Takes, data-protection keys and (without a database server) the SQLite file live here; mount a volume shared by
# every host. Created now so a fresh named volume is owned by the app user.
RUN mkdir -p /data && chown "$APP_UID" /data
# Logs: one JSON object per line on stdout, stamped in UTC, for the container runtime's log collector.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    SingKing__DataPath=/data \
    Logging__Console__FormatterName=json \
    Logging__Console__FormatterOptions__TimestampFormat=yyyy-MM-ddTHH:mm:ss.fffZ \
    Logging__Console__FormatterOptions__UseUtcTimestamp=true
VOLUME ["/data"]
# 8080 HTTP (pages, API, hubs, /health, /metrics); 11111 silo-to-silo; 30000 Orleans gateway.
EXPOSE 8080 11111 30000
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl --fail --silent --show-error http://127.0.0.1:8080/health/live > /dev/null || exit 1
ENTRYPOINT ["dotnet", "SingKing.Host.dll"]
