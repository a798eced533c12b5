-- Orders: the order with its copied customer and delivery data, lines priced at the time of ordering,
-- the status history and returns.

CREATE TABLE "Orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "Channel" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "ClientId" INTEGER NULL,
    "CustomerName" TEXT NOT NULL,
    "CustomerEmail" TEXT NULL,
    "CustomerPhone" TEXT NULL,
    "CompanyName" TEXT NULL,
    "VatId" TEXT NULL,
    "PaymentMethod" INTEGER NOT NULL,
    "PaymentState" INTEGER NOT NULL,
    "DeliveryMethod" INTEGER NOT NULL,
    "Region" TEXT NULL,
    "Street" TEXT NULL,
    "PostalCode" TEXT NULL,
    "City" TEXT NULL,
    "Country" TEXT NOT NULL,
    "Carrier" TEXT NULL,
    "TrackingNumber" TEXT NULL,
    "SiteOrderId" TEXT NULL,
    "Currency" TEXT NOT NULL,
    "NetMinor" INTEGER NOT NULL,
    "VatMinor" INTEGER NOT NULL,
    "GrossMinor" INTEGER NOT NULL,
    "OrderDiscountMinor" INTEGER NOT NULL,
    "CertificateCode" TEXT NULL,
    "CertificateAmountMinor" INTEGER NOT NULL,
    "PayableMinor" INTEGER NOT NULL,
    "RefundDueMinor" INTEGER NOT NULL,
    "Notes" TEXT NULL,
    "PlacedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    "PaidAt" TEXT NULL,
    "AssemblyAt" TEXT NULL,
    "PackedAt" TEXT NULL,
    "ShippedAt" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "CancelledAt" TEXT NULL,
    "ReturnedAt" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "OrderLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderLines" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Sku" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "UnitNetMinor" INTEGER NOT NULL,
    "UnitGrossMinor" INTEGER NOT NULL,
    "VatRatePercent" INTEGER NOT NULL,
    "LineDiscountMinor" INTEGER NOT NULL,
    "OrderDiscountShareMinor" INTEGER NOT NULL,
    "NetMinor" INTEGER NOT NULL,
    "VatMinor" INTEGER NOT NULL,
    "GrossMinor" INTEGER NOT NULL,
    "BackorderAllowed" INTEGER NOT NULL,
    "OnBackorder" INTEGER NOT NULL,
    "WarehouseId" INTEGER NULL,
    "ReturnedQuantity" INTEGER NOT NULL,
    CONSTRAINT "FK_OrderLines_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderStatusChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderStatusChanges" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "From" INTEGER NULL,
    "To" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_OrderStatusChanges_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderReturns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderReturns" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "RefundDueMinor" INTEGER NOT NULL,
    "CertificateRefundMinor" INTEGER NOT NULL,
    CONSTRAINT "FK_OrderReturns_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrderReturnLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderReturnLines" PRIMARY KEY AUTOINCREMENT,
    "OrderReturnId" INTEGER NOT NULL,
    "OrderLineId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "GrossMinor" INTEGER NOT NULL,
    CONSTRAINT "FK_OrderReturnLines_OrderLines_OrderLineId" FOREIGN KEY ("OrderLineId") REFERENCES "OrderLines" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrderReturnLines_OrderReturns_OrderReturnId" FOREIGN KEY ("OrderReturnId") REFERENCES "OrderReturns" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Orders_ClientId_PlacedAt" ON "Orders" ("ClientId", "PlacedAt");

CREATE UNIQUE INDEX "IX_Orders_Number" ON "Orders" ("Number");

CREATE INDEX "IX_Orders_PlacedAt" ON "Orders" ("PlacedAt");

CREATE UNIQUE INDEX "IX_Orders_SiteOrderId" ON "Orders" ("SiteOrderId");

CREATE INDEX "IX_Orders_Status_PlacedAt" ON "Orders" ("Status", "PlacedAt");

CREATE INDEX "IX_OrderLines_OrderId_Position" ON "OrderLines" ("OrderId", "Position");

CREATE INDEX "IX_OrderLines_ProductId" ON "OrderLines" ("ProductId");

CREATE INDEX "IX_OrderStatusChanges_OrderId_At" ON "OrderStatusChanges" ("OrderId", "At");

CREATE INDEX "IX_OrderReturns_OrderId" ON "OrderReturns" ("OrderId");

CREATE INDEX "IX_OrderReturnLines_OrderLineId" ON "OrderReturnLines" ("OrderLineId");

CREATE INDEX "IX_OrderReturnLines_OrderReturnId" ON "OrderReturnLines" ("OrderReturnId");
