-- Pairs of models someone marked "not a duplicate", so the duplicate finder stops listing them.
CREATE TABLE "DuplicateDismissals" (
    "ProductId" integer NOT NULL,
    "OtherProductId" integer NOT NULL,
    "DismissedAt" timestamp with time zone NOT NULL,
    "DismissedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_DuplicateDismissals" PRIMARY KEY ("ProductId", "OtherProductId"),
    CONSTRAINT "FK_DuplicateDismissals_Products_OtherProductId" FOREIGN KEY ("OtherProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DuplicateDismissals_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DuplicateDismissals_OtherProductId" ON "DuplicateDismissals" ("OtherProductId");
