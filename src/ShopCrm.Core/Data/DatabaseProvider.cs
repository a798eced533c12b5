namespace ShopCrm.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
