-- 0002 certificates: gift card series, cards, their ledger, order reservations, balance checks;
-- the shop's website, printed on the cards.
ALTER TABLE "CompanyProfiles" ADD "Website" TEXT NOT NULL DEFAULT '';

CREATE TABLE "CertificateBalanceChecks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CertificateBalanceChecks" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "Caller" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "Result" TEXT NOT NULL
);

CREATE TABLE "CertificateSeries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CertificateSeries" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "FaceValueMinor" INTEGER NULL,
    "MinValueMinor" INTEGER NOT NULL,
    "MaxValueMinor" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "ValidityMonths" INTEGER NOT NULL,
    "AllowPartialUse" INTEGER NOT NULL,
    "SoldIn" INTEGER NOT NULL,
    "UsableIn" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Conditions" TEXT NOT NULL
);

CREATE TABLE "Certificates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Certificates" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "SeriesId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "ValueMinor" INTEGER NOT NULL,
    "BalanceMinor" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "SoldIn" INTEGER NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "ActivatedAt" TEXT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "BuyerName" TEXT NULL,
    "RecipientName" TEXT NULL,
    "RecipientEmail" TEXT NULL,
    "PersonalMessage" TEXT NULL,
    "BatchReference" TEXT NULL,
    "BlockReason" TEXT NULL,
    "ExpiryReminderSentAt" TEXT NULL,
    CONSTRAINT "FK_Certificates_CertificateSeries_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "CertificateSeries" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CertificateReservations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CertificateReservations" PRIMARY KEY AUTOINCREMENT,
    "CertificateId" INTEGER NOT NULL,
    "OrderReference" TEXT NOT NULL,
    "AmountMinor" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ChangedAt" TEXT NULL,
    CONSTRAINT "FK_CertificateReservations_Certificates_CertificateId" FOREIGN KEY ("CertificateId") REFERENCES "Certificates" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CertificateTransactions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CertificateTransactions" PRIMARY KEY AUTOINCREMENT,
    "CertificateId" INTEGER NOT NULL,
    "Type" INTEGER NOT NULL,
    "AmountMinor" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "OrderReference" TEXT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_CertificateTransactions_Certificates_CertificateId" FOREIGN KEY ("CertificateId") REFERENCES "Certificates" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CertificateBalanceChecks_At" ON "CertificateBalanceChecks" ("At");

CREATE UNIQUE INDEX "IX_CertificateReservations_CertificateId_OrderReference" ON "CertificateReservations" ("CertificateId", "OrderReference");

CREATE INDEX "IX_CertificateReservations_OrderReference" ON "CertificateReservations" ("OrderReference");

CREATE UNIQUE INDEX "IX_Certificates_Code" ON "Certificates" ("Code");

CREATE INDEX "IX_Certificates_IssuedAt" ON "Certificates" ("IssuedAt");

CREATE INDEX "IX_Certificates_SeriesId" ON "Certificates" ("SeriesId");

CREATE INDEX "IX_Certificates_Status_ExpiresAt" ON "Certificates" ("Status", "ExpiresAt");

CREATE UNIQUE INDEX "IX_CertificateSeries_Name" ON "CertificateSeries" ("Name");

CREATE INDEX "IX_CertificateTransactions_CertificateId" ON "CertificateTransactions" ("CertificateId");

CREATE INDEX "IX_CertificateTransactions_Type_At" ON "CertificateTransactions" ("Type", "At");
