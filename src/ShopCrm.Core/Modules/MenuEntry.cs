namespace ShopCrm.Core.Modules;

// Group is the heading the entry is shown under; Order sorts groups and entries (lower first).
public sealed record MenuEntry(string Group, string Title, string Href, string Icon, string Permission, int Order = 100);
