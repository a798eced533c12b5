using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

[DbContext(typeof(ShopDbContext))]
[Migration("0002_certificates")]
public sealed class Certificates : SqlFileMigration;
