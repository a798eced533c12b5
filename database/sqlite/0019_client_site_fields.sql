-- Per client field, what the e-shop last sent and when, when its value was last taken, and when staff
-- last changed the field: a site update keeps the newer change, and a site value that differs from a
-- newer staff change waits (Pending) on the client card for a person to accept or dismiss.
CREATE TABLE "ClientSiteFields" (
    "ClientId" INTEGER NOT NULL,
    "Field" TEXT NOT NULL,
    "SiteValue" TEXT NULL,
    "SiteSentAt" TEXT NULL,
    "SiteTakenAt" TEXT NULL,
    "StaffChangedAt" TEXT NULL,
    "Pending" INTEGER NOT NULL,
    "DismissedValue" TEXT NULL,
    CONSTRAINT "PK_ClientSiteFields" PRIMARY KEY ("ClientId", "Field"),
    CONSTRAINT "FK_ClientSiteFields_Clients_ClientId" FOREIGN KEY ("ClientId") REFERENCES "Clients" ("Id") ON DELETE CASCADE
);

-- Phones are stored in one form, E.164, whoever typed them. Clients and their further contacts already
-- carry that form next to what was typed; the order's copy of the customer's phone is brought to it
-- where it is one of the notations ContactNormalizer reads (others stay as they were).
UPDATE "Clients" SET "Phone" = "NormalizedPhone" WHERE "NormalizedPhone" IS NOT NULL AND "Phone" <> "NormalizedPhone";

UPDATE "ClientContacts" SET "Value" = "NormalizedValue" WHERE "Kind" = 'Phone' AND "Value" <> "NormalizedValue";

UPDATE "Orders" SET "CustomerPhone" = p."Normalized"
FROM (
    SELECT "Id", CASE
            WHEN substr(d, 1, 1) = '+' AND substr(d, 2) NOT GLOB '*[^0-9]*' AND substr(d, 2) <> '' AND length(substr(d, 2)) BETWEEN 8 AND 15 AND substr(substr(d, 2), 1, 1) <> '0' THEN d
            WHEN substr(d, 1, 2) = '00' AND substr(d, 3) NOT GLOB '*[^0-9]*' AND substr(d, 3) <> '' AND length(substr(d, 3)) BETWEEN 8 AND 15 AND substr(substr(d, 3), 1, 1) <> '0' THEN '+' || substr(d, 3)
            WHEN length(d) = 11 AND substr(d, 1, 2) = '48' AND d NOT GLOB '*[^0-9]*' AND d <> '' THEN '+' || d
            WHEN length(d) = 9 AND d NOT GLOB '*[^0-9]*' AND d <> '' THEN '+48' || d
        END AS "Normalized"
    FROM (SELECT "Id", replace(replace(replace(replace(replace(replace("CustomerPhone", ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', '') AS d FROM "Orders" WHERE "CustomerPhone" IS NOT NULL) AS stripped
) AS p
WHERE p."Id" = "Orders"."Id" AND p."Normalized" IS NOT NULL AND p."Normalized" <> "Orders"."CustomerPhone";
