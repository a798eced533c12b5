-- Clients data: saved segments, dismissed duplicate pairs and contact imports.

CREATE TABLE "ClientSegments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientSegments" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "ClientDuplicateDismissals" (
    "ClientId" INTEGER NOT NULL,
    "OtherClientId" INTEGER NOT NULL,
    "DismissedAt" TEXT NOT NULL,
    "DismissedBy" TEXT NOT NULL,
    CONSTRAINT "PK_ClientDuplicateDismissals" PRIMARY KEY ("ClientId", "OtherClientId"),
    CONSTRAINT "FK_ClientDuplicateDismissals_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ClientDuplicateDismissals_Clients_OtherClientId" FOREIGN KEY ("OtherClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClientImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientImports" PRIMARY KEY AUTOINCREMENT,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ColumnMap" TEXT NULL,
    "Tags" TEXT NULL,
    "Status" TEXT NOT NULL,
    "TotalRows" INTEGER NOT NULL,
    "CreatedClients" INTEGER NOT NULL,
    "UpdatedClients" INTEGER NOT NULL,
    "ErrorCount" INTEGER NOT NULL,
    "Report" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL
);

CREATE INDEX "IX_ClientDuplicateDismissals_OtherClientId" ON "ClientDuplicateDismissals" ("OtherClientId");
CREATE INDEX "IX_ClientImports_CreatedAt" ON "ClientImports" ("CreatedAt");
CREATE UNIQUE INDEX "IX_ClientSegments_Name" ON "ClientSegments" ("Name");
