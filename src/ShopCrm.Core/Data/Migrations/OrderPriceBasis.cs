using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShopCrm.Core.Data.Migrations;

[DbContext(typeof(ShopDbContext))]
[Migration("0020_order_price_basis")]
public sealed class OrderPriceBasis : SqlFileMigration;
