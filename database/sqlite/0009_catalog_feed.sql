-- Pairs of models someone marked "not a duplicate", so the duplicate finder stops listing them.
CREATE TABLE "DuplicateDismissals" (
    "ProductId" INTEGER NOT NULL,
    "OtherProductId" INTEGER NOT NULL,
    "DismissedAt" TEXT NOT NULL,
    "DismissedBy" TEXT NOT NULL,
    CONSTRAINT "PK_DuplicateDismissals" PRIMARY KEY ("ProductId", "OtherProductId"),
    CONSTRAINT "FK_DuplicateDismissals_Products_OtherProductId" FOREIGN KEY ("OtherProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DuplicateDismissals_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DuplicateDismissals_OtherProductId" ON "DuplicateDismissals" ("OtherProductId");
