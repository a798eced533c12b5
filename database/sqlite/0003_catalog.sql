-- 0003 catalog: models and their structure (brands, category tree, series, typed specifications, tags,
-- rating parameters, links, interests, images, price history), suppliers and price lists, warehouses with
-- the stock ledger, reservations, goods receipts, restock alerts, purchase orders, completeness rules,
-- CSV imports; and gapless document number sequences in the kernel.

CREATE TABLE "Brands" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Brands" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Website" TEXT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "Categories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Categories" PRIMARY KEY AUTOINCREMENT,
    "ParentId" INTEGER NULL,
    "Name" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_Categories_Categories_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DocumentNumberSequences" (
    "Series" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "LastNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_DocumentNumberSequences" PRIMARY KEY ("Series", "Year")
);

CREATE TABLE "Suppliers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Suppliers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "ContactName" TEXT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "Website" TEXT NULL,
    "LeadTimeDays" INTEGER NOT NULL,
    "MinimumOrderMinor" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Tags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tags" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Synonyms" TEXT NULL,
    "IsFrequentSearch" INTEGER NOT NULL
);

CREATE TABLE "Warehouses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Warehouses" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "IsDefault" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "ProductSeries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductSeries" PRIMARY KEY AUTOINCREMENT,
    "BrandId" INTEGER NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_ProductSeries_Brands_BrandId" FOREIGN KEY ("BrandId") REFERENCES "Brands" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CompletenessRules" (
    "CategoryId" INTEGER NOT NULL CONSTRAINT "PK_CompletenessRules" PRIMARY KEY,
    "RequireDescription" INTEGER NOT NULL,
    "MinimumImages" INTEGER NOT NULL,
    "RequireSpecifications" INTEGER NOT NULL,
    "RequirePrice" INTEGER NOT NULL,
    "RequireSupplier" INTEGER NOT NULL,
    CONSTRAINT "FK_CompletenessRules_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SpecificationDefinitions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SpecificationDefinitions" PRIMARY KEY AUTOINCREMENT,
    "CategoryId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Unit" TEXT NULL,
    "IsRequired" INTEGER NOT NULL,
    "Options" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_SpecificationDefinitions_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CatalogImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CatalogImports" PRIMARY KEY AUTOINCREMENT,
    "Kind" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ColumnMap" TEXT NULL,
    "SupplierId" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "TotalRows" INTEGER NOT NULL,
    "ProcessedRows" INTEGER NOT NULL,
    "ErrorCount" INTEGER NOT NULL,
    "Errors" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    CONSTRAINT "FK_CatalogImports_Suppliers_SupplierId" FOREIGN KEY ("SupplierId") REFERENCES "Suppliers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PriceListLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PriceListLines" PRIMARY KEY AUTOINCREMENT,
    "SupplierId" INTEGER NOT NULL,
    "SupplierCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Ean" TEXT NULL,
    "BrandName" TEXT NULL,
    "PurchasePriceMinor" INTEGER NOT NULL,
    "SuggestedNetPriceMinor" INTEGER NULL,
    "WeightGrams" INTEGER NULL,
    "Description" TEXT NULL,
    "ImportedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PriceListLines_Suppliers_SupplierId" FOREIGN KEY ("SupplierId") REFERENCES "Suppliers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PurchaseOrders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PurchaseOrders" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "SupplierId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "Notes" TEXT NULL,
    CONSTRAINT "FK_PurchaseOrders_Suppliers_SupplierId" FOREIGN KEY ("SupplierId") REFERENCES "Suppliers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Interests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Interests" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "TagId" INTEGER NULL,
    CONSTRAINT "FK_Interests_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE SET NULL
);

CREATE TABLE "RatingParameters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RatingParameters" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "CategoryId" INTEGER NULL,
    "TagId" INTEGER NULL,
    CONSTRAINT "FK_RatingParameters_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RatingParameters_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Products" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY AUTOINCREMENT,
    "Sku" TEXT NOT NULL,
    "Ean" TEXT NULL,
    "Name" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "BrandId" INTEGER NULL,
    "CategoryId" INTEGER NOT NULL,
    "SeriesId" INTEGER NULL,
    "Description" TEXT NULL,
    "VideoLinks" TEXT NULL,
    "NetPriceMinor" INTEGER NOT NULL,
    "VatRatePercent" INTEGER NOT NULL,
    "GrossPriceMinor" INTEGER NOT NULL,
    "PurchasePriceMinor" INTEGER NULL,
    "Currency" TEXT NOT NULL,
    "WeightGrams" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "MinimumStock" INTEGER NOT NULL,
    "Completeness" INTEGER NOT NULL,
    "MissingParts" TEXT NULL,
    "PublishedIncomplete" INTEGER NOT NULL,
    "MergedIntoId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Products_Brands_BrandId" FOREIGN KEY ("BrandId") REFERENCES "Brands" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Products_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Products_ProductSeries_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "ProductSeries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Products_Products_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GoodsReceipts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoodsReceipts" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "SupplierId" INTEGER NOT NULL,
    "WarehouseId" INTEGER NOT NULL,
    "SupplierDocument" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "PostedAt" TEXT NULL,
    "PostedBy" TEXT NULL,
    "PurchaseOrderId" INTEGER NULL,
    "Notes" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_GoodsReceipts_PurchaseOrders_PurchaseOrderId" FOREIGN KEY ("PurchaseOrderId") REFERENCES "PurchaseOrders" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GoodsReceipts_Suppliers_SupplierId" FOREIGN KEY ("SupplierId") REFERENCES "Suppliers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GoodsReceipts_Warehouses_WarehouseId" FOREIGN KEY ("WarehouseId") REFERENCES "Warehouses" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PriceChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PriceChanges" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "OldNetMinor" INTEGER NULL,
    "NewNetMinor" INTEGER NOT NULL,
    "VatRatePercent" INTEGER NOT NULL,
    "OldPurchaseMinor" INTEGER NULL,
    "NewPurchaseMinor" INTEGER NULL,
    CONSTRAINT "FK_PriceChanges_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProductImages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductImages" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StoredName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductImages_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProductLinks" (
    "ProductId" INTEGER NOT NULL,
    "LinkedProductId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    CONSTRAINT "PK_ProductLinks" PRIMARY KEY ("ProductId", "LinkedProductId", "Kind"),
    CONSTRAINT "FK_ProductLinks_Products_LinkedProductId" FOREIGN KEY ("LinkedProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProductLinks_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProductSpecifications" (
    "ProductId" INTEGER NOT NULL,
    "DefinitionId" INTEGER NOT NULL,
    "NumberValue" REAL NULL,
    "TextValue" TEXT NULL,
    CONSTRAINT "PK_ProductSpecifications" PRIMARY KEY ("ProductId", "DefinitionId"),
    CONSTRAINT "FK_ProductSpecifications_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProductSpecifications_SpecificationDefinitions_DefinitionId" FOREIGN KEY ("DefinitionId") REFERENCES "SpecificationDefinitions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProductStocks" (
    "ProductId" INTEGER NOT NULL,
    "WarehouseId" INTEGER NOT NULL,
    "OnHand" INTEGER NOT NULL,
    "Reserved" INTEGER NOT NULL,
    "MinimumStock" INTEGER NULL,
    CONSTRAINT "PK_ProductStocks" PRIMARY KEY ("ProductId", "WarehouseId"),
    CONSTRAINT "CK_ProductStocks_NotNegative" CHECK ("OnHand" >= 0 AND "Reserved" >= 0 AND "Reserved" <= "OnHand"),
    CONSTRAINT "FK_ProductStocks_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProductStocks_Warehouses_WarehouseId" FOREIGN KEY ("WarehouseId") REFERENCES "Warehouses" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProductTags" (
    "ProductId" INTEGER NOT NULL,
    "TagId" INTEGER NOT NULL,
    CONSTRAINT "PK_ProductTags" PRIMARY KEY ("ProductId", "TagId"),
    CONSTRAINT "FK_ProductTags_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProductTags_Tags_TagId" FOREIGN KEY ("TagId") REFERENCES "Tags" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PurchaseOrderLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PurchaseOrderLines" PRIMARY KEY AUTOINCREMENT,
    "PurchaseOrderId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "SupplierCode" TEXT NULL,
    "Quantity" INTEGER NOT NULL,
    "PurchasePriceMinor" INTEGER NULL,
    CONSTRAINT "FK_PurchaseOrderLines_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PurchaseOrderLines_PurchaseOrders_PurchaseOrderId" FOREIGN KEY ("PurchaseOrderId") REFERENCES "PurchaseOrders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RestockAlerts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RestockAlerts" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Reason" INTEGER NOT NULL,
    "Available" INTEGER NOT NULL,
    "Minimum" INTEGER NOT NULL,
    "DailySales30" REAL NOT NULL,
    "DailySales90" REAL NOT NULL,
    "SupplierId" INTEGER NULL,
    "LeadTimeDays" INTEGER NOT NULL,
    "SuggestedQuantity" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "PurchaseOrderId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_RestockAlerts_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RestockAlerts_PurchaseOrders_PurchaseOrderId" FOREIGN KEY ("PurchaseOrderId") REFERENCES "PurchaseOrders" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RestockAlerts_Suppliers_SupplierId" FOREIGN KEY ("SupplierId") REFERENCES "Suppliers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StockMovements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StockMovements" PRIMARY KEY AUTOINCREMENT,
    "ProductId" INTEGER NOT NULL,
    "WarehouseId" INTEGER NOT NULL,
    "Type" INTEGER NOT NULL,
    "OnHandChange" INTEGER NOT NULL,
    "ReservedChange" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "Document" TEXT NULL,
    CONSTRAINT "FK_StockMovements_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StockMovements_Warehouses_WarehouseId" FOREIGN KEY ("WarehouseId") REFERENCES "Warehouses" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StockReservations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StockReservations" PRIMARY KEY AUTOINCREMENT,
    "OrderLine" TEXT NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "WarehouseId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_StockReservations_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StockReservations_Warehouses_WarehouseId" FOREIGN KEY ("WarehouseId") REFERENCES "Warehouses" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SupplierProducts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupplierProducts" PRIMARY KEY AUTOINCREMENT,
    "SupplierId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "SupplierCode" TEXT NOT NULL,
    "PurchasePriceMinor" INTEGER NULL,
    "IsLeading" INTEGER NOT NULL,
    CONSTRAINT "FK_SupplierProducts_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SupplierProducts_Suppliers_SupplierId" FOREIGN KEY ("SupplierId") REFERENCES "Suppliers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GoodsReceiptLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GoodsReceiptLines" PRIMARY KEY AUTOINCREMENT,
    "GoodsReceiptId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "PurchasePriceMinor" INTEGER NULL,
    CONSTRAINT "FK_GoodsReceiptLines_GoodsReceipts_GoodsReceiptId" FOREIGN KEY ("GoodsReceiptId") REFERENCES "GoodsReceipts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GoodsReceiptLines_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Brands_Name" ON "Brands" ("Name");

CREATE INDEX "IX_CatalogImports_CreatedAt" ON "CatalogImports" ("CreatedAt");

CREATE INDEX "IX_CatalogImports_SupplierId" ON "CatalogImports" ("SupplierId");

CREATE UNIQUE INDEX "IX_Categories_ParentId_Name" ON "Categories" ("ParentId", "Name");

CREATE INDEX "IX_Categories_Path" ON "Categories" ("Path");

CREATE INDEX "IX_GoodsReceiptLines_GoodsReceiptId" ON "GoodsReceiptLines" ("GoodsReceiptId");

CREATE INDEX "IX_GoodsReceiptLines_ProductId" ON "GoodsReceiptLines" ("ProductId");

CREATE UNIQUE INDEX "IX_GoodsReceipts_Number" ON "GoodsReceipts" ("Number");

CREATE INDEX "IX_GoodsReceipts_PurchaseOrderId" ON "GoodsReceipts" ("PurchaseOrderId");

CREATE INDEX "IX_GoodsReceipts_Status_CreatedAt" ON "GoodsReceipts" ("Status", "CreatedAt");

CREATE INDEX "IX_GoodsReceipts_SupplierId" ON "GoodsReceipts" ("SupplierId");

CREATE INDEX "IX_GoodsReceipts_WarehouseId" ON "GoodsReceipts" ("WarehouseId");

CREATE UNIQUE INDEX "IX_Interests_Name" ON "Interests" ("Name");

CREATE INDEX "IX_Interests_TagId" ON "Interests" ("TagId");

CREATE INDEX "IX_PriceChanges_ProductId_At" ON "PriceChanges" ("ProductId", "At");

CREATE UNIQUE INDEX "IX_PriceListLines_SupplierId_SupplierCode" ON "PriceListLines" ("SupplierId", "SupplierCode");

CREATE INDEX "IX_ProductImages_ProductId_SortOrder" ON "ProductImages" ("ProductId", "SortOrder");

CREATE INDEX "IX_ProductLinks_LinkedProductId" ON "ProductLinks" ("LinkedProductId");

CREATE INDEX "IX_Products_BrandId_NormalizedName" ON "Products" ("BrandId", "NormalizedName");

CREATE INDEX "IX_Products_CategoryId_GrossPriceMinor" ON "Products" ("CategoryId", "GrossPriceMinor");

CREATE INDEX "IX_Products_Ean" ON "Products" ("Ean");

CREATE INDEX "IX_Products_GrossPriceMinor" ON "Products" ("GrossPriceMinor");

CREATE INDEX "IX_Products_MergedIntoId" ON "Products" ("MergedIntoId");

CREATE INDEX "IX_Products_SeriesId" ON "Products" ("SeriesId");

CREATE UNIQUE INDEX "IX_Products_Sku" ON "Products" ("Sku");

CREATE INDEX "IX_Products_Status_Completeness" ON "Products" ("Status", "Completeness");

CREATE INDEX "IX_Products_UpdatedAt_Id" ON "Products" ("UpdatedAt", "Id");

CREATE UNIQUE INDEX "IX_ProductSeries_BrandId_Name" ON "ProductSeries" ("BrandId", "Name");

CREATE INDEX "IX_ProductSpecifications_DefinitionId_NumberValue" ON "ProductSpecifications" ("DefinitionId", "NumberValue");

CREATE INDEX "IX_ProductSpecifications_DefinitionId_TextValue" ON "ProductSpecifications" ("DefinitionId", "TextValue");

CREATE INDEX "IX_ProductStocks_WarehouseId" ON "ProductStocks" ("WarehouseId");

CREATE INDEX "IX_ProductTags_TagId_ProductId" ON "ProductTags" ("TagId", "ProductId");

CREATE INDEX "IX_PurchaseOrderLines_ProductId" ON "PurchaseOrderLines" ("ProductId");

CREATE INDEX "IX_PurchaseOrderLines_PurchaseOrderId" ON "PurchaseOrderLines" ("PurchaseOrderId");

CREATE UNIQUE INDEX "IX_PurchaseOrders_Number" ON "PurchaseOrders" ("Number");

CREATE INDEX "IX_PurchaseOrders_SupplierId_Status" ON "PurchaseOrders" ("SupplierId", "Status");

CREATE INDEX "IX_RatingParameters_CategoryId" ON "RatingParameters" ("CategoryId");

CREATE INDEX "IX_RatingParameters_TagId" ON "RatingParameters" ("TagId");

CREATE UNIQUE INDEX "IX_RestockAlerts_ProductId_Day" ON "RestockAlerts" ("ProductId", "Day");

CREATE INDEX "IX_RestockAlerts_PurchaseOrderId" ON "RestockAlerts" ("PurchaseOrderId");

CREATE INDEX "IX_RestockAlerts_Status_SupplierId" ON "RestockAlerts" ("Status", "SupplierId");

CREATE INDEX "IX_RestockAlerts_SupplierId" ON "RestockAlerts" ("SupplierId");

CREATE UNIQUE INDEX "IX_SpecificationDefinitions_CategoryId_Name" ON "SpecificationDefinitions" ("CategoryId", "Name");

CREATE INDEX "IX_StockMovements_Document" ON "StockMovements" ("Document");

CREATE INDEX "IX_StockMovements_ProductId_WarehouseId_At" ON "StockMovements" ("ProductId", "WarehouseId", "At");

CREATE INDEX "IX_StockMovements_Type_At_ProductId" ON "StockMovements" ("Type", "At", "ProductId");

CREATE INDEX "IX_StockMovements_WarehouseId" ON "StockMovements" ("WarehouseId");

CREATE UNIQUE INDEX "IX_StockReservations_OrderLine" ON "StockReservations" ("OrderLine");

CREATE INDEX "IX_StockReservations_ProductId_Status" ON "StockReservations" ("ProductId", "Status");

CREATE INDEX "IX_StockReservations_WarehouseId" ON "StockReservations" ("WarehouseId");

CREATE UNIQUE INDEX "IX_SupplierProducts_LeadingPerProduct" ON "SupplierProducts" ("ProductId") WHERE "IsLeading";

CREATE UNIQUE INDEX "IX_SupplierProducts_ProductId_SupplierId" ON "SupplierProducts" ("ProductId", "SupplierId");

CREATE UNIQUE INDEX "IX_SupplierProducts_SupplierId_SupplierCode" ON "SupplierProducts" ("SupplierId", "SupplierCode");

CREATE UNIQUE INDEX "IX_Suppliers_Name" ON "Suppliers" ("Name");

CREATE UNIQUE INDEX "IX_Tags_Name" ON "Tags" ("Name");

CREATE UNIQUE INDEX "IX_Warehouses_Code" ON "Warehouses" ("Code");
