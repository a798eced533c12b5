-- Each model's availability (on hand minus reserved over all warehouses) cached on the model, so that the
-- model list counts and filters a million models through one covering index.
ALTER TABLE "Products" ADD "AvailableStock" integer NOT NULL DEFAULT 0;

UPDATE "Products" p SET "AvailableStock" = s."Available"
FROM (SELECT "ProductId", SUM("OnHand" - "Reserved") AS "Available" FROM "ProductStocks" GROUP BY "ProductId") s
WHERE s."ProductId" = p."Id" AND s."Available" <> 0;

CREATE INDEX "IX_Products_CategoryId_AvailableStock_MergedIntoId_Id" ON "Products" ("CategoryId", "AvailableStock", "MergedIntoId", "Id");
