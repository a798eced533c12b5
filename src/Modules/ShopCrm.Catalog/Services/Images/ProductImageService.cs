using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Images;

// Card images as files in the data folder (catalog-images/) with a row each. The type is decided from
// the file's first bytes, not from its name or the browser's claim. Adding or removing an image moves
// the card's UpdatedAt and completeness but not its Version, so an editor open on the card can still save.
internal sealed class ProductImageService(IDbContextFactory<ShopDbContext> contexts, DataFolder dataFolder, TimeProvider time, PermissionGuard guard)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string Folder = "catalog-images";

    public async Task<Result<ProductImage>> AddAsync(int productId, string fileName, Stream content, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        await using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            return Result<ProductImage>.Fail(Error.Invalid("file", "The file is empty."));
        }

        if (buffer.Length > MaxBytes)
        {
            return Result<ProductImage>.Fail(Error.Invalid("file", $"{fileName} is larger than 5 MB. Make the picture smaller and try again."));
        }

        var type = ImageTypeOf(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)));
        if (type is null)
        {
            return Result<ProductImage>.Fail(Error.Invalid("file", $"{fileName} is not a JPEG, PNG or WebP picture."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Product>().AnyAsync(p => p.Id == productId, ct))
        {
            return Result<ProductImage>.Fail(CatalogError.NotFound);
        }

        var storedName = $"{Guid.NewGuid():N}{type.Value.Extension}";
        var path = Path.Combine(dataFolder.Ensure(Folder), storedName);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);
        try
        {
            var nextOrder = (await db.Set<ProductImage>().Where(i => i.ProductId == productId).MaxAsync(i => (int?)i.SortOrder, ct) ?? -1) + 1;
            var image = new ProductImage
            {
                ProductId = productId,
                FileName = SafeFileName(fileName),
                StoredName = storedName,
                ContentType = type.Value.ContentType,
                SizeBytes = buffer.Length,
                SortOrder = nextOrder,
            };
            db.Add(image);
            await db.SaveChangesAsync(ct);
            await CardChangedAsync(db, productId, ct);
            return Result<ProductImage>.Ok(image);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public Task<(ProductImage Image, string Path)?> FindAsync(int imageId, CancellationToken ct = default) =>
        FindAsync(imageId, publishedOnly: false, ct);

    // What the e-shop may fetch without a login: pictures of active cards that were not merged away.
    public Task<(ProductImage Image, string Path)?> FindPublishedAsync(int imageId, CancellationToken ct = default) =>
        FindAsync(imageId, publishedOnly: true, ct);

    private async Task<(ProductImage Image, string Path)?> FindAsync(int imageId, bool publishedOnly, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var images = db.Set<ProductImage>().AsNoTracking().Where(i => i.Id == imageId);
        if (publishedOnly)
        {
            images = images.Where(i => db.Set<Product>().Any(p => p.Id == i.ProductId && p.Status == ProductStatus.Active && p.MergedIntoId == null));
        }

        var image = await images.SingleOrDefaultAsync(ct);

        // The stored name is made here (a GUID and an extension); a row naming anything else never leaves the folder.
        if (image is null || Path.GetFileName(image.StoredName) != image.StoredName)
        {
            return null;
        }

        var path = dataFolder.Combine(Folder, image.StoredName);
        return File.Exists(path) ? (image, path) : null;
    }

    public async Task<bool> DeleteAsync(int imageId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var image = await db.Set<ProductImage>().SingleOrDefaultAsync(i => i.Id == imageId, ct);
        if (image is null)
        {
            return false;
        }

        db.Remove(image);
        await db.SaveChangesAsync(ct);
        await CardChangedAsync(db, image.ProductId, ct);

        // The row is gone first: a file without a row is only wasted space, a row without a file is a broken picture.
        File.Delete(dataFolder.Combine(Folder, image.StoredName));
        return true;
    }

    public static readonly Error ImagesChanged = new(
        ErrorCodes.Conflict, "Someone changed this card's pictures meanwhile. Their order is shown as it is now; move them again if needed.");

    // seenOrder: the card's image ids as the person saw them; wantedOrder: the same ids in the order they
    // want. Two people moving pictures at once: the second finds the order changed and nothing of theirs is
    // written, so no one's move is silently undone.
    public async Task<Result<IReadOnlyList<ProductImage>>> ReorderAsync(
        int productId, IReadOnlyList<int> seenOrder, IReadOnlyList<int> wantedOrder, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Edit);
        if (wantedOrder.Count != seenOrder.Count || wantedOrder.Distinct().Count() != wantedOrder.Count || wantedOrder.Except(seenOrder).Any())
        {
            return Result<IReadOnlyList<ProductImage>>.Fail(Error.Invalid("order", "The new order must name each picture of the card once."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Touching the card first takes its row lock (PostgreSQL) or the write lock (SQLite), so a second
        // reorder of the same card waits here and then compares against the order the first one wrote.
        var now = time.GetUtcNow().UtcDateTime;
        if (await db.Set<Product>().Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now), ct) == 0)
        {
            return Result<IReadOnlyList<ProductImage>>.Fail(CatalogError.NotFound);
        }

        var images = await db.Set<ProductImage>().Where(i => i.ProductId == productId).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync(ct);
        if (!images.Select(i => i.Id).SequenceEqual(seenOrder))
        {
            return Result<IReadOnlyList<ProductImage>>.Fail(ImagesChanged);
        }

        var byId = images.ToDictionary(i => i.Id);
        for (var position = 0; position < wantedOrder.Count; position++)
        {
            byId[wantedOrder[position]].SortOrder = position;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<IReadOnlyList<ProductImage>>.Ok([.. images.OrderBy(i => i.SortOrder)]);
    }

    public static async Task<IReadOnlyList<ProductImage>> OfProductAsync(ShopDbContext db, int productId, CancellationToken ct = default) =>
        await db.Set<ProductImage>().AsNoTracking().Where(i => i.ProductId == productId).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync(ct);

    public static string AddressOf(int imageId) => $"/catalog/images/{imageId}";

    public static string PublicAddressOf(int imageId) => $"/site/images/{imageId}";

    private async Task CardChangedAsync(ShopDbContext db, int productId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<Product>().Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now), ct);
        await CompletenessService.RecomputeAsync(db, productId, ct);
    }

    private static (string ContentType, string Extension)? ImageTypeOf(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ("image/jpeg", ".jpg");
        }

        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", ".png");
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", ".webp");
        }

        return null;
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName).Trim();
        if (name.Length == 0)
        {
            name = "image";
        }

        return name.Length > 200 ? name[^200..] : name;
    }
}
