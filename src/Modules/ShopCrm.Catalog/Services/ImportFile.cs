using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services;

// Where an uploaded catalog import file is kept under the data folder.
internal static class ImportFile
{
    public const string Folder = "catalog-imports";

    public static string PathOf(DataFolder dataFolder, CatalogImport import) => dataFolder.Combine(Folder, import.StoredName);
}
