-- Clients: the client record with its cached order statistics.

CREATE TABLE "Clients" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Clients" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "FirstName" TEXT NULL,
    "LastName" TEXT NULL,
    "CompanyName" TEXT NULL,
    "VatId" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "Phone" TEXT NULL,
    "NormalizedPhone" TEXT NULL,
    "Street" TEXT NULL,
    "PostalCode" TEXT NULL,
    "City" TEXT NULL,
    "Country" TEXT NOT NULL,
    "Region" TEXT NULL,
    "BirthDate" TEXT NULL,
    "BirthMonth" INTEGER NULL,
    "Channel" TEXT NOT NULL,
    "SiteCustomerId" TEXT NULL,
    "PreferredLanguage" TEXT NOT NULL,
    "MarketingConsent" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "MergedIntoId" INTEGER NULL,
    "RegisteredAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CompletedOrders" INTEGER NOT NULL,
    "TotalSpentMinor" INTEGER NOT NULL,
    "AverageCheckMinor" INTEGER NOT NULL,
    "FirstOrderAt" TEXT NULL,
    "LastOrderAt" TEXT NULL,
    "RefusedParcels" INTEGER NOT NULL,
    "IsVip" INTEGER NOT NULL,
    "IsLost" INTEGER NOT NULL,
    "IsLousy" INTEGER NOT NULL,
    "RfmRecency" INTEGER NOT NULL,
    "RfmFrequency" INTEGER NOT NULL,
    "RfmMonetary" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Clients_Clients_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "Clients" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Clients_BirthMonth" ON "Clients" ("BirthMonth");

CREATE INDEX "IX_Clients_LastOrderAt" ON "Clients" ("LastOrderAt");

CREATE INDEX "IX_Clients_MergedIntoId" ON "Clients" ("MergedIntoId");

CREATE UNIQUE INDEX "IX_Clients_NormalizedEmail" ON "Clients" ("NormalizedEmail") WHERE "Status" = 'Active';

CREATE INDEX "IX_Clients_NormalizedName_PostalCode" ON "Clients" ("NormalizedName", "PostalCode");

CREATE INDEX "IX_Clients_NormalizedPhone" ON "Clients" ("NormalizedPhone");

CREATE INDEX "IX_Clients_Region_TotalSpentMinor" ON "Clients" ("Region", "TotalSpentMinor");

CREATE UNIQUE INDEX "IX_Clients_SiteCustomerId" ON "Clients" ("SiteCustomerId");

CREATE INDEX "IX_Clients_TotalSpentMinor" ON "Clients" ("TotalSpentMinor");
