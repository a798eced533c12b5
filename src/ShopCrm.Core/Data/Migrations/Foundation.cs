using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

[DbContext(typeof(ShopDbContext))]
[Migration("0001_foundation")]
public sealed class Foundation : SqlFileMigration;
