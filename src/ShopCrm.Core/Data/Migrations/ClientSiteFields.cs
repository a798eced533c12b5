using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

[DbContext(typeof(ShopDbContext))]
[Migration("0019_client_site_fields")]
public sealed class ClientSiteFields : SqlFileMigration;
