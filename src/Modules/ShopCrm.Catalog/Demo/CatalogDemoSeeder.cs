using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Money;

namespace ShopCrm.Catalog.Demo;

// A fishing-gear shop's assortment: warehouses, the category tree with typed specifications, brands and
// series, tags in anglers' words, suppliers with price lists, and models with prices, specifications,
// leading suppliers, accessory links and ninety days of receipts and sales whose sums are the stock.
// Some models sell below their minimum (restock has work), a few are duplicates (same EAN, or a name
// typed twice) and some cards are unfinished (no description, a required specification missing).
// Models go in chunks without change detection, so the full 25,000 take seconds.
// Over 400 lines on purpose: each step reads the ids the step before it created, in order; split into
// files, the steps would pass those lookups between classes and read worse than one script top to bottom.
internal sealed class CatalogDemoSeeder(IDbContextFactory<ShopDbContext> contexts, TimeProvider time) : IDemoDataSeeder
{
    private const int Chunk = 2_500;
    private const string Warehouseman = "warehouse@demo.shopcrm.pl";
    private const string ContentEditor = "content@demo.shopcrm.pl";

    public int Order => 100;

    public string Name => "Catalog";

    public async Task SeedAsync(DemoScale scale, CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.Set<Product>().AnyAsync(ct))
            {
                return;
            }
        }

        var random = new Random(2026);
        var now = time.GetUtcNow().UtcDateTime;
        var structure = await SeedStructureAsync(ct);
        var suppliers = await SeedSuppliersAsync(scale == DemoScale.Full ? 100 : 5, random, ct);
        var models = await SeedModelsAsync(scale == DemoScale.Full ? 25_000 : 300, scale, structure, suppliers, random, now, ct);
        await SeedAccessoriesAsync(models, random, ct);
    }

    private async Task<DemoStructure> SeedStructureAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var structure = new DemoStructure();
        var warehouses = await db.Set<Warehouse>().ToListAsync(ct);
        structure.Main = warehouses.FirstOrDefault(w => w.Code == "MAG") ?? db.Add(new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true }).Entity;
        structure.Shop = warehouses.FirstOrDefault(w => w.Code == "SKLEP") ?? db.Add(new Warehouse { Code = "SKLEP", Name = "Sklep stacjonarny" }).Entity;

        // Level by level: a category's path needs its parent's id.
        var level = DemoAssortment.Tree.Select((node, i) => (Node: node, Parent: (Category?)null, Order: i)).ToList();
        var created = new List<(DemoCategory Node, Category Category)>();
        while (level.Count > 0)
        {
            var rows = level.Select(l => (l.Node, l.Parent, Category: new Category { Name = l.Node.Name, ParentId = l.Parent?.Id, SortOrder = l.Order * 10 })).ToList();
            db.AddRange(rows.Select(r => r.Category));
            await db.SaveChangesAsync(ct);
            foreach (var (node, parent, category) in rows)
            {
                category.Path = $"{parent?.Path ?? "/"}{category.Id}/";
                created.Add((node, category));
            }

            await db.SaveChangesAsync(ct);
            level = rows.SelectMany(r => r.Node.Children.Select((child, i) => (Node: child, Parent: (Category?)r.Category, Order: i))).ToList();
        }

        var definitions = new Dictionary<DemoCategory, List<SpecificationDefinition>>();
        foreach (var (node, category) in created)
        {
            definitions[node] = node.Specs.Select((spec, i) => new SpecificationDefinition
            {
                CategoryId = category.Id, Name = spec.Name, Kind = spec.Kind, Unit = spec.Unit, IsRequired = spec.Required, Options = spec.Options, SortOrder = i,
            }).ToList();
            db.AddRange(definitions[node]);
        }

        var brands = DemoAssortment.Lines.Values.SelectMany(l => l).Select(l => l.Brand).Distinct()
            .ToDictionary(name => name, name => new Brand { Name = name, Website = $"https://www.{name.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}.com" });
        db.AddRange(brands.Values);
        var tags = DemoAssortment.Tags.ToDictionary(t => t.Name, t => new Tag { Name = t.Name, Synonyms = t.Synonyms, IsFrequentSearch = t.Frequent });
        db.AddRange(tags.Values);
        await db.SaveChangesAsync(ct);

        foreach (var (kind, lines) in DemoAssortment.Lines)
        {
            foreach (var (brand, seriesNames) in lines)
            {
                foreach (var name in seriesNames.Where(n => !structure.Series.ContainsKey((brand, n))))
                {
                    structure.Series[(brand, name)] = db.Add(new ProductSeries { BrandId = brands[brand].Id, Name = name }).Entity;
                }
            }

            var (leaf, category) = created.Single(c => c.Node.Kind == kind);
            var lineage = created.Where(c => CategorySubtree.Contains(c.Category.Path, category.Path)).OrderBy(c => c.Category.Path.Length);
            structure.Leaves[kind] = (category, lineage.SelectMany(c => definitions[c.Node]).ToList());
        }

        db.AddRange(DemoAssortment.Interests.Select(i => new Interest { Name = i.Name, TagId = tags[i.Tag].Id }));
        db.AddRange(DemoAssortment.RatingParameters.Select(p => new RatingParameter
        {
            Name = p.Name,
            CategoryId = p.Category is null ? null : created.Single(c => c.Category.ParentId == null && c.Category.Name == p.Category).Category.Id,
            TagId = p.Tag is null ? null : tags[p.Tag].Id,
        }));
        await db.SaveChangesAsync(ct);
        structure.Brands = brands;
        structure.Tags = tags;
        return structure;
    }

    private async Task<List<DemoSupplier>> SeedSuppliersAsync(int wholesalers, Random random, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var kinds = DemoAssortment.Weights.Keys.ToArray();
        var suppliers = new List<DemoSupplier>();
        foreach (var importer in DemoAssortment.Importers)
        {
            var brand = importer.Split(' ')[0];
            var carried = kinds.Where(k => DemoAssortment.Lines[k].Any(l => l.Brand.StartsWith(brand, StringComparison.Ordinal))).ToHashSet();
            suppliers.Add(new DemoSupplier(NewSupplier(importer, random, leadTime: random.Next(3, 10)), brand, carried));
        }

        var names = new HashSet<string>();
        while (names.Count < wholesalers)
        {
            var city = DemoAssortment.Cities[random.Next(DemoAssortment.Cities.Length)];
            var kind = DemoAssortment.SupplierKinds[random.Next(DemoAssortment.SupplierKinds.Length)];
            var form = names.Count % 3 == 0 ? "s.c." : names.Count % 3 == 1 ? "Sp. z o.o." : "Sp.j.";
            if (names.Add($"{kind} {city} {form}"))
            {
                var carried = kinds.OrderBy(_ => random.Next()).Take(random.Next(4, 12)).ToHashSet();
                carried.Add(kinds[names.Count % kinds.Length]);

                // Small wholesalers deliver from their shelves in days; the big ones order from abroad.
                suppliers.Add(new DemoSupplier(NewSupplier($"{kind} {city} {form}", random, leadTime: random.Next(2, 22)), null, carried));
            }
        }

        db.AddRange(suppliers.Select(s => s.Supplier));
        await db.SaveChangesAsync(ct);
        return suppliers;
    }

    private static Supplier NewSupplier(string name, Random random, int leadTime)
    {
        var domain = Ascii(name).Split(' ')[0].ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) + random.Next(10, 99) + ".pl";
        return new Supplier
        {
            Name = name,
            ContactName = DemoAssortment.ContactNames[random.Next(DemoAssortment.ContactNames.Length)],
            Email = "zamowienia@" + domain,
            Phone = $"+48 {random.Next(12, 99)} {random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}",
            Website = "https://www." + domain,
            LeadTimeDays = leadTime,
            MinimumOrderMinor = random.Next(3, 31) * 10_000,
            Notes = leadTime > 14 ? "Towar sprowadzany z magazynu centralnego za granicą." : null,
        };
    }

    private async Task<List<(int Id, string Kind)>> SeedModelsAsync(
        int count, DemoScale scale, DemoStructure structure, List<DemoSupplier> suppliers, Random random, DateTime now, CancellationToken ct)
    {
        var kinds = DemoAssortment.Weights.SelectMany(w => Enumerable.Repeat(w.Key, w.Value)).ToArray();
        var duplicateEvery = scale == DemoScale.Full ? 700 : 100;
        var suppliersByKind = DemoAssortment.Weights.Keys.ToDictionary(k => k, k => suppliers.Where(s => s.Kinds.Contains(k)).ToArray());
        var active = new List<(int Id, string Kind)>();
        DemoModel? previous = null;
        string? previousEan = null;
        var documents = 0;
        for (var start = 0; start < count; start += Chunk)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = new List<(Product Product, DemoModel Model, int SkippedSpecification)>();
            for (var i = start; i < Math.Min(count, start + Chunk); i++)
            {
                // A few cards describe a model that already has one: its EAN entered again, or its name typed differently.
                var sameEan = previous is not null && i % duplicateEvery == duplicateEvery / 2;
                var retyped = previous is not null && i % duplicateEvery == duplicateEvery - 1;
                var model = sameEan || retyped ? previous! with { Name = Retyped(previous!.Name) } : DemoModelFactory.Make(kinds[random.Next(kinds.Length)], random);
                var product = NewProduct(i, model, structure, random, now);
                if (sameEan)
                {
                    product.Ean = previousEan;
                    product.Description = null;
                }

                // One card in sixteen misses a required specification (the supplier's sheet did not give it).
                var definitions = structure.Leaves[model.Kind].Definitions;
                var skipped = random.Next(16) == 0 ? definitions.Where(d => d.IsRequired && model.Specs.ContainsKey(d.Name)).Select(d => d.Id).FirstOrDefault(-1) : -1;
                var requiredMissing = definitions.Where(d => d.IsRequired && (d.Id == skipped || !model.Specs.ContainsKey(d.Name))).Select(d => d.Name).ToList();

                // The demo has no category rules, so the default rule scores it; every card has a supplier and no image.
                var score = CompletenessService.Evaluate(new CompletenessRule(), new CompletenessFacts(
                    !string.IsNullOrWhiteSpace(product.Description), 0, definitions.Count(d => d.IsRequired), requiredMissing, product.NetPriceMinor > 0, HasSupplier: true));
                (product.Completeness, product.MissingParts) = (score.Percent, score.MissingParts);
                batch.Add((product, model, skipped));
                previous = model;
                previousEan = product.Ean;
            }

            db.AddRange(batch.Select(b => b.Product));
            await db.SaveChangesAsync(ct);

            var rows = new DemoRows();
            foreach (var (product, model, skipped) in batch)
            {
                rows.Specifications.AddRange(SpecificationsOf(product, model, structure.Leaves[model.Kind].Definitions, skipped));
                rows.Tags.AddRange(model.Tags.Distinct().Select(t => new ProductTag { ProductId = product.Id, TagId = structure.Tags[t].Id }));
                AddSuppliers(rows, product, model, suppliersByKind[model.Kind], random, now);
                if (product.Status == ProductStatus.Active)
                {
                    documents = AddStock(rows, product, structure, random, now, documents);
                    active.Add((product.Id, model.Kind));
                }

                if (random.Next(5) == 0 && product.NetPriceMinor > 0)
                {
                    rows.PriceChanges.Add(new PriceChange
                    {
                        ProductId = product.Id, At = now.AddDays(-random.Next(20, 90)), UserName = ContentEditor,
                        OldNetMinor = product.NetPriceMinor * random.Next(90, 111) / 100, NewNetMinor = product.NetPriceMinor, VatRatePercent = product.VatRatePercent,
                        OldPurchaseMinor = product.PurchasePriceMinor, NewPurchaseMinor = product.PurchasePriceMinor,
                    });
                }
            }

            AddPriceListExtras(rows, batch.Count / 25, suppliersByKind, kinds, random, now, start + count);
            await rows.InsertAsync(db, ct);
        }

        return active;
    }

    private static Product NewProduct(int index, DemoModel model, DemoStructure structure, Random random, DateTime now)
    {
        var net = Vat.NetOf(new Money(model.GrossMinor, "PLN"), Vat.StandardRate);
        var roll = random.Next(100);
        var status = roll < 6 ? ProductStatus.Draft : roll < 10 ? ProductStatus.Archived : ProductStatus.Active;

        // Unfinished cards: new drafts without a price yet, and cards whose description was never written.
        var priced = !(status == ProductStatus.Draft && random.Next(4) == 0);
        var described = random.Next(100) >= (status == ProductStatus.Draft ? 40 : 6);
        var created = now.AddDays(-random.Next(95, 800)).AddMinutes(random.Next(0, 1440));
        var netMinor = priced ? net.MinorUnits : 0;
        return new Product
        {
            Sku = $"WR-{index + 1:D6}",
            Ean = Ean13($"590{index + 1:D9}"),
            Name = model.Name,
            NormalizedName = Normalize(model.Name),
            BrandId = structure.Brands[model.Brand].Id,
            CategoryId = structure.Leaves[model.Kind].Category.Id,
            SeriesId = structure.Series[(model.Brand, model.Series)].Id,
            Description = described ? model.Description : null,
            NetPriceMinor = netMinor,
            VatRatePercent = 23,
            GrossPriceMinor = Vat.GrossOf(new Money(netMinor, "PLN"), Vat.StandardRate).MinorUnits,
            PurchasePriceMinor = netMinor * random.Next(55, 73) / 100,
            WeightGrams = model.WeightGrams,
            Status = status,
            MinimumStock = model.GrossMinor < 5_000 ? random.Next(5, 21) : model.GrossMinor < 50_000 ? random.Next(2, 9) : random.Next(1, 4),
            CreatedAt = created,
            UpdatedAt = new DateTime(Math.Min(created.AddDays(random.Next(0, 90)).Ticks, now.Ticks), DateTimeKind.Utc),
        };
    }

    private static List<ProductSpecification> SpecificationsOf(Product product, DemoModel model, List<SpecificationDefinition> definitions, int skipped)
    {
        var specs = new List<ProductSpecification>();
        foreach (var definition in definitions.Where(d => d.Id != skipped && model.Specs.ContainsKey(d.Name)))
        {
            var value = model.Specs[definition.Name];
            specs.Add(new ProductSpecification
            {
                ProductId = product.Id,
                DefinitionId = definition.Id,
                NumberValue = value is double number ? number : null,
                TextValue = value switch { string text => text, bool yes => yes ? "yes" : "no", _ => null },
            });
        }

        return specs;
    }

    private static void AddSuppliers(DemoRows rows, Product product, DemoModel model, DemoSupplier[] candidates, Random random, DateTime now)
    {
        // The brand's importer leads where there is one; wholesalers carry the rest and second-source some.
        var importer = candidates.FirstOrDefault(s => s.Brand is not null && model.Brand.StartsWith(s.Brand, StringComparison.Ordinal));
        var leading = importer is not null && random.Next(10) < 7 ? importer : candidates[random.Next(candidates.Length)];
        var sources = new List<DemoSupplier> { leading };
        if (random.Next(10) < 3 && candidates.Length > 1)
        {
            var second = candidates[random.Next(candidates.Length)];
            if (second != leading)
            {
                sources.Add(second);
            }
        }

        foreach (var source in sources)
        {
            var code = source.CodeFor(product.Id);
            var purchase = product.PurchasePriceMinor is > 0 and var p ? p * random.Next(95, 106) / 100 : model.GrossMinor * 50 / 100;
            rows.SupplierProducts.Add(new SupplierProduct { SupplierId = source.Supplier.Id, ProductId = product.Id, SupplierCode = code, PurchasePriceMinor = purchase, IsLeading = source == leading });
            rows.PriceListLines.Add(new PriceListLine
            {
                SupplierId = source.Supplier.Id, SupplierCode = code, Name = model.Name, Ean = product.Ean, BrandName = model.Brand,
                PurchasePriceMinor = purchase, SuggestedNetPriceMinor = Vat.NetOf(new Money(model.GrossMinor, "PLN"), Vat.StandardRate).MinorUnits,
                WeightGrams = model.WeightGrams, Description = model.Description, ImportedAt = now.AddDays(-random.Next(1, 30)),
            });
        }
    }

    // Lines of the suppliers' price lists that have no card yet: what "fill a new card by supplier code" pulls from.
    private static void AddPriceListExtras(DemoRows rows, int count, Dictionary<string, DemoSupplier[]> suppliersByKind, string[] kinds, Random random, DateTime now, int firstNumber)
    {
        for (var i = 0; i < count; i++)
        {
            var model = DemoModelFactory.Make(kinds[random.Next(kinds.Length)], random);
            var candidates = suppliersByKind[model.Kind];
            var supplier = candidates[random.Next(candidates.Length)];
            rows.PriceListLines.Add(new PriceListLine
            {
                SupplierId = supplier.Supplier.Id, SupplierCode = supplier.CodeFor(1_000_000 + firstNumber + i), Name = model.Name,
                Ean = Ean13($"590{9_000_000 + firstNumber + i:D9}"), BrandName = model.Brand,
                PurchasePriceMinor = model.GrossMinor * random.Next(40, 55) / 100, SuggestedNetPriceMinor = Vat.NetOf(new Money(model.GrossMinor, "PLN"), Vat.StandardRate).MinorUnits,
                WeightGrams = model.WeightGrams, Description = model.Description, ImportedAt = now.AddDays(-random.Next(1, 30)),
            });
        }
    }

    // Ninety days of one model in the main warehouse (and the shop for some): an opening delivery, sales on
    // random days at the model's own pace, a mid-period delivery when it ran low. Sales never take more than
    // is on hand, so the stock the sums give is never negative. Fast sellers stocked thinly end below minimum.
    private static int AddStock(DemoRows rows, Product product, DemoStructure structure, Random random, DateTime now, int documents)
    {
        var warehouses = random.Next(4) == 0 ? new[] { structure.Main, structure.Shop } : [structure.Main];
        var runner = random.Next(100) < 8;
        foreach (var warehouse in warehouses)
        {
            var onHand = 0;
            void Move(StockMovementType type, int change, DateTime at, string user, string? reason, string document)
            {
                onHand += change;
                rows.Movements.Add(new StockMovement
                {
                    ProductId = product.Id, WarehouseId = warehouse.Id, Type = type, OnHandChange = change, At = at, UserName = user, Reason = reason, Document = document,
                });
            }

            var minimum = Math.Max(1, product.MinimumStock);
            var opening = runner ? minimum + random.Next(1, 4) : minimum * random.Next(2, 7) + random.Next(0, 11);
            Move(StockMovementType.Receipt, opening, now.AddDays(-91).AddMinutes(random.Next(480, 900)), Warehouseman, "Dostawa", $"DEMO-PZ/{++documents:D6}");
            // About a thousand units a day over the whole shop at full scale; the shop floor sells less than the e-shop.
            var pace = (runner ? 0.08 + random.NextDouble() * 0.12 : Math.Pow(random.NextDouble(), 2) * 0.08) * (warehouse == structure.Shop ? 0.5 : 1);
            var restocked = false;
            for (var day = 89; day >= 0; day--)
            {
                var at = now.AddDays(-day - 1).AddMinutes(random.Next(0, 1440));
                if (!restocked && !runner && day is <= 60 and >= 20 && onHand <= minimum)
                {
                    restocked = true;
                    Move(StockMovementType.Receipt, minimum * random.Next(3, 6), at, Warehouseman, "Dostawa", $"DEMO-PZ/{++documents:D6}");
                    continue;
                }

                if (random.NextDouble() < pace)
                {
                    var quantity = random.Next(10) < 7 ? 1 : random.Next(2, 4);
                    if (quantity <= onHand)
                    {
                        var document = warehouse == structure.Shop ? $"DEMO-PAR/{++documents:D6}" : $"DEMO-ZAM/{++documents:D6}";
                        Move(StockMovementType.Sale, -quantity, at, warehouse == structure.Shop ? Warehouseman : "system", null, document);
                    }
                }
            }

            rows.Stocks.Add(new ProductStock { ProductId = product.Id, WarehouseId = warehouse.Id, OnHand = onHand });
        }

        return documents;
    }

    // What cross-selling offers: a reel for a rod, a line for a reel, a battery for an echo sounder.
    private async Task SeedAccessoriesAsync(List<(int Id, string Kind)> models, Random random, CancellationToken ct)
    {
        int[] Of(params string[] kinds) => models.Where(m => kinds.Contains(m.Kind)).Select(m => m.Id).ToArray();
        var pairs = new (int[] From, int[] To)[]
        {
            (Of("rod-spin", "rod-sea"), Of("reel-spin", "reel-multi")),
            (Of("rod-carp", "rod-feeder"), Of("reel-carp")),
            (Of("reel-spin", "reel-carp", "reel-multi"), Of("line-mono", "line-braid")),
            (Of("echo"), Of("battery")),
            (Of("rod-carp"), Of("alarm")),
        };
        var links = new HashSet<(int, int)>();
        foreach (var (from, to) in pairs.Where(p => p.To.Length > 0))
        {
            foreach (var id in from)
            {
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    links.Add((id, to[random.Next(to.Length)]));
                }
            }
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = links.Select(l => new ProductLink { ProductId = l.Item1, LinkedProductId = l.Item2, Kind = ProductLinkKind.Accessory }).ToList();
        await BulkInsert.InsertAsync(db, rows, ct, ("ProductId", l => l.ProductId), ("LinkedProductId", l => l.LinkedProductId), ("Kind", l => l.Kind));
        await transaction.CommitAsync(ct);
    }

    // Typed again by someone else: another case and decimal point, the same words.
    private static string Retyped(string name) => name.Replace(',', '.').ToUpper(CultureInfo.GetCultureInfo("pl-PL"));

    // Lower case, no diacritics or punctuation, single spaces (Product.NormalizedName).
    internal static string Normalize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in Ascii(name).ToLowerInvariant())
        {
            text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Ascii(string text)
    {
        var decomposed = text.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    // Twelve digits and the GS1 check digit: weights 1 and 3 from the left, then up to the next ten.
    internal static string Ean13(string twelveDigits)
    {
        var sum = twelveDigits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return twelveDigits + (char)('0' + (10 - sum % 10) % 10);
    }
}
