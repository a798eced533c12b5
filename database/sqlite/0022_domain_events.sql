-- 0022 durable domain events: each event is written with the change that raised it, with one delivery
-- (queue entry, retries and inbox row) per subscribed handler; the outbox gets a key so a handler that
-- queues a message twice (it ran again after a crash) queues it once.
CREATE TABLE "AggregateSequences" (
    "AggregateKey" TEXT NOT NULL CONSTRAINT "PK_AggregateSequences" PRIMARY KEY,
    "LastSequence" INTEGER NOT NULL
);

CREATE TABLE "DomainEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DomainEvents" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "AggregateKey" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Payload" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL
);

CREATE TABLE "DomainEventDeliveries" (
    "EventId" INTEGER NOT NULL,
    "Handler" TEXT NOT NULL,
    "AggregateKey" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "FailedAt" TEXT NULL,
    "LastError" TEXT NULL,
    CONSTRAINT "PK_DomainEventDeliveries" PRIMARY KEY ("EventId", "Handler"),
    CONSTRAINT "FK_DomainEventDeliveries_DomainEvents_EventId" FOREIGN KEY ("EventId") REFERENCES "DomainEvents" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_DomainEvents_AggregateKey_Sequence" ON "DomainEvents" ("AggregateKey", "Sequence");
CREATE INDEX "IX_DomainEventDeliveries_DeliveredAt_NextAttemptAt" ON "DomainEventDeliveries" ("DeliveredAt", "NextAttemptAt");
CREATE INDEX "IX_DomainEventDeliveries_Handler_AggregateKey_Sequence" ON "DomainEventDeliveries" ("Handler", "AggregateKey", "Sequence");

ALTER TABLE "OutboxMessages" ADD "Key" TEXT NULL;
CREATE UNIQUE INDEX "IX_OutboxMessages_Key" ON "OutboxMessages" ("Key");
