# Build: docker build -t shopcrm .   Run with PostgreSQL and a mail catcher: docker compose up
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ShopCrm.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# DejaVu covers every character the PDFs print (Polish, Czech, Cyrillic, the ruble sign);
# tzdata gives the shop's time zone (Europe/Warsaw by default).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-dejavu-core tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# APP_UID is the non-root user that the .NET base images provide.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Data__Folder=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "ShopCrm.Web.dll"]
