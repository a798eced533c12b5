using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DuplicateTests(BrowserApp app)
{
    [Fact]
    public async Task The_content_editor_compares_two_cards_of_one_reel_and_merges_them()
    {
        var (survivorSku, duplicateSku) = await TwoCardsOfOneReelAsync();
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.ContentEditor);

        await shell.OpenMenuEntryAsync("Duplicates", DuplicatesPage.Path);
        var duplicates = new DuplicatesPage(page);
        await Expect(duplicates.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(duplicates.RowFor(duplicateSku)).ToContainTextAsync("Same EAN");
        await Screenshots.SaveAsync(page, "content-editor-duplicates");

        await duplicates.CompareAsync(survivorSku, duplicateSku);
        await Expect(duplicates.Comparison).ToContainTextAsync("Kołowrotek Shimano Siena 2500");
        await duplicates.KeepAsync(survivorSku);
        await Screenshots.SaveAsync(page, "content-editor-duplicates-compare");
        await duplicates.MergeButton(survivorSku).ClickAsync();
        await Expect(duplicates.ConfirmDialog).ToContainTextAsync($"Merge {duplicateSku} into {survivorSku}?");
        await Screenshots.SaveAsync(page, "content-editor-duplicates-confirm");
        await duplicates.ConfirmDialog.GetByRole(AriaRole.Button, new() { Name = "Yes, merge" }).ClickAsync();

        await Expect(page.GetByText($"{duplicateSku} was merged into {survivorSku}.")).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(duplicates.RowFor(duplicateSku)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "content-editor-duplicates-merged");

        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var merged = await db.Set<Product>().SingleAsync(p => p.Sku == duplicateSku);
        var survivor = await db.Set<Product>().SingleAsync(p => p.Sku == survivorSku);
        Assert.Equal((ProductStatus.Archived, (int?)survivor.Id), (merged.Status, merged.MergedIntoId));
        Assert.Equal(7, await db.Set<ProductStock>().Where(s => s.ProductId == survivor.Id).SumAsync(s => s.OnHand));
    }

    private async Task<(string Survivor, string Duplicate)> TwoCardsOfOneReelAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var category = new Category { Name = "Kołowrotki spinningowe " + suffix };
        var brand = new Brand { Name = "Shimano " + suffix };
        var warehouse = await db.Set<Warehouse>().FirstOrDefaultAsync() ?? new Warehouse { Code = "MAG-" + suffix, Name = "Magazyn główny" };
        db.AddRange(category, brand);
        if (warehouse.Id == 0)
        {
            db.Add(warehouse);
        }

        await db.SaveChangesAsync();
        category.Path = $"/{category.Id}/";
        var ean = "59" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999);
        Product Card(string sku, string name, int completeness) => new()
        {
            Sku = sku, Ean = ean, Name = name, NormalizedName = name.ToLowerInvariant(), BrandId = brand.Id, CategoryId = category.Id,
            NetPriceMinor = 16179, GrossPriceMinor = 19900, Status = ProductStatus.Active, Completeness = completeness,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        var survivor = Card("SIE-2500-" + suffix, "Kołowrotek Shimano Sienna 2500 FG", 90);
        var duplicate = Card("SIE-X-" + suffix, "Kołowrotek Shimano Siena 2500", 40);
        db.AddRange(survivor, duplicate);
        await db.SaveChangesAsync();
        foreach (var (card, units) in new[] { (survivor, 3), (duplicate, 4) })
        {
            db.Add(new ProductStock { ProductId = card.Id, WarehouseId = warehouse.Id, OnHand = units });
            card.AvailableStock = units;
            db.Add(new StockMovement { ProductId = card.Id, WarehouseId = warehouse.Id, Type = StockMovementType.Receipt, OnHandChange = units, At = DateTime.UtcNow, UserName = "test" });
        }

        await db.SaveChangesAsync();
        return (survivor.Sku, duplicate.Sku);
    }
}
