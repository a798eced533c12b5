-- Only merged models are looked up by MergedIntoId; as a full index it matched the model list's
-- "MergedIntoId IS NULL" (every model), and SQLite without statistics read the whole table through it.
DROP INDEX "IX_Products_MergedIntoId";

CREATE INDEX "IX_Products_MergedIntoId" ON "Products" ("MergedIntoId") WHERE "MergedIntoId" IS NOT NULL;
