using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

[DbContext(typeof(ShopDbContext))]
[Migration("0009_catalog_feed")]
public sealed class CatalogFeed : SqlFileMigration;
