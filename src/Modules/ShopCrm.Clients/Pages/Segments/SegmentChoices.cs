using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Pages;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Ui;

namespace ShopCrm.Clients.Pages.Segments;

// What the segment builder's drop-downs offer. Each list is small (tags, categories, brands, suppliers,
// the sixteen voivodeships), so it is read whole once per page.
public sealed record SegmentChoices(
    IReadOnlyList<NamedChoice> InterestTags,
    IReadOnlyList<NamedChoice> Categories,
    IReadOnlyList<NamedChoice> ClientTags,
    IReadOnlyList<NamedChoice> Brands,
    IReadOnlyList<NamedChoice> Suppliers,
    IReadOnlyList<string> Regions)
{
    public static IReadOnlyList<NamedChoice> Months(ShopFormat format) =>
        [.. Enumerable.Range(1, 12).Select(m => new NamedChoice(m, format.MonthName(m)))];

    public static async Task<SegmentChoices> LoadAsync(ShopDbContext db) => new(
        await db.Set<Tag>().AsNoTracking().OrderBy(t => t.Name).Select(t => new NamedChoice(t.Id, t.Name)).ToListAsync(),
        await CategoryChoices.LoadAsync(db),
        await db.Set<ClientTag>().AsNoTracking().OrderBy(t => t.Name).Select(t => new NamedChoice(t.Id, t.Name)).ToListAsync(),
        await db.Set<Brand>().AsNoTracking().OrderBy(b => b.Name).Select(b => new NamedChoice(b.Id, b.Name)).ToListAsync(),
        await db.Set<Supplier>().AsNoTracking().OrderBy(s => s.Name).Select(s => new NamedChoice(s.Id, s.Name)).ToListAsync(),
        ContactNormalizer.Regions);
}
