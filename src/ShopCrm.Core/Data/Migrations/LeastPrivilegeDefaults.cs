using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

[DbContext(typeof(ShopDbContext))]
[Migration("0021_least_privilege_defaults")]
public sealed class LeastPrivilegeDefaults : SqlFileMigration;
