-- Default grants are given once per database, so the wrong ones given by earlier declarations stay
-- until removed here: the Moderator saw client records and tasks (it sees only the dashboard), and
-- order managers could sell gift cards (they look cards up; accountants and the Owner sell them).
DELETE FROM "RolePermissions"
WHERE ("RoleName" = 'Moderator' AND "Permission" IN ('clients.view', 'clients.tasks'))
   OR ("RoleName" = 'OrderManager' AND "Permission" = 'certificates.sell');
