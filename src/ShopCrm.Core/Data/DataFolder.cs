namespace ShopCrm.Core.Data;

// Where the app keeps its files: the SQLite database, uploads, the mail pickup folder.
public sealed class DataFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Ensure(params string[] parts)
    {
        var folder = Combine(parts);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
