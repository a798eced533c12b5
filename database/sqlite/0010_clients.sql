-- Clients: the client record with its cached order statistics, contacts, addresses, interests, tags,
-- consent history, the order facts and purchases the statistics come from, and the timeline.

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

CREATE TABLE "ClientTags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientTags" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);

CREATE TABLE "ClientAddresses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientAddresses" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "Recipient" TEXT NULL,
    "Street" TEXT NOT NULL,
    "PostalCode" TEXT NOT NULL,
    "City" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "IsDefault" INTEGER NOT NULL,
    CONSTRAINT "FK_ClientAddresses_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClientConsentChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientConsentChanges" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "Given" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "RecordedBy" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ClientConsentChanges_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ClientContactPersons" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientContactPersons" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Position" TEXT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    CONSTRAINT "FK_ClientContactPersons_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClientContacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientContacts" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "NormalizedValue" TEXT NOT NULL,
    "Label" TEXT NULL,
    CONSTRAINT "FK_ClientContacts_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClientOrderFacts" (
    "OrderId" INTEGER NOT NULL CONSTRAINT "PK_ClientOrderFacts" PRIMARY KEY,
    "ClientId" INTEGER NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "TotalMinor" INTEGER NOT NULL,
    "PlacedAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "CashOnDelivery" INTEGER NOT NULL,
    CONSTRAINT "FK_ClientOrderFacts_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ClientTimelineEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientTimelineEntries" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "Link" TEXT NULL,
    "ContactMethod" TEXT NULL,
    "Source" TEXT NOT NULL,
    "SourceKey" TEXT NOT NULL,
    "RecordedBy" TEXT NULL,
    CONSTRAINT "FK_ClientTimelineEntries_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ClientTagLinks" (
    "ClientId" INTEGER NOT NULL,
    "TagId" INTEGER NOT NULL,
    CONSTRAINT "PK_ClientTagLinks" PRIMARY KEY ("ClientId", "TagId"),
    CONSTRAINT "FK_ClientTagLinks_ClientTags_TagId" FOREIGN KEY ("TagId") REFERENCES "ClientTags" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ClientTagLinks_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ClientInterests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientInterests" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "TagId" INTEGER NULL,
    "CategoryId" INTEGER NULL,
    CONSTRAINT "CK_ClientInterests_OneTarget" CHECK (("TagId" IS NULL) <> ("CategoryId" IS NULL)),
    CONSTRAINT "FK_ClientInterests_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ClientInterests_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ClientInterests_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ClientPurchases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientPurchases" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NOT NULL,
    "OrderId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "GrossMinor" INTEGER NOT NULL,
    "PurchasedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ClientPurchases_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ClientPurchases_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ClientAddresses_ClientId" ON "ClientAddresses" ("ClientId");

CREATE INDEX "IX_ClientConsentChanges_ClientId_At" ON "ClientConsentChanges" ("ClientId", "At");

CREATE INDEX "IX_ClientContactPersons_ClientId" ON "ClientContactPersons" ("ClientId");

CREATE INDEX "IX_ClientContacts_ClientId" ON "ClientContacts" ("ClientId");

CREATE INDEX "IX_ClientContacts_Kind_NormalizedValue" ON "ClientContacts" ("Kind", "NormalizedValue");

CREATE INDEX "IX_ClientInterests_CategoryId_ClientId" ON "ClientInterests" ("CategoryId", "ClientId");

CREATE UNIQUE INDEX "IX_ClientInterests_ClientId_TagId_CategoryId" ON "ClientInterests" ("ClientId", "TagId", "CategoryId");

CREATE INDEX "IX_ClientInterests_TagId_ClientId" ON "ClientInterests" ("TagId", "ClientId");

CREATE INDEX "IX_ClientOrderFacts_ClientId_PlacedAt" ON "ClientOrderFacts" ("ClientId", "PlacedAt");

CREATE INDEX "IX_ClientPurchases_ClientId_PurchasedAt" ON "ClientPurchases" ("ClientId", "PurchasedAt");

CREATE INDEX "IX_ClientPurchases_OrderId" ON "ClientPurchases" ("OrderId");

CREATE INDEX "IX_ClientPurchases_ProductId_PurchasedAt_ClientId" ON "ClientPurchases" ("ProductId", "PurchasedAt", "ClientId");

CREATE INDEX "IX_Clients_BirthMonth" ON "Clients" ("BirthMonth");

CREATE INDEX "IX_Clients_LastOrderAt" ON "Clients" ("LastOrderAt");

CREATE INDEX "IX_Clients_MergedIntoId" ON "Clients" ("MergedIntoId");

CREATE UNIQUE INDEX "IX_Clients_NormalizedEmail" ON "Clients" ("NormalizedEmail") WHERE "Status" = 'Active';

CREATE INDEX "IX_Clients_NormalizedName_PostalCode" ON "Clients" ("NormalizedName", "PostalCode");

CREATE INDEX "IX_Clients_NormalizedPhone" ON "Clients" ("NormalizedPhone");

CREATE INDEX "IX_Clients_Region_TotalSpentMinor" ON "Clients" ("Region", "TotalSpentMinor");

CREATE UNIQUE INDEX "IX_Clients_SiteCustomerId" ON "Clients" ("SiteCustomerId");

CREATE INDEX "IX_Clients_TotalSpentMinor" ON "Clients" ("TotalSpentMinor");

CREATE INDEX "IX_ClientTagLinks_TagId_ClientId" ON "ClientTagLinks" ("TagId", "ClientId");

CREATE UNIQUE INDEX "IX_ClientTags_Name" ON "ClientTags" ("Name");

CREATE INDEX "IX_ClientTimelineEntries_ClientId_At" ON "ClientTimelineEntries" ("ClientId", "At");

CREATE UNIQUE INDEX "IX_ClientTimelineEntries_Source_SourceKey" ON "ClientTimelineEntries" ("Source", "SourceKey");
