-- Each model's availability (on hand minus reserved over all warehouses) cached on the model, so that the
-- model list counts and filters a million models through one covering index.
ALTER TABLE "Products" ADD "AvailableStock" INTEGER NOT NULL DEFAULT 0;

UPDATE "Products" SET "AvailableStock" = COALESCE(
    (SELECT SUM(s."OnHand" - s."Reserved") FROM "ProductStocks" s WHERE s."ProductId" = "Products"."Id"), 0);

CREATE INDEX "IX_Products_CategoryId_AvailableStock_MergedIntoId_Id" ON "Products" ("CategoryId", "AvailableStock", "MergedIntoId", "Id");
