using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Suppliers;

// Suppliers and the models they sell. A supplier edit carries the Version it was opened with, so a save
// over someone else's newer save is refused with a conflict instead of overwriting it. The leading
// supplier's price becomes the card's purchase price.
internal sealed class SupplierService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard)
{
    public static readonly Error Conflict = new(
        ErrorCodes.Conflict, "Someone else changed this supplier while you were editing it. Reload the page to see their changes, then make yours again.");

    public async Task<Result<Supplier>> SaveAsync(Supplier input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Suppliers);
        Normalize(input);
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var lower = input.Name.ToLower();
        if (await db.Set<Supplier>().AnyAsync(s => s.Name.ToLower() == lower && s.Id != input.Id, ct))
        {
            return DuplicateName(input.Name);
        }

        Supplier supplier;
        if (input.Id == 0)
        {
            supplier = new Supplier { Name = input.Name };
            db.Add(supplier);
        }
        else
        {
            var current = await db.Set<Supplier>().SingleOrDefaultAsync(s => s.Id == input.Id, ct);
            if (current is null)
            {
                return StructureError.NotFound;
            }

            if (current.Version != input.Version)
            {
                return Conflict;
            }

            // The UPDATE carries "WHERE Version = @seen": a save that slips in after the check above still loses.
            supplier = current;
            db.Entry(supplier).Property(s => s.Version).OriginalValue = input.Version;
            supplier.Version = input.Version + 1;
        }

        supplier.Name = input.Name;
        supplier.ContactName = input.ContactName;
        supplier.Email = input.Email;
        supplier.Phone = input.Phone;
        supplier.Website = input.Website;
        supplier.LeadTimeDays = input.LeadTimeDays;
        supplier.MinimumOrderMinor = input.MinimumOrderMinor;
        supplier.Currency = input.Currency;
        supplier.Notes = input.Notes;
        supplier.IsActive = input.IsActive;
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Supplier>.Ok(supplier);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
        catch (DbUpdateException)
        {
            return DuplicateName(input.Name);
        }
    }

    // Adds or changes the supplier's offer of a model. Making it leading takes the lead from the model's
    // previous leading supplier in the same transaction (the partial unique index allows one).
    public async Task<Result<SupplierProduct>> SaveProductAsync(SupplierProduct input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Suppliers);
        input.SupplierCode = (input.SupplierCode ?? "").Trim();
        if (input.SupplierCode.Length == 0)
        {
            return StructureError.Invalid("SupplierCode", "Enter the supplier's code for this model.");
        }

        if (input.SupplierCode.Length > 64)
        {
            return StructureError.Invalid("SupplierCode", "The code can have at most 64 characters.");
        }

        if (input.PurchasePriceMinor is < 0)
        {
            return StructureError.Invalid("PurchasePrice", "The purchase price cannot be negative.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Product>().AnyAsync(p => p.Id == input.ProductId, ct))
        {
            return StructureError.Invalid("Product", "Choose a model.");
        }

        if (await db.Set<SupplierProduct>().AnyAsync(s => s.SupplierId == input.SupplierId && s.SupplierCode == input.SupplierCode && s.Id != input.Id, ct))
        {
            return StructureError.Duplicate("SupplierCode", $"This supplier already uses the code \"{input.SupplierCode}\" for another model.");
        }

        if (await db.Set<SupplierProduct>().AnyAsync(s => s.SupplierId == input.SupplierId && s.ProductId == input.ProductId && s.Id != input.Id, ct))
        {
            return StructureError.Duplicate("Product", "This model is already on the supplier's list; edit that row instead.");
        }

        var offer = input.Id == 0
            ? new SupplierProduct { SupplierId = input.SupplierId, ProductId = input.ProductId, SupplierCode = input.SupplierCode }
            : await db.Set<SupplierProduct>().SingleOrDefaultAsync(s => s.Id == input.Id, ct);
        if (offer is null)
        {
            return StructureError.NotFound;
        }

        if (input.Id == 0)
        {
            db.Add(offer);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (input.IsLeading && !offer.IsLeading)
        {
            await db.Set<SupplierProduct>()
                .Where(s => s.ProductId == offer.ProductId && s.IsLeading && s.Id != offer.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsLeading, false), ct);
        }

        offer.SupplierCode = input.SupplierCode;
        offer.PurchasePriceMinor = input.PurchasePriceMinor;
        offer.IsLeading = input.IsLeading;
        if (offer.IsLeading && offer.PurchasePriceMinor is not null)
        {
            var product = await db.Set<Product>().SingleAsync(p => p.Id == offer.ProductId, ct);
            LeadingSupplierPrice.CopyToCard(db, product, offer.PurchasePriceMinor, time.GetUtcNow().UtcDateTime, user.UserName);
        }

        if (!await CategoryService.TrySaveAsync(db, ct))
        {
            return StructureError.Duplicate("SupplierCode", "Someone else changed this model's suppliers at the same time. Reload and try again.");
        }

        await transaction.CommitAsync(ct);
        return Result<SupplierProduct>.Ok(offer);
    }

    public async Task<Result<SupplierProduct>> MakeLeadingAsync(int supplierProductId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Suppliers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var offer = await db.Set<SupplierProduct>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == supplierProductId, ct);
        if (offer is null)
        {
            return StructureError.NotFound;
        }

        offer.IsLeading = true;
        return await SaveProductAsync(offer, ct);
    }

    // Only a supplier nothing refers to can go; one with models, price lists or documents stays for their
    // history and is deactivated instead.
    public async Task<Result<Supplier>> DeleteAsync(int supplierId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Suppliers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var supplier = await db.Set<Supplier>().SingleOrDefaultAsync(s => s.Id == supplierId, ct);
        if (supplier is null)
        {
            return StructureError.NotFound;
        }

        var uses = new (int Count, string What)[]
        {
            (await db.Set<SupplierProduct>().CountAsync(s => s.SupplierId == supplierId, ct), "model(s) on its list"),
            (await db.Set<PriceListLine>().CountAsync(l => l.SupplierId == supplierId, ct), "price list line(s)"),
            (await db.Set<GoodsReceipt>().CountAsync(r => r.SupplierId == supplierId, ct), "goods receipt(s)"),
            (await db.Set<PurchaseOrder>().CountAsync(o => o.SupplierId == supplierId, ct), "purchase order(s)"),
            (await db.Set<RestockAlert>().CountAsync(a => a.SupplierId == supplierId, ct), "restock alert(s)"),
            (await db.Set<CatalogImport>().CountAsync(i => i.SupplierId == supplierId, ct), "import(s)"),
        }.Where(u => u.Count > 0).Select(u => $"{u.Count} {u.What}").ToList();
        if (uses.Count > 0)
        {
            return InUse(supplier.Name, string.Join(", ", uses));
        }

        db.Remove(supplier);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return InUse(supplier.Name, "records of other parts of the shop");
        }

        return Result<Supplier>.Ok(supplier);
    }

    public async Task RemoveProductAsync(int supplierProductId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Suppliers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<SupplierProduct>().Where(s => s.Id == supplierProductId).ExecuteDeleteAsync(ct);
    }

    private static Error InUse(string name, string uses) =>
        StructureError.InUse($"\"{name}\" cannot be deleted: it has {uses}. Untick Active to stop using it instead.");

    private static Error DuplicateName(string name) => StructureError.Duplicate("Name", $"A supplier named \"{name}\" already exists.");

    private static void Normalize(Supplier s)
    {
        s.Name = StructureNames.Clean(s.Name);
        s.ContactName = Blank(s.ContactName);
        s.Email = Blank(s.Email);
        s.Phone = Blank(s.Phone);
        s.Website = Blank(s.Website);
        s.Notes = Blank(s.Notes);
        s.Currency = (s.Currency ?? "").Trim().ToUpperInvariant();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Error? Validate(Supplier s) => s switch
    {
        { Name.Length: 0 } => StructureError.Invalid("Name", "Give the supplier a name."),
        { Name.Length: > 200 } => StructureError.Invalid("Name", "The name can have at most 200 characters."),
        { Email: { } email } when !IsEmail(email) => StructureError.Invalid("Email", "This is not an e-mail address; check it or leave it empty."),
        { Phone.Length: > 32 } => StructureError.Invalid("Phone", "The phone number can have at most 32 characters."),
        { Website.Length: > 200 } => StructureError.Invalid("Website", "The address can have at most 200 characters."),
        { LeadTimeDays: < 0 or > 365 } => StructureError.Invalid("LeadTimeDays", "The lead time is 0 to 365 days."),
        { MinimumOrderMinor: < 0 } => StructureError.Invalid("MinimumOrder", "The minimum order cannot be negative."),
        { Currency.Length: not 3 } => StructureError.Invalid("Currency", "The currency is a three-letter code such as PLN."),
        { Notes.Length: > 2_000 } => StructureError.Invalid("Notes", "The notes can have at most 2,000 characters."),
        _ => null,
    };

    private static bool IsEmail(string text) =>
        text.Length <= 256 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
