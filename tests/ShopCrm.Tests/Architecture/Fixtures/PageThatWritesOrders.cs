using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Tests.Architecture.Fixtures.Pages;

// What the architecture rules must catch, as a page of another module would write it.
internal sealed class PageThatWritesOrders
{
    public async Task ForgetAsync(ShopDbContext db, long orderId)
    {
        await db.Set<Order>().Where(o => o.Id == orderId).ExecuteDeleteAsync();
        await db.SaveChangesAsync();
    }
}
