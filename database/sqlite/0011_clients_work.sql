-- Clients work: the Owner's category rules, staff tasks with their reminders, the in-app notifications
-- the top bar reads, and one partial index per category for the client grid (region + total spent).

CREATE TABLE "ClientCategoryRules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientCategoryRules" PRIMARY KEY,
    "VipTotalMinor" INTEGER NOT NULL,
    "VipCompletedOrders" INTEGER NOT NULL,
    "LostAfterDays" INTEGER NOT NULL,
    "LousyRefusedParcels" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "ClientTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClientTasks" PRIMARY KEY AUTOINCREMENT,
    "ClientId" INTEGER NULL,
    "OrderId" INTEGER NULL,
    "Title" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "DueAt" TEXT NOT NULL,
    "AssigneeId" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DoneAt" TEXT NULL,
    "RemindedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ClientTasks_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StaffNotifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffNotifications" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Link" TEXT NULL,
    "TaskId" INTEGER NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "FK_StaffNotifications_ClientTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "ClientTasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Clients_Lost_Region_TotalSpentMinor" ON "Clients" ("Region", "TotalSpentMinor") WHERE "IsLost";

CREATE INDEX "IX_Clients_Lousy_Region_TotalSpentMinor" ON "Clients" ("Region", "TotalSpentMinor") WHERE "IsLousy";

CREATE INDEX "IX_Clients_Vip_Region_TotalSpentMinor" ON "Clients" ("Region", "TotalSpentMinor") WHERE "IsVip";

CREATE INDEX "IX_ClientTasks_AssigneeId_DoneAt_DueAt" ON "ClientTasks" ("AssigneeId", "DoneAt", "DueAt");

CREATE INDEX "IX_ClientTasks_ClientId" ON "ClientTasks" ("ClientId");

CREATE INDEX "IX_ClientTasks_DueAt_Pending" ON "ClientTasks" ("DueAt") WHERE "DoneAt" IS NULL AND "RemindedAt" IS NULL;

CREATE INDEX "IX_ClientTasks_OrderId" ON "ClientTasks" ("OrderId");

CREATE UNIQUE INDEX "IX_StaffNotifications_TaskId" ON "StaffNotifications" ("TaskId");

CREATE INDEX "IX_StaffNotifications_UserId_ReadAt_At" ON "StaffNotifications" ("UserId", "ReadAt", "At");
