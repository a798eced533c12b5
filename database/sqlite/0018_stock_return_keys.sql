-- A return's ledger row carries the key of the return and line it books, unique, so that a repeated call
-- (a retry after a timeout, a second click) cannot add the same returned units to stock twice.
ALTER TABLE "StockMovements" ADD "OperationKey" TEXT NULL;

CREATE UNIQUE INDEX "IX_StockMovements_OperationKey" ON "StockMovements" ("OperationKey");
