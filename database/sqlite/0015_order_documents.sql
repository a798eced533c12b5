-- Orders, part 2: issued documents (invoice, correction, delivery note, act of acceptance) with the
-- snapshot they are rendered from, and what the unpaid-order job has done to each order.

CREATE TABLE "OrderPaymentReminders" (
    "OrderId" INTEGER NOT NULL CONSTRAINT "PK_OrderPaymentReminders" PRIMARY KEY,
    "RemindedAt" TEXT NOT NULL,
    "CancelledAt" TEXT NULL,
    CONSTRAINT "FK_OrderPaymentReminders_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderDocuments" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "Type" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "CorrectedDocumentId" INTEGER NULL,
    "OrderReturnId" INTEGER NULL,
    "IssuedAt" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "NetMinor" INTEGER NOT NULL,
    "VatMinor" INTEGER NOT NULL,
    "GrossMinor" INTEGER NOT NULL,
    "Snapshot" TEXT NOT NULL,
    "LastSentAt" TEXT NULL,
    CONSTRAINT "FK_OrderDocuments_OrderDocuments_CorrectedDocumentId" FOREIGN KEY ("CorrectedDocumentId") REFERENCES "OrderDocuments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrderDocuments_OrderReturns_OrderReturnId" FOREIGN KEY ("OrderReturnId") REFERENCES "OrderReturns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrderDocuments_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OrderDocuments_CorrectedDocumentId" ON "OrderDocuments" ("CorrectedDocumentId");
CREATE UNIQUE INDEX "IX_OrderDocuments_Number" ON "OrderDocuments" ("Number");
CREATE UNIQUE INDEX "IX_OrderDocuments_OnePerOrderAndType" ON "OrderDocuments" ("OrderId", "Type") WHERE "Type" <> 1;
CREATE UNIQUE INDEX "IX_OrderDocuments_OrderReturnId" ON "OrderDocuments" ("OrderReturnId");
CREATE INDEX "IX_OrderDocuments_OrderId" ON "OrderDocuments" ("OrderId");
