namespace ShopCrm.Core.Data;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    // Empty with Sqlite means a file shopcrm.db in the data folder.
    public string? ConnectionString { get; set; }

    public bool MigrateOnStartup { get; set; } = true;
}
